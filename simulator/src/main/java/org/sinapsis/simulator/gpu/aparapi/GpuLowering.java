// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
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
import org.sinapsis.networks.ir.ParameterSpec;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * Lowers a network to a {@link GpuProgram}: the launches of {@link NetworkKernel} for one batch,
 * one per layer (a GEMM per Dense and Conv2D layer, with a following ReLU fused into its
 * epilogue when the ReLU is its only reader; a projection GEMM, then per time step a recurrent
 * GEMM and a cell launch for LSTM and GRU), plus the copies of the inputs into and the outputs
 * out of the arena. Flatten launches nothing: its output is its input's buffer.
 *
 * <p>Activations are placed in one arena by {@link ArenaPlanner}: a node's buffer is allocated
 * before its launches and freed after the last launch that reads it, so a layer's output never
 * overlaps its inputs and the arena is as large as the widest point of the network.
 */
final class GpuLowering {
    private final Network network;
    private final int batch;
    private final String target;
    private final ArenaPlanner planner = new ArenaPlanner();
    private final Map<String, Buffer> buffers = new HashMap<>();
    private final Set<String> fusedIntoProducer = new HashSet<>();
    private final List<Launch> launches = new ArrayList<>();
    private final List<IoSlot> inputs = new ArrayList<>();
    private final List<IoSlot> outputs = new ArrayList<>();
    private final Map<String, Map<String, Integer>> weightOffsets = new LinkedHashMap<>();
    private final float[] weights;
    private int inputFloats;
    private int outputFloats;

    /** An arena range with the reads still to come. */
    private static final class Buffer {
        final long offset;
        final long floats;
        int pendingReads;

        Buffer(long offset, long floats, int pendingReads) {
            this.offset = offset;
            this.floats = floats;
            this.pendingReads = pendingReads;
        }

        int at() {
            return (int) offset;
        }
    }

    private GpuLowering(Network network, NetworkParameters parameters, int batch, String target) {
        this.network = network;
        this.batch = batch;
        this.target = target;
        this.weights = pack(parameters);
    }

    /**
     * The program of {@code network} for batches of {@code batch} examples.
     *
     * @param target the target's name, for errors
     * @throws InfeasibleException when a layer has no kernel, an Embedding does not read a
     *     network input (its token ids are checked on the host), or a buffer exceeds 2^31 - 1 floats
     */
    static GpuProgram lower(Network network, NetworkParameters parameters, int batch, String target) {
        GpuLowering l = new GpuLowering(network, parameters, batch, target);
        for (Node node : network.nodes()) {
            l.lower(node);
        }
        long arena = l.planner.size();
        if (arena > Integer.MAX_VALUE) {
            throw new InfeasibleException(target, "activation arena", arena + " floats at batch " + batch
                    + " exceed the 2^31 - 1 floats one Aparapi buffer can hold");
        }
        return new GpuProgram(network, batch, (int) arena, l.weights, l.inputs, l.outputs, l.launches);
    }

    private float[] pack(NetworkParameters parameters) {
        long total = network.parameters();
        if (total > Integer.MAX_VALUE) {
            throw new InfeasibleException(target, "weights buffer", total
                    + " parameters exceed the 2^31 - 1 floats one Aparapi buffer can hold");
        }
        float[] packed = new float[(int) total];
        int at = 0;
        for (Node node : network.nodes()) {
            Map<String, Integer> offsets = new LinkedHashMap<>();
            for (ParameterSpec spec : node.parameterSpecs()) {
                float[] values = parameters.get(node.name(), spec.name());
                System.arraycopy(values, 0, packed, at, values.length);
                offsets.put(spec.name(), at);
                at += values.length;
            }
            weightOffsets.put(node.name(), offsets);
        }
        return packed;
    }

