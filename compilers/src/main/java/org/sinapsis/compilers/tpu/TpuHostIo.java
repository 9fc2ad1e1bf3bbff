// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.isa.program.UbTensor;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.Int8Arithmetic;
import org.sinapsis.networks.reference.Int8Result;
import org.sinapsis.networks.reference.Int8Tensor;
import org.sinapsis.networks.reference.QuantizedEmbedding;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.QuantizedSoftmax;
import org.sinapsis.networks.reference.Tensor;

/**
 * The host's side of a compiled TPU program: it quantizes the network's inputs and lays them out
 * in Unified Buffer rows, looks up Embedding rows (the TPU has no lookups), and after the run reads
 * the outputs back and computes any final Softmax in floating point, exactly as
 * {@link QuantizedSoftmax} specifies. The result has the int8 reference executor's form, so the two
 * compare bit for bit.
 */
public final class TpuHostIo {
    private TpuHostIo() {
    }

    /**
     * The bytes of every input region of {@code compilation}.
     *
     * @param inputs a tensor per input node, all of the compiled batch
     * @throws InvalidInputException for a token id outside an Embedding's vocabulary
     */
    public static Map<String, byte[]> inputs(TpuCompilation compilation, QuantizedNetwork quantized,
            Map<String, Tensor> inputs) {
        Network network = quantized.network();
        Map<String, Int8Tensor> codes = new HashMap<>();
        Map<String, byte[]> regions = new LinkedHashMap<>();
        for (TensorTransfer t : compilation.transfers()) {
            byte[] bytes;
            switch (t.kind()) {
                case NETWORK_INPUT -> {
                    Int8Tensor q = codes.computeIfAbsent(t.node(), n -> quantized.quantizeInput(n, inputs.get(n)));
                    bytes = new byte[Math.toIntExact(t.layout().bytes())];
                    scatter(network.node(t.node()), q.codes(), t, bytes);
                }
                case EMBEDDING -> {
                    Int8Tensor q = codes.computeIfAbsent(t.node(), n -> lookup(network, quantized, n, inputs));
                    bytes = new byte[Math.toIntExact(t.layout().bytes())];
                    scatter(network.node(t.node()), q.codes(), t, bytes);
                }
                default -> {
                    continue;
                }
            }
            regions.put(t.region(), bytes);
        }
        return regions;
    }

    /**
     * The network's outputs from the program's output regions, as the int8 reference gives them:
     * codes and scales, and real values (the host's floating-point probabilities for a Softmax).
     */
    public static Int8Result outputs(TpuCompilation compilation, QuantizedNetwork quantized, int batch,
            Map<String, byte[]> regions) {
        Network network = quantized.network();
        Map<String, byte[]> gathered = new HashMap<>();
        for (TensorTransfer t : compilation.transfers()) {
            if (t.kind() != TensorTransfer.Kind.OUTPUT && t.kind() != TensorTransfer.Kind.SOFTMAX_INPUT) {
                continue;
            }
            Node node = network.node(t.node());
            byte[] codes = gathered.computeIfAbsent(t.node(),
                    n -> new byte[Math.toIntExact(batch * node.outputShape().elements())]);
            gather(node, regions.get(t.region()), t, codes);
        }
        Map<String, Int8Tensor> int8 = new LinkedHashMap<>();
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (Node out : network.outputs()) {
            byte[] codes = gathered.get(out.name());
            if (quantized.layer(out.name()) instanceof QuantizedSoftmax s) {
                double[] p = QuantizedSoftmax.probabilities(new Int8Tensor(batch, out.outputShape(), codes,
                        s.inputScale()));
                int8.put(out.name(), new Int8Tensor(batch, out.outputShape(), QuantizedSoftmax.codes(p),
                        Int8Arithmetic.UNIT_SCALE));
                values.put(out.name(), new Tensor(batch, out.outputShape(), QuantizedSoftmax.values(p)));
            } else {
                Int8Tensor t = new Int8Tensor(batch, out.outputShape(), codes, quantized.outputScale(out.name()));
                int8.put(out.name(), t);
                values.put(out.name(), t.dequantize());
            }
        }
        return new Int8Result(int8, values);
    }

    /** Writes the transfer's examples of {@code codes} (the IR's row-major order) into region bytes. */
    private static void scatter(Node node, byte[] codes, TensorTransfer t, byte[] region) {
        TensorView view = TensorView.of(node.outputShape());
        UbTensor layout = t.layout();
        long elements = view.elements();
        for (int e = 0; e < layout.batch(); e++) {
            long base = (t.firstExample() + e) * elements;
            for (int c = 0; c < view.channels(); c++) {
                for (int y = 0; y < view.height(); y++) {
                    for (int x = 0; x < view.width(); x++) {
                        region[(int) layout.address(e, c, y, x)] = codes[(int) (base + view.flatIndex(c, y, x))];
                    }
                }
            }
        }
    }

    /** Reads the transfer's examples from region bytes into {@code codes} (row-major). */
    private static void gather(Node node, byte[] region, TensorTransfer t, byte[] codes) {
        TensorView view = TensorView.of(node.outputShape());
        UbTensor layout = t.layout();
        long elements = view.elements();
        for (int e = 0; e < layout.batch(); e++) {
            long base = (t.firstExample() + e) * elements;
            for (int c = 0; c < view.channels(); c++) {
                for (int y = 0; y < view.height(); y++) {
                    for (int x = 0; x < view.width(); x++) {
                        codes[(int) (base + view.flatIndex(c, y, x))] = region[(int) layout.address(e, c, y, x)];
                    }
                }
            }
        }
    }

    private static Int8Tensor lookup(Network network, QuantizedNetwork quantized, String name,
            Map<String, Tensor> inputs) {
        Node node = network.node(name);
        Embedding e = (Embedding) node.layer();
        QuantizedEmbedding q = quantized.layer(name, QuantizedEmbedding.class);
        byte[] table = q.table();
        Tensor tokens = inputs.get(node.inputs().get(0));
        float[] ids = tokens.data();
        int d = e.dimensions();
        byte[] out = new byte[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            float v = ids[i];
            int id = (int) v;
            if (id != v || id < 0 || id >= e.vocabularySize()) {
                throw new InvalidInputException("network '" + network.name() + "'", 0, "input '"
                        + node.inputs().get(0) + "'", "token id " + v + " is not an integer in [0, "
                        + e.vocabularySize() + ") for layer '" + name + "'");
            }
            System.arraycopy(table, id * d, out, i * d, d);
        }
        return new Int8Tensor(tokens.batch(), node.outputShape(), out, q.outputScale());
    }
}
