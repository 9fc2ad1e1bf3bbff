// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Reads a model file (format on {@link ModelFileWriter}) and checks it against the network it is
 * meant for.
 *
 * <p>Accepted: sinapsis model files of format version 1 and plain safetensors files (no
 * {@code format} entry) whose float32 tensors are named {@code <node>.<parameter>}. Every
 * problem is one {@link InvalidInputException} naming the file and, where it is about a layer,
 * the layer: a header that is not JSON or breaks the layout, a newer format version, a tensor
 * that is not float32, data offsets that overlap, leave gaps or pass the end (a truncated file),
 * bytes after the data, a missing tensor, a tensor no layer of the network has, or a shape that
 * differs from the layer's. Nothing is returned until the whole file has been checked.
 */
public final class ModelFileReader {
    /** Headers larger than this are refused (the safetensors limit). */
    static final long MAX_HEADER_BYTES = 100L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ModelFileReader() {
    }

    /**
     * Reads a model from {@code in} (to its end; not closed) for {@code network}.
     *
     * @param source the file name, for error messages
     * @throws InvalidInputException when the stream cannot be read, or the file is not a valid
     *     model file or does not match the network (naming the mismatching layer)
     */
    public static ModelFile read(InputStream in, String source, Network network) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, null, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length < 8) {
            throw new InvalidInputException(source, 0, null, "not a model file: " + bytes.length
                    + " byte(s), a safetensors header length alone takes 8");
        }
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 2 || headerLength > MAX_HEADER_BYTES || headerLength > bytes.length - 8) {
            throw new InvalidInputException(source, 0, "header length", "not a model file, or truncated: the first 8"
                    + " bytes announce a header of " + Long.toUnsignedString(headerLength) + " bytes and the file"
                    + " holds " + (bytes.length - 8) + " after them");
        }
        JsonNode header;
        try {
            header = JSON.readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, 0, "header", "not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (header == null || !header.isObject()) {
            throw new InvalidInputException(source, 0, "header", "must be a JSON object");
        }
        int dataStart = 8 + (int) headerLength;
        long dataBytes = bytes.length - (long) dataStart;

        Map<String, String> metadata = metadata(header, source);
        String format = metadata.remove("format");
        String version = metadata.remove("format_version");
        String savedFor = metadata.getOrDefault("network", "");
        metadata.remove("network");
        if (format != null && !format.equals(ModelFileWriter.FORMAT)) {
            throw new InvalidInputException(source, 0, "__metadata__.format", "'" + format + "' is not '"
                    + ModelFileWriter.FORMAT + "'");
        }
        if (format != null && !String.valueOf(ModelFileWriter.VERSION).equals(version)) {
            throw new InvalidInputException(source, 0, "__metadata__.format_version", "'" + version
                    + "' is not a version this sinapsis reads (" + ModelFileWriter.VERSION + ")");
        }

        Map<String, Stored> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : header.properties()) {
            if (!e.getKey().equals("__metadata__")) {
                tensors.put(e.getKey(), stored(e.getKey(), e.getValue(), dataBytes, source));
            }
        }
        checkCoverage(tensors, dataBytes, source);

        String forNetwork = "network '" + network.name() + "'"
                + (savedFor.isEmpty() || savedFor.equals(network.name()) ? "" : " (the file was saved for '"
                + savedFor + "')");
        Set<String> unused = new LinkedHashSet<>(tensors.keySet());
        Map<String, List<float[]>> values = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            List<ParameterSpec> specs = node.parameterSpecs();
            if (specs.isEmpty()) {
                continue;
            }
            List<float[]> arrays = new ArrayList<>();
            for (ParameterSpec spec : specs) {
                String name = node.name() + "." + spec.name();
                String field = "layer '" + node.name() + "'";
                Stored t = tensors.get(name);
                if (t == null) {
                    throw new InvalidInputException(source, 0, field, "no tensor '" + name + "' " + spec.shape()
                            + ", which " + forNetwork + " needs");
                }
                if (!t.shape().equals(spec.shape())) {
                    throw new InvalidInputException(source, 0, field, "tensor '" + name + "' has shape "
                            + t.shape() + ", " + forNetwork + " needs " + spec.shape());
                }
                unused.remove(name);
                arrays.add(floats(bytes, dataStart + t.begin(), (int) spec.shape().elements()));
            }
            values.put(node.name(), arrays);
        }
        if (!unused.isEmpty()) {
            String name = unused.iterator().next();
            throw new InvalidInputException(source, 0, "tensor '" + name + "'", "matches no parameter of "
                    + forNetwork + (unused.size() > 1 ? " (nor do " + (unused.size() - 1) + " more)" : ""));
        }
        return new ModelFile(savedFor, metadata, values);
    }

    /** One tensor's entry in the header. */
    private record Stored(TensorShape shape, long begin, long end) {
    }

    private static Map<String, String> metadata(JsonNode header, String source) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode m = header.get("__metadata__");
        if (m == null) {
            return map;
        }
        if (!m.isObject()) {
            throw new InvalidInputException(source, 0, "__metadata__", "must be an object of strings");
        }
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            if (!e.getValue().isTextual()) {
                throw new InvalidInputException(source, 0, "__metadata__." + e.getKey(), "must be a string");
            }
            map.put(e.getKey(), e.getValue().textValue());
        }
        return map;
    }

    private static Stored stored(String name, JsonNode entry, long dataBytes, String source) {
        String field = "tensor '" + name + "'";
        if (!entry.isObject()) {
            throw new InvalidInputException(source, 0, field, "must be an object with dtype, shape and data_offsets");
        }
        JsonNode dtype = entry.get("dtype");
        if (dtype == null || !"F32".equals(dtype.asText())) {
            throw new InvalidInputException(source, 0, field, "dtype " + (dtype == null ? "missing" : "'"
                    + dtype.asText() + "'") + "; sinapsis reads float32 tensors (F32)");
        }
        JsonNode shape = entry.get("shape");
        if (shape == null || !shape.isArray() || shape.isEmpty()) {
            throw new InvalidInputException(source, 0, field, "shape must be a non-empty array of extents");
        }
        int[] dims = new int[shape.size()];
        long elements = 1;
        for (int i = 0; i < dims.length; i++) {
            JsonNode d = shape.get(i);
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.intValue() < 1) {
                throw new InvalidInputException(source, 0, field, "shape " + shape + " must hold extents >= 1");
            }
            dims[i] = d.intValue();
            elements *= dims[i];
        }
        JsonNode offsets = entry.get("data_offsets");
        if (offsets == null || !offsets.isArray() || offsets.size() != 2 || !offsets.get(0).canConvertToLong()
                || !offsets.get(1).canConvertToLong() || !offsets.get(0).isIntegralNumber()
                || !offsets.get(1).isIntegralNumber()) {
            throw new InvalidInputException(source, 0, field, "data_offsets must be [begin, end]");
        }
        long begin = offsets.get(0).longValue();
        long end = offsets.get(1).longValue();
        if (begin < 0 || end - begin != 4 * elements) {
            throw new InvalidInputException(source, 0, field, "data_offsets " + offsets + " do not hold the "
                    + elements + " float32 values of shape " + shape);
        }
        if (end > dataBytes) {
            throw new InvalidInputException(source, 0, field, "truncated: the tensor ends at data byte " + end
                    + ", the file holds " + dataBytes + " bytes of data");
        }
        return new Stored(TensorShape.of(dims), begin, end);
    }

    /** The tensors must tile the data part exactly: no overlap, no gap, nothing after them. */
    private static void checkCoverage(Map<String, Stored> tensors, long dataBytes, String source) {
        List<Map.Entry<String, Stored>> sorted = new ArrayList<>(tensors.entrySet());
        sorted.sort((a, b) -> Long.compare(a.getValue().begin(), b.getValue().begin()));
        long next = 0;
        for (Map.Entry<String, Stored> e : sorted) {
            if (e.getValue().begin() != next) {
                throw new InvalidInputException(source, 0, "tensor '" + e.getKey() + "'", "starts at data byte "
                        + e.getValue().begin() + ", expected " + next + " (tensors must tile the data without"
                        + " gaps or overlaps)");
            }
            next = e.getValue().end();
        }
        if (next != dataBytes) {
            throw new InvalidInputException(source, 0, "data", (dataBytes - next) + " byte(s) after the last tensor"
                    + " (corrupt file)");
        }
    }

    private static float[] floats(byte[] bytes, long offset, int count) {
        float[] out = new float[count];
        ByteBuffer.wrap(bytes, (int) offset, 4 * count).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