    private void lower(Node node) {
        if (fusedIntoProducer.contains(node.name())) {
            return;
        }
        if (node.layer() instanceof Input) {
            lowerInput(node);
            return;
        }
        if (node.layer() instanceof Flatten) {
            Buffer in = buffers.get(node.inputs().get(0));
            in.pendingReads += reads(node.name());
            buffers.put(node.name(), in);
            finish(node, node);
            return;
        }
        Node written = node;
        if (node.layer() instanceof Dense || node.layer() instanceof Conv2D) {
            Node relu = fusableRelu(node);
            written = relu == null ? node : relu;
            Buffer out = allocate(written);
            if (node.layer() instanceof Dense d) {
                dense(node, d, out, relu != null);
            } else {
                conv(node, (Conv2D) node.layer(), out, relu != null);
            }
            if (relu != null) {
                fusedIntoProducer.add(relu.name());
            }
        } else if (node.layer() instanceof Pool2D p) {
            pool(node, p, allocate(node));
        } else if (node.layer() instanceof Activation a) {
            activation(node, a.function(), allocate(node));
        } else if (node.layer() instanceof Add) {
            Buffer out = allocate(node);
            launches.add(new Launch.Builder(node.name(), "add", NetworkKernel.OP_ADD)
                    .set(Param.SRC, input(node, 0).at()).set(Param.SRC2, input(node, 1).at()).set(Param.DST, out.at())
                    .items(values(node.outputShape())));
        } else if (node.layer() instanceof Embedding e) {
            embedding(node, e, allocate(node));
        } else if (node.layer() instanceof Lstm || node.layer() instanceof Gru) {
            recurrent(node, allocate(node));
        } else {
            throw new InfeasibleException(target, "layer '" + node.name() + "' (" + node.layer().kind() + ")",
                    "the GPU path has no kernel for this layer kind");
        }
        finish(node, written);
    }

    private void lowerInput(Node node) {
        int floats = values(node.outputShape());
        inputs.add(new IoSlot(node.name(), node.outputShape(), inputFloats, floats));
        int reads = reads(node.name());
        if (reads > 0) {
            Buffer b = allocate(node);
            launches.add(new Launch.Builder(node.name(), "copy-in", NetworkKernel.OP_COPY_IN)
                    .set(Param.SRC, inputFloats).set(Param.DST, b.at()).items(floats));
        }
        inputFloats = Math.addExact(inputFloats, floats);
    }

    /**
     * Copies {@code written} out when it is a network output, then releases what {@code node}
     * read. An output's own buffer is freed at once; a Flatten output shares its input's buffer,
     * which the release of the input frees when no other reader is left.
     */
    private void finish(Node node, Node written) {
        if (reads(written.name()) == 0) {
            Buffer b = buffers.get(written.name());
            int floats = values(written.outputShape());
            outputs.add(new IoSlot(written.name(), written.outputShape(), outputFloats, floats));
            launches.add(new Launch.Builder(written.name(), "copy-out", NetworkKernel.OP_COPY_OUT)
                    .set(Param.SRC, b.at()).set(Param.DST, outputFloats).items(floats));
            outputFloats = Math.addExact(outputFloats, floats);
            if (!(node.layer() instanceof Flatten)) {
                planner.release(b.offset, b.floats);
            }
        }
        for (String in : node.inputs()) {
            release(buffers.get(in));
        }
    }

    private void release(Buffer b) {
        b.pendingReads--;
        if (b.pendingReads == 0) {
            planner.release(b.offset, b.floats);
        }
    }

    /** The ReLU that is the only reader of {@code node}, when {@code node} is not itself an output. */
    private Node fusableRelu(Node node) {
        List<Node> readers = network.consumers(node.name());
        if (readers.size() == 1 && readers.get(0).layer() instanceof Activation a
                && a.function() == ActivationFunction.RELU && reads(node.name()) == 1) {
            return readers.get(0);
        }
        return null;
    }

    private void dense(Node node, Dense d, Buffer out, boolean relu) {
        TensorShape in = node.inputShapes().get(0);
        int features = in.last();
        int rows = values(in) / features;
        launches.add(new Launch.Builder(node.name(), relu ? "gemm+relu" : "gemm", NetworkKernel.OP_GEMM)
                .set(Param.K, features)
                .set(Param.A_OFFSET, input(node, 0).at()).set(Param.A_ROW_STRIDE, features)
                .set(Param.B_OFFSET, weight(node, "weight"))
                .set(Param.BIAS_OFFSET, d.bias() ? weight(node, "bias") : -1)
                .set(Param.C_OFFSET, out.at()).set(Param.C_ROW_STRIDE, d.units())
                .set(Param.RELU_EPILOGUE, relu ? 1 : 0)
                .tiles(rows, d.units(), 1));
    }

