// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Input;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The fp32 reference: runs a network on the CPU in single precision, exactly as the layer records
 * of {@code org.sinapsis.networks.ir} define each operation.
 *
 * <p>Matrix work (Dense, Conv2D via im2col, the LSTM and GRU gate products) goes through EJML's
 * {@code CommonOps_FDRM.mult}, split into tasks whose boundaries depend only on the layer sizes,
 * so the result is bit-for-bit the same for any thread count. Exponentials use
 * {@link StrictMath}, so results are also the same on every platform. The machines that are not
 * int8 compare against this executor within a tolerance they state.
 *
 * <p>An executor is immutable and thread-safe; it keeps the parameters it was built with (as
 * prepared matrices) and a private pool of daemon worker threads when {@code threads > 1}.
 */
public final class Fp32Executor {
    private final Network network;
    private final ParallelTasks tasks;
    private final Map<String, Fp32Op> ops = new HashMap<>();
    private final int[] lastUse;

    /** An executor using every available processor. */
    public Fp32Executor(Network network, NetworkParameters parameters) {
        this(network, parameters, Runtime.getRuntime().availableProcessors());
    }

    /**
     * An executor using {@code threads} threads (1 runs on the caller's thread).
     *
     * @throws IllegalArgumentException when the parameters belong to a network with other nodes,
     *     or {@code threads < 1}
     */
    public Fp32Executor(Network network, NetworkParameters parameters, int threads) {
        if (!parameters.network().nodes().equals(network.nodes())) {
            throw new IllegalArgumentException("the parameters belong to network '" + parameters.network().name()
                    + "', whose nodes differ from those of network '" + network.name() + "'");
        }
        this.network = network;
        this.tasks = new ParallelTasks(threads);
        for (Node node : network.layers()) {
            ops.put(node.name(), prepare(network, node, parameters));
        }
        this.lastUse = NetworkInputs.lastUse(network);
    }

    /** The network this executor runs. */
    public Network network() {
        return network;
    }

    /** The number of threads each run uses. */
    public int threads() {
        return tasks.threads();
    }

    /**
     * Runs a batch and returns every output node ({@link Network#outputs()}) by name, in order.
     *
     * @param inputsByInputNodeName a tensor for every input node, all of the same batch
     * @throws org.sinapsis.networks.InvalidInputException when the inputs do not match the
     *     network's input nodes, or a token id is out of an Embedding's range
     */
    public Map<String, Tensor> run(Map<String, Tensor> inputsByInputNodeName) {
        Map<String, Tensor> values = execute(inputsByInputNodeName, false);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Node n : network.outputs()) {
            out.put(n.name(), values.get(n.name()));
        }
        return out;
    }

    /**
     * Runs a batch through a network with one input and one output.
     *
     * @throws IllegalArgumentException when the network has several inputs or outputs
     */
    public Tensor run(Tensor input) {
        String in = NetworkInputs.onlyInput(network);
        String out = NetworkInputs.onlyOutput(network);
        return run(Map.of(in, input)).get(out);
    }

    /**
     * Runs a batch and returns every node's activation by name, inputs included, in network
     * order: for calibration, training and debugging. Holds every activation in memory at once.
     */
    public Map<String, Tensor> runAll(Map<String, Tensor> inputsByInputNodeName) {
        return execute(inputsByInputNodeName, true);
    }

    private Map<String, Tensor> execute(Map<String, Tensor> inputs, boolean keepAll) {
        NetworkInputs.checkedBatch(network, inputs);
        List<Node> nodes = network.nodes();
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node.layer() instanceof Input) {
                values.put(node.name(), inputs.get(node.name()));
            } else {
                List<Tensor> args = new ArrayList<>();
                for (String in : node.inputs()) {
                    args.add(values.get(in));
                }
                values.put(node.name(), ops.get(node.name()).apply(args.toArray(new Tensor[0]), tasks));
            }
            if (!keepAll) {
                for (int j = 0; j <= i; j++) {
                    if (lastUse[j] == i) {
                        values.remove(nodes.get(j).name());
                    }
                }
            }
        }
        return values;
    }

    private static Fp32Op prepare(Network network, Node node, NetworkParameters parameters) {
        if (node.layer() instanceof Dense) {
            return new Fp32Dense(node, parameters);
        }
        if (node.layer() instanceof Conv2D) {
            return new Fp32Conv(node, parameters);
        }
        if (node.layer() instanceof Pool2D) {
            return new Fp32Pool(node);
        }
        if (node.layer() instanceof Activation a) {
            return new Fp32Activation(a.function());
        }
        if (node.layer() instanceof Add) {
            return (in, t) -> {
                float[] a = in[0].data();
                float[] b = in[1].data();
                float[] y = new float[a.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = a[i] + b[i];
                }
                return new Tensor(in[0].batch(), in[0].shape(), y);
            };
        }
        if (node.layer() instanceof Flatten) {
            TensorShape shape = node.outputShape();
            return (in, t) -> new Tensor(in[0].batch(), shape, in[0].data());
        }
        if (node.layer() instanceof Embedding) {
            return new Fp32Embedding(network.name(), node, parameters);
        }
        if (node.layer() instanceof Lstm || node.layer() instanceof Gru) {
            return new Fp32Recurrent(node, parameters);
        }
        throw new IllegalArgumentException("no fp32 implementation of " + node.layer().kind());
    }
}
