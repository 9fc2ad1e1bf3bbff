// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;

/**
 * Writes a network's parameter values as a sinapsis model file.
 *
 * <h2>Format, version 1</h2>
 * One file in the <a href="https://huggingface.co/docs/safetensors">safetensors</a> layout, so
 * Python reads it as it is ({@code safetensors.numpy.load_file("fashion-mlp.safetensors")}):
 * <pre>
 * bytes 0..7     N, the header length in bytes, unsigned 64-bit little-endian
 * bytes 8..8+N   the header: UTF-8 JSON, padded with spaces to a multiple of 8 bytes
 * then           the tensor data: little-endian IEEE-754 float32 values, row-major,
 *                tensor after tensor in header order, with no gaps
 * </pre>
 * The header is one JSON object. {@code __metadata__} maps strings to strings:
 * {@code format} is {@value #FORMAT}, {@code format_version} is {@value #VERSION},
 * {@code network} the network's name, and any further entries describe the model (how it was
 * trained, on what). Every other member is one tensor, named {@code <node>.<parameter>}
 * ({@code fc1.weight}), in network order and each layer's parameter order:
 * <pre>
 * "fc1.weight": {"dtype": "F32", "shape": [784, 256], "data_offsets": [0, 802816]}
 * </pre>
 * where {@code data_offsets} are the tensor's first and one-past-last byte in the data part.
 * Shapes and layouts are those of the IR's layer records: Dense {@code weight [in, units]} (the
 * transpose of PyTorch's {@code Linear.weight}), Conv2D {@code weight [M, C/G, R, S]} (as
 * PyTorch's), biases {@code [units]} or {@code [M]}.
 *
 * <p>The bytes depend only on the network, the values and the entries, so the same model always
 * gives the same file. {@link ModelFileReader} reads this format and plain safetensors files of
 * float32 tensors with the same names.
 */
public final class ModelFileWriter {
    /** The {@code __metadata__.format} value of sinapsis model files. */
    public static final String FORMAT = "sinapsis-model";
    /** The format version this writer writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFileWriter() {
    }

    /**
     * Writes the model to {@code out} (not closed).
     *
     * @param network the network the values belong to; gives the names, order and shapes
     * @param valuesByNode for every node with parameters, its tensors in the layer's parameter
     *     order (as {@code NetworkParameters.toMap()} gives them)
     * @param info further {@code __metadata__} entries, in order; keys must not be
     *     {@code format}, {@code format_version} or {@code network}
     * @throws IllegalArgumentException when a node's values are missing or do not fit its shapes,
     *     or {@code info} uses a reserved key
     */
    public static void write(Network network, Map<String, List<float[]>> valuesByNode, Map<String, String> info,
            OutputStream out) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        ObjectNode metadata = header.putObject("__metadata__");
        metadata.put("format", FORMAT);
        metadata.put("format_version", String.valueOf(VERSION));
        metadata.put("network", network.name());
        for (Map.Entry<String, String> e : info.entrySet()) {
            if (metadata.has(e.getKey())) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is a reserved metadata key");
            }
            metadata.put(e.getKey(), e.getValue());
        }
        long offset = 0;
        for (Node node : network.nodes()) {
            List<ParameterSpec> specs = node.parameterSpecs();
            if (specs.isEmpty()) {
                continue;
            }
            List<float[]> values = valuesByNode.get(node.name());
            if (values == null || values.size() != specs.size()) {
                throw new IllegalArgumentException("layer '" + node.name() + "' needs " + specs.size()
                        + " tensor(s), got " + (values == null ? "none" : values.size()));
            }
            for (int i = 0; i < specs.size(); i++) {
                ParameterSpec spec = specs.get(i);
                if (values.get(i).length != spec.shape().elements()) {
                    throw new IllegalArgumentException("layer '" + node.name() + "' parameter '" + spec.name()
                            + "' needs " + spec.shape().elements() + " values, got " + values.get(i).length);
                }
                ObjectNode tensor = header.putObject(node.name() + "." + spec.name());
                tensor.put("dtype", "F32");
                ArrayNode shape = tensor.putArray("shape");
                spec.shape().dims().forEach(shape::add);
                long bytes = 4 * spec.shape().elements();
                tensor.putArray("data_offsets").add(offset).add(offset + bytes);
                offset += bytes;
            }
        }
        byte[] json = JSON.writeValueAsBytes(header);
        int padded = (json.length + 7) / 8 * 8;
        byte[] headerBytes = Arrays.copyOf(json, padded);
        Arrays.fill(headerBytes, json.length, padded, (byte) ' ');
        ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded);
        out.write(length.array());
        out.write(headerBytes);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (Node node : network.nodes()) {
            if (node.parameterSpecs().isEmpty()) {
                continue;
            }
            for (float[] a : valuesByNode.get(node.name())) {
                for (float v : a) {
                    if (buffer.remaining() < 4) {
                        out.write(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                    buffer.putFloat(v);
                }
            }
        }
        out.write(buffer.array(), 0, buffer.position());
        out.flush();
    }
}
