// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The int8 reference: runs a {@link QuantizedNetwork} in integer arithmetic and is the bit-exact
 * target of every int8 machine. Each node computes exactly what its {@link QuantizedLayer} record
 * documents, with the functions of {@link Int8Arithmetic}; only Softmax runs in floating point,
 * on the host (see {@link QuantizedSoftmax}).
 *
 * <p>Real-valued inputs are quantized with {@link QuantizedNetwork#quantizeInput}; token ids pass
 * unquantized to the Embeddings that read them. Matrix work goes through a cache-blocked integer
 * GEMM whose int32 sums are exact, split into tasks by layer size only, so the codes are
 * identical for any thread count.
 *
 * <p>An executor is immutable and thread-safe; it keeps the weights packed for its kernel and a
 * private pool of daemon worker threads when {@code threads > 1}.
 */
public final class Int8Executor {
    private final QuantizedNetwork quantized;
    private final Network network;
    private final ParallelTasks tasks;
    private final Map<String, Int8Op> ops = new HashMap<>();
    private final Map<String, Int8Embedding> embeddings = new HashMap<>();
    private final int[] lastUse;

    /** An executor using every available processor. */
    public Int8Executor(QuantizedNetwork quantized) {
        this(quantized, Runtime.getRuntime().availableProcessors());
    }

    /**
     * An executor using {@code threads} threads (1 runs on the caller's thread).
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public Int8Executor(QuantizedNetwork quantized, int threads) {
        this.quantized = quantized;
        this.network = quantized.network();
        this.tasks = new ParallelTasks(threads);
        for (QuantizedLayer layer : quantized.layers()) {
            Int8Op op = prepare(layer);
            if (op != null) {
                ops.put(layer.name(), op);
            }
            if (layer instanceof QuantizedEmbedding e) {
                embeddings.put(e.name(), new Int8Embedding(e, network.name()));
            }
        }
        this.lastUse = NetworkInputs.lastUse(network);
    }

    /** The quantized network this executor runs. */
    public QuantizedNetwork quantizedNetwork() {
        return quantized;
    }

    /** The number of threads each run uses. */
    public int threads() {
        return tasks.threads();
    }

    /**
     * Runs a batch and returns every output node ({@link Network#outputs()}), as codes and as real
     * values.
     *
     * @param inputsByInputNodeName a tensor for every input node, all of the same batch
     * @throws org.sinapsis.networks.InvalidInputException when the inputs do not match the
     *     network's input nodes, or a token id is out of an Embedding's range
     */
    public Int8Result run(Map<String, Tensor> inputsByInputNodeName) {
        Run run = execute(inputsByInputNodeName, false);
        Map<String, Int8Tensor> codes = new LinkedHashMap<>();
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (Node n : network.outputs()) {
            Int8Tensor q = run.codes.get(n.name());
            codes.put(n.name(), q);
            Tensor host = run.hostValues.get(n.name());
            values.put(n.name(), host != null ? host : q.dequantize());
        }
        return new Int8Result(codes, values);
    }

    /**
     * Runs a batch through a network with one input and one output.
     *
     * @throws IllegalArgumentException when the network has several inputs or outputs
     */
    public Int8Result run(Tensor input) {
        NetworkInputs.onlyOutput(network);
        return run(Map.of(NetworkInputs.onlyInput(network), input));
    }

    /**
     * Runs a batch and returns every node's codes by name, in network order, for comparing a
     * machine layer by layer. Real inputs appear as their quantized codes; token-id inputs are
     * left out (they are not int8). Holds every activation in memory at once.
     */
    public Map<String, Int8Tensor> runAll(Map<String, Tensor> inputsByInputNodeName) {
        return execute(inputsByInputNodeName, true).codes;
    }

    private Run execute(Map<String, Tensor> inputs, boolean keepAll) {
        NetworkInputs.checkedBatch(network, inputs);
        List<Node> nodes = network.nodes();
        Run run = new Run();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            QuantizedLayer layer = quantized.layer(node.name());
            if (layer instanceof QuantizedInput in) {
                if (!in.tokenIds()) {
                    run.codes.put(node.name(), quantized.quantizeInput(node.name(), inputs.get(node.name())));
                }
            } else if (layer instanceof QuantizedEmbedding) {
                run.codes.put(node.name(), embeddings.get(node.name()).lookup(inputs.get(node.inputs().get(0))));
            } else if (layer instanceof QuantizedSoftmax) {
                Int8Tensor in = run.codes.get(node.inputs().get(0));
                double[] p = QuantizedSoftmax.probabilities(in);
                run.codes.put(node.name(), new Int8Tensor(in.batch(), in.shape(), QuantizedSoftmax.codes(p),
                        Int8Arithmetic.UNIT_SCALE));
                run.hostValues.put(node.name(), new Tensor(in.batch(), in.shape(), QuantizedSoftmax.values(p)));
            } else {
                Int8Tensor[] args = new Int8Tensor[node.inputs().size()];
                for (int a = 0; a < args.length; a++) {
                    args[a] = run.codes.get(node.inputs().get(a));
                }
                run.codes.put(node.name(), ops.get(node.name()).apply(args, tasks));
            }
            if (!keepAll) {
                for (int j = 0; j <= i; j++) {
                    if (lastUse[j] == i) {
                        run.codes.remove(nodes.get(j).name());
                    }
                }
            }
        }
        return run;
    }

    /** The computation of a node that maps int8 codes to int8 codes; null for the others. */
    private static Int8Op prepare(QuantizedLayer layer) {
        Node node = layer.node();
        if (layer instanceof QuantizedMatrixLayer m) {
            return m.convolution() ? new Int8Conv(m) : new Int8Dense(m);
        }
        if (layer instanceof QuantizedRecurrentLayer r) {
            return new Int8Recurrent(r);
        }
        if (layer instanceof QuantizedAdd add) {
            TwoTermMultiplier m = add.multiplier();
            double scale = add.outputScale();
            return (in, t) -> {
                byte[] a = in[0].codes();
                byte[] b = in[1].codes();
                byte[] y = new byte[a.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = (byte) Int8Arithmetic.add(a[i], b[i], m);
                }
                return new Int8Tensor(in[0].batch(), in[0].shape(), y, scale);
            };
        }
        if (layer instanceof QuantizedTableActivation act) {
            byte[] table = act.table();
            return (in, t) -> {
                byte[] x = in[0].codes();
                byte[] y = new byte[x.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = table[x[i] + 128];
                }
                return new Int8Tensor(in[0].batch(), in[0].shape(), y, Int8Arithmetic.UNIT_SCALE);
            };
        }
        if (layer instanceof QuantizedSameScale same) {
            if (node.layer() instanceof Pool2D) {
                return new Int8Pool(same);
            }
            if (node.layer() instanceof Flatten) {
                TensorShape shape = node.outputShape();
                return (in, t) -> new Int8Tensor(in[0].batch(), shape, in[0].codes(), in[0].scale());
            }
            return (in, t) -> {
                byte[] x = in[0].codes();
                byte[] y = new byte[x.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = x[i] > 0 ? x[i] : 0;
                }
                return new Int8Tensor(in[0].batch(), in[0].shape(), y, in[0].scale());
            };
        }
        return null;
    }

    /** The values of one run. */
    private static final class Run {
        final Map<String, Int8Tensor> codes = new LinkedHashMap<>();
        final Map<String, Tensor> hostValues = new HashMap<>();
    }
}