    private void conv(Node node, Conv2D c, Buffer out, boolean relu) {
        TensorShape in = node.inputShapes().get(0);
        TensorShape o = node.outputShape();
        int groups = c.groups();
        int channelsPerGroup = in.dim(0) / groups;
        int outPerGroup = c.outChannels() / groups;
        int pixels = o.dim(1) * o.dim(2);
        launches.add(new Launch.Builder(node.name(), relu ? "conv-gemm+relu" : "conv-gemm", NetworkKernel.OP_GEMM)
                .set(Param.K, channelsPerGroup * c.kernelH() * c.kernelW())
                .set(Param.GATHER_CONV, 1).set(Param.A_OFFSET, input(node, 0).at())
                .set(Param.CHANNELS_PER_GROUP, channelsPerGroup)
                .set(Param.IN_HEIGHT, in.dim(1)).set(Param.IN_WIDTH, in.dim(2))
                .set(Param.KERNEL_H, c.kernelH()).set(Param.KERNEL_W, c.kernelW())
                .set(Param.STRIDE_H, c.strideH()).set(Param.STRIDE_W, c.strideW())
                .set(Param.PAD_H, c.padH()).set(Param.PAD_W, c.padW())
                .set(Param.OUT_HEIGHT, o.dim(1)).set(Param.OUT_WIDTH, o.dim(2))
                .set(Param.IN_EXAMPLE_STRIDE, (int) in.elements())
                .set(Param.B_OFFSET, weight(node, "weight")).set(Param.B_TRANSPOSED, 1)
                .set(Param.BIAS_OFFSET, c.bias() ? weight(node, "bias") : -1)
                .set(Param.OUT_CHANNELS, c.outChannels()).set(Param.OUT_CHANNELS_PER_GROUP, outPerGroup)
                .set(Param.OUTPUT_NCHW, 1).set(Param.C_OFFSET, out.at())
                .set(Param.RELU_EPILOGUE, relu ? 1 : 0)
                .tiles(Math.multiplyExact(batch, pixels), outPerGroup, groups));
    }

    private void pool(Node node, Pool2D p, Buffer out) {
        TensorShape in = node.inputShapes().get(0);
        TensorShape o = node.outputShape();
        launches.add(new Launch.Builder(node.name(), p.mode() == PoolMode.MAX ? "max-pool" : "avg-pool",
                NetworkKernel.OP_POOL)
                .set(Param.SRC, input(node, 0).at()).set(Param.DST, out.at())
                .set(Param.IN_HEIGHT, in.dim(1)).set(Param.IN_WIDTH, in.dim(2))
                .set(Param.KERNEL_H, p.kernelH()).set(Param.KERNEL_W, p.kernelW())
                .set(Param.STRIDE_H, p.strideH()).set(Param.STRIDE_W, p.strideW())
                .set(Param.PAD_H, p.padH()).set(Param.PAD_W, p.padW())
                .set(Param.OUT_HEIGHT, o.dim(1)).set(Param.OUT_WIDTH, o.dim(2))
                .set(Param.POOL_MAX, p.mode() == PoolMode.MAX ? 1 : 0)
                .items(values(o)));
    }

    private void activation(Node node, ActivationFunction f, Buffer out) {
        TensorShape shape = node.outputShape();
        if (f == ActivationFunction.SOFTMAX) {
            launches.add(new Launch.Builder(node.name(), "softmax", NetworkKernel.OP_SOFTMAX)
                    .set(Param.SRC, input(node, 0).at()).set(Param.DST, out.at()).set(Param.WIDTH, shape.last())
                    .items(values(shape) / shape.last()));
            return;
        }
        int function = f == ActivationFunction.RELU ? NetworkKernel.RELU
                : f == ActivationFunction.SIGMOID ? NetworkKernel.SIGMOID : NetworkKernel.TANH;
        launches.add(new Launch.Builder(node.name(), f.displayName().toLowerCase(Locale.ROOT),
                NetworkKernel.OP_ACTIVATION)
                .set(Param.SRC, input(node, 0).at()).set(Param.DST, out.at()).set(Param.FUNCTION, function)
                .items(values(shape)));
    }

    private void embedding(Node node, Embedding e, Buffer out) {
        Node ids = network.node(node.inputs().get(0));
        if (!(ids.layer() instanceof Input)) {
            throw new InfeasibleException(target, "layer '" + node.name() + "' (Embedding)", "reads '" + ids.name()
                    + "', which is not a network input; the GPU path checks token ids on the host, so an "
                    + "Embedding must read an input");
        }
        launches.add(new Launch.Builder(node.name(), "embedding", NetworkKernel.OP_EMBEDDING)
                .set(Param.SRC, input(node, 0).at()).set(Param.DST, out.at()).set(Param.WIDTH, e.dimensions())
                .set(Param.TABLE_OFFSET, weight(node, "table"))
                .items(values(node.outputShape())));
    }

    private void recurrent(Node node, Buffer out) {
        boolean lstm = node.layer() instanceof Lstm;
        int units = lstm ? ((Lstm) node.layer()).units() : ((Gru) node.layer()).units();
        boolean sequences = lstm ? ((Lstm) node.layer()).returnSequences() : ((Gru) node.layer()).returnSequences();
        String kind = lstm ? "lstm" : "gru";
        int gates = lstm ? 4 : 3;
        TensorShape in = node.inputShapes().get(0);
        int steps = in.dim(0);
        int features = in.dim(1);
        int width = gates * units;
        long rows = (long) batch * steps;
        Buffer projection = scratch(rows * width);
        Buffer product = scratch((long) batch * width);
        Buffer cell = lstm ? scratch((long) batch * units) : null;
        Buffer hidden = sequences ? scratch((long) batch * units) : out;
        launches.add(new Launch.Builder(node.name(), kind + "-projection", NetworkKernel.OP_GEMM)
                .set(Param.K, features)
                .set(Param.A_OFFSET, input(node, 0).at()).set(Param.A_ROW_STRIDE, features)
                .set(Param.B_OFFSET, weight(node, "kernel")).set(Param.BIAS_OFFSET, weight(node, "bias"))
                .set(Param.C_OFFSET, projection.at()).set(Param.C_ROW_STRIDE, width)
                .tiles(Math.toIntExact(rows), width, 1));
        fill(node, hidden, batch * units);
        if (cell != null) {
            fill(node, cell, batch * units);
        }
        for (int t = 0; t < steps; t++) {
            launches.add(new Launch.Builder(node.name(), kind + "-recurrent", NetworkKernel.OP_GEMM)
                    .set(Param.K, units)
                    .set(Param.A_OFFSET, hidden.at()).set(Param.A_ROW_STRIDE, units)
                    .set(Param.B_OFFSET, weight(node, "recurrent"))
                    .set(Param.BIAS_OFFSET, lstm ? -1 : weight(node, "recurrentBias"))
                    .set(Param.C_OFFSET, product.at()).set(Param.C_ROW_STRIDE, width)
                    .tiles(batch, width, 1));
            launches.add(new Launch.Builder(node.name(), kind + "-cell",
                    lstm ? NetworkKernel.OP_LSTM_CELL : NetworkKernel.OP_GRU_CELL)
                    .set(Param.UNITS, units).set(Param.STEPS, steps).set(Param.TIME_STEP, t)
                    .set(Param.PROJ_OFFSET, projection.at()).set(Param.REC_OFFSET, product.at())
                    .set(Param.CELL_OFFSET, cell == null ? 0 : cell.at()).set(Param.HIDDEN_OFFSET, hidden.at())
                    .set(Param.SEQ_OFFSET, out.at()).set(Param.RETURN_SEQUENCES, sequences ? 1 : 0)
                    .items(batch * units));
        }
        planner.release(projection.offset, projection.floats);
        planner.release(product.offset, product.floats);
        if (cell != null) {
            planner.release(cell.offset, cell.floats);
        }
        if (sequences) {
            planner.release(hidden.offset, hidden.floats);
        }
    }

    private void fill(Node node, Buffer b, int floats) {
        launches.add(new Launch.Builder(node.name(), "fill", NetworkKernel.OP_FILL_ZERO).set(Param.DST, b.at())
                .items(floats));
    }

    private Buffer allocate(Node node) {
        long floats = (long) batch * node.outputShape().elements();
        Buffer b = new Buffer(checked(planner.allocate(floats), floats), floats, reads(node.name()));
        buffers.put(node.name(), b);
        return b;
    }

    private Buffer scratch(long floats) {
        return new Buffer(checked(planner.allocate(floats), floats), floats, 0);
    }

    private long checked(long offset, long floats) {
        if (offset + floats > Integer.MAX_VALUE) {
            throw new InfeasibleException(target, "activation arena", "more than 2^31 - 1 floats needed at batch "
                    + batch + "; one Aparapi buffer cannot hold them");
        }
        return offset;
    }

    private Buffer input(Node node, int index) {
        return buffers.get(node.inputs().get(index));
    }

    private int weight(Node node, String parameter) {
        return weightOffsets.get(node.name()).get(parameter);
    }

    /** Reads of {@code name}'s output by later nodes (a node reading it twice counts twice). */
    private int reads(String name) {
        int reads = 0;
        for (Node n : network.consumers(name)) {
            for (String in : n.inputs()) {
                if (in.equals(name)) {
                    reads++;
                }
            }
        }
        return reads;
    }

    private int values(TensorShape shape) {
        long floats = batch * shape.elements();
        if (floats > Integer.MAX_VALUE) {
            throw new InfeasibleException(target, "activation arena", "a tensor of " + floats + " floats at batch "
                    + batch + " exceeds the 2^31 - 1 floats one Aparapi buffer can hold");
        }
        return (int) floats;
    }
}
