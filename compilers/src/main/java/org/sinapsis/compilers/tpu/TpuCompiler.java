// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.program.ActivationConfig;
import org.sinapsis.isa.program.AddConfig;
import org.sinapsis.isa.program.ConvolveConfig;
import org.sinapsis.isa.program.HostRegion;
import org.sinapsis.isa.program.KernelOrder;
import org.sinapsis.isa.program.LookupConfig;
import org.sinapsis.isa.program.PoolConfig;
import org.sinapsis.isa.program.RecurrentConfig;
import org.sinapsis.isa.program.TpuConfig;
import org.sinapsis.isa.program.TpuFlags;
import org.sinapsis.isa.program.TpuInstruction;
import org.sinapsis.isa.program.TpuProgram;
import org.sinapsis.isa.program.TpuWeightImage;
import org.sinapsis.isa.program.UbLayout;
import org.sinapsis.isa.program.UbTensor;
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
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.FixedPointMultiplier;
import org.sinapsis.networks.reference.QuantizedAdd;
import org.sinapsis.networks.reference.QuantizedMatrixLayer;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.QuantizedRecurrentLayer;
import org.sinapsis.networks.reference.QuantizedTableActivation;
import org.sinapsis.networks.reference.TwoTermMultiplier;

/**
 * Compiles a network for a TPU ({@link TpuSpec}) into a {@link TpuProgram}.
 *
 * <h2>Lowering</h2>
 * <ul>
 *   <li><b>Dense</b> and <b>Conv2D</b> run on the matrix unit as GEMMs of {@code M} output rows
 *       (examples times pixels), {@code K} reduction and {@code N} outputs, cut into
 *       {@code mxuRows x mxuCols} weight tiles (one per reduction chunk, output chunk and channel
 *       group). A Dense reads its input rows straight from the Unified Buffer (MatrixMultiply); a
 *       convolution, and a Dense after a Flatten (a convolution whose kernel is the whole map),
 *       gathers its window rows through the data setup (Convolve, im2col on the fly), its window
 *       ordered so the data setup reads as few Unified Buffer rows as possible. Output rows go in
 *       balanced chunks of at most half the accumulators; each (row chunk, output chunk) pass
 *       accumulates in one half while the activation unit drains the other (double buffering),
 *       and each tile is fetched once per row chunk. A ReLU that is a matrix layer's only reader is
 *       fused into its Activate.</li>
 *   <li><b>LSTM</b> and <b>GRU</b>: per time step, the input part and the recurrent part of every
 *       gate chunk accumulate separately on the matrix unit (two accumulator regions), and one
 *       Activate runs the cell's gate math on the activation unit; hidden and cell state stay in
 *       the Unified Buffer, zeroed from the host at the start.</li>
 *   <li><b>Pooling</b>, residual <b>Add</b>, and Sigmoid, Tanh and unfused ReLU (256-entry
 *       lookups) run on the activation unit's vector path. <b>Flatten</b> is a view.</li>
 *   <li><b>Softmax</b> and <b>Embedding</b> run on the host (the TPU v1 has neither): the program
 *       writes a Softmax's input back, and takes an Embedding's rows from the host.</li>
 * </ul>
 *
 * <h2>Memory</h2>
 * Tensors get Unified Buffer rows when produced and give them back after their last reader
 * (first fit). If the batch does not fit, it runs in passes of the largest number of examples that
 * does; if one example does not fit, or weights exceed weight memory, or a recurrent step or a row
 * of outputs exceeds the accumulators, the network is infeasible ({@link InfeasibleException},
 * naming the resource). Weight tiles are laid out per layer, one {@code mxuRows x mxuCols}-byte
 * slot each: a partial tile's {@code rows x cols} bytes start its slot and the rest is padding,
 * which the weight FIFO loads with it.
 *
 * <p>Compiling without a {@link QuantizedNetwork} gives a shape-only program: the same
 * instructions, timing and traffic, configuration blocks of the right sizes holding zeros, and no
 * weight image (the machine then runs it for timing only).
 */
public final class TpuCompiler {
    /** Network inputs with fewer channels than this are packed densely (an image's 3 channels). */
    static final int PACKED_CHANNELS = 64;

    private final TpuSpec spec;
    private final int cols;
    private final int depth;
    private final int accHalf;

    /** A compiler for {@code spec}. */
    public TpuCompiler(TpuSpec spec) {
        if (spec.mxuRows() != spec.mxuCols()) {
            throw new InfeasibleException(spec.name(), "matrix unit", "the compiler needs a square matrix unit (a"
                    + " Unified Buffer row must hold one reduction chunk), got " + spec.mxuRows() + "x" + spec.mxuCols());
        }
        this.spec = spec;
        this.cols = spec.mxuCols();
        this.depth = spec.mxuRows();
        this.accHalf = spec.accumulatorRows() / 2;
    }

    /**
     * Compiles {@code network} for {@code batch} examples.
     *
     * @param quantized the int8 parameters, or null for a shape-only program
     * @throws InfeasibleException when the network cannot be mapped or does not fit
     */
    public TpuCompilation compile(Network network, int batch, QuantizedNetwork quantized) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        return new Compilation(network, batch, quantized).run();
    }

    /** What a node becomes on the TPU. */
    private enum Role { INPUT, TOKENS, EMBEDDING, MATRIX, FUSED_RELU, FLATTEN, LOOKUP, SOFTMAX, ADD, POOL, RECURRENT }

    /** One compilation. */
    private final class Compilation {
        private final Network network;
        private final int batch;
        private final QuantizedNetwork quantized;
        private final Map<String, Role> roles = new LinkedHashMap<>();
        private final Map<String, String> storage = new HashMap<>();
        private final Map<String, Integer> lastUse = new HashMap<>();
        private final Set<String> outputs = new LinkedHashSet<>();
        private final Map<String, List<TileRef>> tiles = new LinkedHashMap<>();
        private final WeightImageBuilder weights;
        private final Map<String, List<TpuConfig>> configs = new HashMap<>();
        private long weightBytes;

        Compilation(Network network, int batch, QuantizedNetwork quantized) {
            this.network = network;
            this.batch = batch;
            this.quantized = quantized;
            this.weights = quantized == null ? null : new WeightImageBuilder();
        }

        TpuCompilation run() {
            analyze();
            layoutWeights();
            int perPass = largestPass();
            ProgramBuilder builder = new ProgramBuilder(spec);
            List<TensorTransfer> transfers = new ArrayList<>();
            long zeros = zeroRegionRows(perPass);
            long zeroAddress = zeros > 0 ? builder.region("zeros", zeros * cols, HostRegion.Kind.ZEROS) : -1;
            long peak = 0;
            int passes = 0;
            for (int first = 0; first < batch; first += perPass) {
                int examples = Math.min(perPass, batch - first);
                Map<String, Long> plan = plan(examples);
                peak = Math.max(peak, plan.get(PEAK));
                new PassEmitter(builder, transfers, plan, first, examples, passes, zeroAddress).emit();
                passes++;
            }
            TpuWeightImage image = weights == null ? TpuWeightImage.none() : weights.build();
            TpuProgram program = builder.build(network.name(), image);
            int tileCount = tiles.values().stream().mapToInt(List::size).sum();
            long usedBytes = tiles.values().stream().flatMap(List::stream).mapToLong(t -> (long) t.rows() * t.cols())
                    .sum();
            return new TpuCompilation(program, transfers, perPass, passes, peak, weightBytes, usedBytes, tileCount);
        }

        // ---------------------------------------------------------------- analysis

        private void analyze() {
            List<Node> nodes = network.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                roles.put(node.name(), role(node));
                storage.put(node.name(), node.name());
            }
            for (Node node : nodes) {
                Role r = roles.get(node.name());
                if (r == Role.FUSED_RELU || r == Role.FLATTEN) {
                    storage.put(node.name(), storage.get(node.inputs().get(0)));
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                lastUse.merge(storage.get(node.name()), i, Math::max);
                for (String in : node.inputs()) {
                    lastUse.merge(storage.get(in), i, Math::max);
                }
                if (network.consumers(node.name()).isEmpty() && !(node.layer() instanceof Input)) {
                    outputs.add(node.name());
                }
            }
        }

        private Role role(Node node) {
            String where = "layer '" + node.name() + "' (" + node.layer().kind() + ")";
            List<Node> readers = network.consumers(node.name());
            if (node.layer() instanceof Input) {
                boolean tokens = !readers.isEmpty() && readers.stream().allMatch(n -> n.layer() instanceof Embedding);
                return tokens ? Role.TOKENS : Role.INPUT;
            }
            if (node.layer() instanceof Embedding) {
                return Role.EMBEDDING;
            }
            if (node.layer() instanceof Dense) {
                Node src = network.node(node.inputs().get(0));
                if (!(src.layer() instanceof Flatten) && node.inputShapes().get(0).rank() > 2) {
                    throw infeasible(where, "the TPU runs Dense on vectors and sequences, not on a rank-"
                            + node.inputShapes().get(0).rank() + " input");
                }
                return Role.MATRIX;
            }
            if (node.layer() instanceof Conv2D) {
                return Role.MATRIX;
            }
            if (node.layer() instanceof Activation a) {
                if (a.function() == ActivationFunction.SOFTMAX) {
                    if (!readers.isEmpty()) {
                        throw infeasible(where, "Softmax runs on the host, so it must be a network output");
                    }
                    return Role.SOFTMAX;
                }
                if (a.function() == ActivationFunction.RELU) {
                    Node src = network.node(node.inputs().get(0));
                    boolean matrix = src.layer() instanceof Dense || src.layer() instanceof Conv2D;
                    if (matrix && network.consumers(src.name()).size() == 1) {
                        return Role.FUSED_RELU;
                    }
                }
                return Role.LOOKUP;
            }
            if (node.layer() instanceof Flatten) {
                for (Node r : readers) {
                    if (!(r.layer() instanceof Dense)) {
                        throw infeasible(where, "a Flatten must feed Dense layers (it is a view on the TPU)");
                    }
                }
                if (readers.isEmpty()) {
                    throw infeasible(where, "a Flatten is a view on the TPU and cannot be a network output");
                }
                return Role.FLATTEN;
            }
            if (node.layer() instanceof Add) {
                return Role.ADD;
            }
            if (node.layer() instanceof Pool2D) {
                return Role.POOL;
            }
            return Role.RECURRENT;
        }

        // ---------------------------------------------------------------- weights

        private void layoutWeights() {
            long address = 0;
            for (Node node : network.nodes()) {
                Role role = roles.get(node.name());
                if (role != Role.MATRIX && role != Role.RECURRENT) {
                    continue;
                }
                List<TileRef> list = new ArrayList<>();
                long start = address;
                for (int[] t : tileShapes(node)) {
                    list.add(new TileRef(address, t[0], t[1]));
                    address += spec.tileBytes();
                }
                tiles.put(node.name(), list);
                if (weights != null) {
                    weights.add(start, Math.toIntExact(usedEnd(list, start) - start), () -> tileBytes(node, list, start));
                }
            }
            weightBytes = address;
            if (address > spec.weightMemoryBytes()) {
                throw new InfeasibleException(spec.name(), "weight memory", "the weight tiles need " + address
                        + " bytes, the weight memory holds " + spec.weightMemoryBytes());
            }
        }

        /** Tile shapes {rows, cols} in layout order. */
        private List<int[]> tileShapes(Node node) {
            List<int[]> shapes = new ArrayList<>();
            if (roles.get(node.name()) == Role.RECURRENT) {
                Recurrent r = recurrent(node);
                for (int part = 0; part < 2; part++) {
                    int k = part == 0 ? r.features : r.units;
                    for (int g = 0; g < r.gateChunks(); g++) {
                        for (int kc = 0; kc < chunks(k, depth); kc++) {
                            shapes.add(new int[] {Math.min(depth, k - kc * depth), Math.min(cols, r.columns - g * cols)});
                        }
                    }
                }
                return shapes;
            }
            Gemm g = gemm(node);
            for (int oc = 0; oc < chunks(g.n, cols); oc++) {
                for (int grp : groupsOf(g, oc)) {
                    for (int kc = 0; kc < chunks(g.window(), depth); kc++) {
                        shapes.add(new int[] {g.tileRows(kc), Math.min(cols, g.n - oc * cols)});
                    }
                }
            }
            return shapes;
        }

        /** The end of the last tile's used bytes: a layer's segment leaves out the last slot's padding. */
        private static long usedEnd(List<TileRef> list, long start) {
            if (list.isEmpty()) {
                return start;
            }
            TileRef last = list.get(list.size() - 1);
            return last.address() + (long) last.rows() * last.cols();
        }

        private byte[] tileBytes(Node node, List<TileRef> list, long start) {
            byte[] out = new byte[Math.toIntExact(usedEnd(list, start) - start)];
            int t = 0;
            if (roles.get(node.name()) == Role.RECURRENT) {
                Recurrent r = recurrent(node);
                QuantizedRecurrentLayer q = quantized.layer(node.name(), QuantizedRecurrentLayer.class);
                for (int part = 0; part < 2; part++) {
                    byte[] w = part == 0 ? q.kernel() : q.recurrent();
                    int k = part == 0 ? r.features : r.units;
                    for (int g = 0; g < r.gateChunks(); g++) {
                        for (int kc = 0; kc < chunks(k, depth); kc++) {
                            TileRef tile = list.get(t++);
                            int base = (int) (tile.address() - start);
                            for (int j = 0; j < tile.rows(); j++) {
                                System.arraycopy(w, (kc * depth + j) * r.columns + g * cols, out,
                                        base + j * tile.cols(), tile.cols());
                            }
                        }
                    }
                }
                return out;
            }
            Gemm g = gemm(node);
            byte[] w = quantized.layer(node.name(), QuantizedMatrixLayer.class).weights();
            ConvolveConfig geometry = g.gathers() ? g.config(node, tensor(g.source.name(), 1)) : null;
            for (int oc = 0; oc < chunks(g.n, cols); oc++) {
                for (int grp : groupsOf(g, oc)) {
                    for (int kc = 0; kc < chunks(g.window(), depth); kc++) {
                        TileRef tile = list.get(t++);
                        int base = (int) (tile.address() - start);
                        for (int j = 0; j < tile.rows(); j++) {
                            int p = kc * depth + j;
                            for (int i = 0; i < tile.cols(); i++) {
                                int o = oc * cols + i;
                                if (o / g.outPerGroup != grp) {
                                    continue;
                                }
                                int index = g.weightIndex(geometry, p, o);
                                if (index >= 0) {
                                    out[base + j * tile.cols() + i] = w[index];
                                }
                            }
                        }
                    }
                }
            }
            return out;
        }

        // ---------------------------------------------------------------- planning

        private static final String PEAK = " peak";

        private int largestPass() {
            if (plan(1) == null) {
                throw infeasibleUb(1);
            }
            int lo = 1;
            int hi = batch;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (plan(mid) != null) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        private InfeasibleException infeasibleUb(int examples) {
            UbAllocator a = new UbAllocator(Long.MAX_VALUE / 4);
            plan(examples, a);
            return new InfeasibleException(spec.name(), "unified buffer", "one example needs " + a.peak()
                    + " rows of " + cols + " bytes live at once (" + mib(a.peak() * cols) + "), the Unified Buffer has "
                    + spec.unifiedBufferRows() + " (" + mib(spec.unifiedBufferRows() * cols) + ")");
        }

        /** Unified Buffer rows for a pass of {@code examples}, or null when it does not fit. */
        private Map<String, Long> plan(int examples) {
            return plan(examples, new UbAllocator(spec.unifiedBufferRows()));
        }

        private Map<String, Long> plan(int examples, UbAllocator allocator) {
            Map<String, Long> bases = new HashMap<>();
            List<Node> nodes = network.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                String name = node.name();
                Role role = roles.get(name);
                if (produces(role)) {
                    long base = allocator.allocate(tensor(name, examples).rows());
                    if (base < 0) {
                        return null;
                    }
                    bases.put(name, base);
                }
                if (role == Role.RECURRENT) {
                    Recurrent r = recurrent(node);
                    long hidden = r.returnSequences ? (long) r.hiddenChunks() * examples : 0;
                    long cell = r.lstm ? (long) r.cellChunks() * examples : 0;
                    long hiddenBase = hidden > 0 ? allocator.allocate(hidden) : 0;
                    long cellBase = cell > 0 ? allocator.allocate(cell) : 0;
                    if (hiddenBase < 0 || cellBase < 0) {
                        return null;
                    }
                    bases.put(name + "#hidden", hiddenBase);
                    bases.put(name + "#cell", cellBase);
                    if (hidden > 0) {
                        allocator.free(hiddenBase, hidden);
                    }
                    if (cell > 0) {
                        allocator.free(cellBase, cell);
                    }
                }
                for (Node done : nodes.subList(0, i + 1)) {
                    String s = done.name();
                    if (produces(roles.get(s)) && lastUse.get(s) == i) {
                        allocator.free(bases.get(s), tensor(s, examples).rows());
                    }
                }
            }
            bases.put(PEAK, allocator.peak());
            return bases;
        }

        private boolean produces(Role role) {
            return switch (role) {
                case INPUT, EMBEDDING, MATRIX, LOOKUP, ADD, POOL, RECURRENT -> true;
                default -> false;
            };
        }

        private long zeroRegionRows(int examples) {
            long rows = 0;
            for (Node node : network.nodes()) {
                if (roles.get(node.name()) == Role.RECURRENT) {
                    Recurrent r = recurrent(node);
                    rows = Math.max(rows, (long) Math.max(r.hiddenChunks(), r.lstm ? r.cellChunks() : 0) * examples);
                }
            }
            return rows;
        }

        /** The layout (at row 0) of the tensor a node stores, for {@code examples}. */
        private UbTensor tensor(String name, int examples) {
            Node node = network.node(name);
            TensorShape shape = node.outputShape();
            boolean packed = roles.get(name) == Role.INPUT && shape.rank() == 3 && shape.dim(0) < PACKED_CHANNELS;
            return TensorView.of(shape).layout(examples, cols, packed);
        }

        // ---------------------------------------------------------------- layer geometry

        /**
         * A matrix layer's GEMM: its outputs, groups, and reduction. A gathering layer (convolution,
         * Dense after Flatten) orders its window as the cheapest of channel-major, tap-major, and
         * tap-major with each tap's channels padded to whole rows, counting the Unified Buffer rows
         * the data setup reads per gathered row over all reduction chunks (ties: fewer chunks).
         */
        private final class Gemm {
            final boolean conv;
            final int n;
            final int groups;
            final int outPerGroup;
            final Node source;
            final TensorView sourceView;
            final int kernelH;
            final int kernelW;
            final boolean flattened;
            final int channelsPerGroup;
            final int features;
            final KernelOrder order;
            final int channelStride;
            final Node node;

            Gemm(Node node) {
                this.node = node;
                if (node.layer() instanceof Conv2D c) {
                    conv = true;
                    n = c.outChannels();
                    groups = c.groups();
                    source = network.node(node.inputs().get(0));
                    sourceView = TensorView.of(node.inputShapes().get(0));
                    kernelH = c.kernelH();
                    kernelW = c.kernelW();
                    flattened = false;
                } else {
                    Dense d = (Dense) node.layer();
                    conv = false;
                    n = d.units();
                    groups = 1;
                    Node src = network.node(node.inputs().get(0));
                    flattened = src.layer() instanceof Flatten;
                    source = flattened ? network.node(src.inputs().get(0)) : src;
                    sourceView = TensorView.of(source.outputShape());
                    kernelH = flattened ? sourceView.height() : 1;
                    kernelW = flattened ? sourceView.width() : 1;
                }
                outPerGroup = n / groups;
                channelsPerGroup = sourceView.channels() / groups;
                features = node.inputShapes().get(0).last();
                if (!gathers()) {
                    order = KernelOrder.CHANNEL_MAJOR;
                    channelStride = channelsPerGroup;
                    return;
                }
                UbTensor layout = tensor(source.name(), 1);
                KernelOrder bestOrder = KernelOrder.CHANNEL_MAJOR;
                int bestStride = channelsPerGroup;
                long bestCost = Long.MAX_VALUE;
                int bestChunks = Integer.MAX_VALUE;
                int padded = chunks(channelsPerGroup, depth) * depth;
                Object[][] candidates = {{KernelOrder.CHANNEL_MAJOR, channelsPerGroup},
                    {KernelOrder.TAP_MAJOR, channelsPerGroup}, {KernelOrder.TAP_MAJOR, padded}};
                for (Object[] cand : candidates) {
                    ConvolveConfig probe = config(node, layout, (KernelOrder) cand[0], (Integer) cand[1]);
                    int count = chunks(probe.windowSize(), depth);
                    long cost = 0;
                    for (int kc = 0; kc < count; kc++) {
                        cost += (probe.gatherRows(kc, depth) + spec.ubRowsPerCycle() - 1) / spec.ubRowsPerCycle();
                    }
                    if (cost < bestCost || cost == bestCost && count < bestChunks) {
                        bestCost = cost;
                        bestChunks = count;
                        bestOrder = (KernelOrder) cand[0];
                        bestStride = (Integer) cand[1];
                    }
                }
                order = bestOrder;
                channelStride = bestStride;
            }

            /** Whether the layer gathers windows (Convolve) rather than reading rows (MatrixMultiply). */
            boolean gathers() {
                return conv || flattened;
            }

            /** Reduction positions of one group, padding included. */
            int window() {
                return gathers() ? channelStride * kernelH * kernelW : features;
            }

            /** The convolution geometry over the input laid out as {@code layout}. */
            ConvolveConfig config(Node node, UbTensor layout) {
                return config(node, layout, order, channelStride);
            }

            private ConvolveConfig config(Node node, UbTensor layout, KernelOrder o, int stride) {
                if (node.layer() instanceof Conv2D c) {
                    TensorShape out = node.outputShape();
                    return new ConvolveConfig(layout, c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padH(),
                            c.padW(), out.dim(1), out.dim(2), channelsPerGroup, stride, o);
                }
                return new ConvolveConfig(layout, kernelH, kernelW, 1, 1, 0, 0, 1, 1, channelsPerGroup, stride, o);
            }

            /** Weight tile rows of reduction chunk {@code kc}. */
            int tileRows(int kc) {
                if (!gathers()) {
                    return Math.min(depth, features - kc * depth);
                }
                return config(node, tensor(source.name(), 1)).chunkRows(kc, depth);
            }

            /** The index in the layer's IR weights of reduction position {@code p} of output {@code o}, or -1 for padding. */
            int weightIndex(ConvolveConfig geometry, int p, int o) {
                if (!gathers()) {
                    return p * n + o;
                }
                if (geometry.padding(p)) {
                    return -1;
                }
                int c = geometry.channelOf(p);
                int r = geometry.rowOf(p);
                int s = geometry.columnOf(p);
                if (conv) {
                    return o * channelsPerGroup * kernelH * kernelW + (c * kernelH + r) * kernelW + s;
                }
                return sourceView.flatIndex(c, r, s) * n + o;
            }
        }

        private Gemm gemm(Node node) {
            return new Gemm(node);
        }

        private List<Integer> groupsOf(Gemm g, int oc) {
            List<Integer> list = new ArrayList<>();
            int first = oc * cols / g.outPerGroup;
            int last = (Math.min(g.n, (oc + 1) * cols) - 1) / g.outPerGroup;
            for (int grp = first; grp <= last; grp++) {
                list.add(grp);
            }
            return list;
        }

        /** An LSTM or GRU layer's sizes. */
        private record Recurrent(boolean lstm, int units, int features, int steps, int columns, boolean returnSequences,
                int rowBytes) {
            int gateChunks() {
                return chunks(columns, rowBytes);
            }

            int hiddenChunks() {
                return chunks(units, rowBytes);
            }

            int cellChunks() {
                return chunks(units, rowBytes / 2);
            }
        }

        private Recurrent recurrent(Node node) {
            TensorShape in = node.inputShapes().get(0);
            if (node.layer() instanceof Lstm l) {
                return new Recurrent(true, l.units(), in.dim(1), in.dim(0), 4 * l.units(), l.returnSequences(), cols);
            }
            Gru g = (Gru) node.layer();
            return new Recurrent(false, g.units(), in.dim(1), in.dim(0), 3 * g.units(), g.returnSequences(), cols);
        }

        // ---------------------------------------------------------------- emission

        /** Emits one pass over the network. */
        private final class PassEmitter {
            private final ProgramBuilder b;
            private final List<TensorTransfer> transfers;
            private final Map<String, Long> plan;
            private final int first;
            private final int examples;
            private final int pass;
            private final long zeroAddress;
            private int accHalfIndex;

            PassEmitter(ProgramBuilder b, List<TensorTransfer> transfers, Map<String, Long> plan, int first, int examples,
                    int pass, long zeroAddress) {
                this.b = b;
                this.transfers = transfers;
                this.plan = plan;
                this.first = first;
                this.examples = examples;
                this.pass = pass;
                this.zeroAddress = zeroAddress;
            }

            private UbTensor placed(String name) {
                String s = storage.get(name);
                return tensor(s, examples).at(plan.get(s));
            }

            void emit() {
                for (Node node : network.nodes()) {
                    String name = node.name();
                    switch (roles.get(name)) {
                        case INPUT -> hostInput(node, TensorTransfer.Kind.NETWORK_INPUT);
                        case EMBEDDING -> hostInput(node, TensorTransfer.Kind.EMBEDDING);
                        case MATRIX -> emitMatrix(node);
                        case RECURRENT -> emitRecurrent(node);
                        case LOOKUP -> emitLookup(node);
                        case ADD -> emitAdd(node);
                        case POOL -> emitPool(node);
                        case TOKENS, FUSED_RELU, FLATTEN, SOFTMAX -> {
                        }
                    }
                    if (outputs.contains(name)) {
                        output(node);
                    }
                }
            }

            private void hostInput(Node node, TensorTransfer.Kind kind) {
                UbTensor t = placed(node.name());
                String region = node.name() + "#" + pass;
                long address = b.region(region, t.bytes(), HostRegion.Kind.INPUT);
                transfers.add(new TensorTransfer(node.name(), region, t.at(0), first, kind));
                b.add(TpuInstruction.readHostMemory(address, t.baseRow(), t.rows()), null);
            }

            private void output(Node node) {
                boolean softmax = roles.get(node.name()) == Role.SOFTMAX;
                String stored = softmax ? node.inputs().get(0) : node.name();
                UbTensor t = placed(stored);
                String region = node.name() + "#" + pass + (softmax ? "#logits" : "");
                long address = b.region(region, t.bytes(), HostRegion.Kind.OUTPUT);
                transfers.add(new TensorTransfer(node.name(), region, t.at(0), first,
                        softmax ? TensorTransfer.Kind.SOFTMAX_INPUT : TensorTransfer.Kind.OUTPUT));
                b.add(TpuInstruction.writeHostMemory(t.baseRow(), address, t.rows()), null);
            }

            private void emitMatrix(Node node) {
                Gemm g = gemm(node);
                UbTensor out = placed(node.name());
                UbTensor in = placed(g.source.name());
                List<TileRef> layerTiles = tiles.get(node.name());
                int outChunks = chunks(g.n, cols);
                long rows = g.gathers() ? (long) examples * (g.conv ? out.pixels() : 1) : in.rows() / in.chunks();
                List<ActivationConfig> acts = new ArrayList<>();
                for (int oc = 0; oc < outChunks; oc++) {
                    acts.add(activationConfig(node, oc, Math.min(cols, g.n - oc * cols)));
                }
                ConvolveConfig conv = g.gathers() ? g.config(node, in.at(0)) : null;
                List<TpuConfig> used = new ArrayList<>(acts);
                if (conv != null) {
                    used.add(conv);
                }
                b.loadConfigs(used, node.name());
                int rowsPerChunk = balanced(rows, accHalf);
                for (long r0 = 0; r0 < rows; r0 += rowsPerChunk) {
                    int n = (int) Math.min(rowsPerChunk, rows - r0);
                    int tile = 0;
                    for (int oc = 0; oc < outChunks; oc++) {
                        int acc = nextHalf();
                        boolean firstTile = true;
                        for (int grp : groupsOf(g, oc)) {
                            for (int kc = 0; kc < chunks(g.window(), depth); kc++) {
                                TileRef t = layerTiles.get(tile++);
                                int flags = firstTile ? 0 : TpuFlags.ACCUMULATE;
                                firstTile = false;
                                if (g.gathers()) {
                                    b.matrix(t, TpuInstruction.convolve(flags, in.baseRow(), acc, r0, n, kc, grp, 0),
                                            conv);
                                } else {
                                    b.matrix(t, TpuInstruction.matrixMultiply(flags, in.chunkRow(kc) + r0, acc, n), null);
                                }
                            }
                        }
                        b.add(TpuInstruction.activate(acc, out.chunkRow(oc) + r0, n, 0), acts.get(oc));
                    }
                }
            }

            /** At most {@code max} rows per chunk, in as few chunks as possible, all about the same size. */
            private int balanced(long rows, int max) {
                long count = (rows + max - 1) / max;
                return (int) ((rows + count - 1) / count);
            }

            private int nextHalf() {
                int base = accHalfIndex * accHalf;
                accHalfIndex ^= 1;
                return base;
            }

            private void emitRecurrent(Node node) {
                Recurrent r = recurrent(node);
                UbTensor x = placed(node.inputs().get(0));
                UbTensor out = placed(node.name());
                String name = node.name();
                long hiddenRow = r.returnSequences ? plan.get(name + "#hidden") : out.baseRow();
                long cellRow = r.lstm ? plan.get(name + "#cell") : 0;
                long outputStride = r.returnSequences ? (long) r.steps * examples : examples;
                int g = r.gateChunks();
                if (2L * g * examples > accHalf) {
                    throw infeasible("layer '" + name + "'", "accumulators: a step of " + examples + " examples needs "
                            + 2L * g * examples + " accumulator rows (input and recurrent parts of " + g
                            + " gate chunks), half the accumulators hold " + accHalf);
                }
                RecurrentConfig config = recurrentConfig(node, r, hiddenRow, cellRow, outputStride);
                b.loadConfigs(List.of(config), name);
                b.add(TpuInstruction.readHostMemory(zeroAddress, hiddenRow, (long) r.hiddenChunks() * examples), null);
                if (r.lstm) {
                    b.add(TpuInstruction.readHostMemory(zeroAddress, cellRow, (long) r.cellChunks() * examples), null);
                }
                List<TileRef> layerTiles = tiles.get(name);
                int kernelChunks = chunks(r.features, depth);
                int hiddenChunks = chunks(r.units, depth);
                for (int t = 0; t < r.steps; t++) {
                    int accBase = nextHalf();
                    for (int gc = 0; gc < g; gc++) {
                        for (int kc = 0; kc < kernelChunks; kc++) {
                            b.matrix(layerTiles.get(gc * kernelChunks + kc), TpuInstruction.matrixMultiply(
                                    kc == 0 ? 0 : TpuFlags.ACCUMULATE, x.chunkRow(kc) + (long) t * examples,
                                    accBase + gc * examples, examples), null);
                        }
                    }
                    int offset = g * kernelChunks;
                    for (int gc = 0; gc < g; gc++) {
                        for (int hc = 0; hc < hiddenChunks; hc++) {
                            b.matrix(layerTiles.get(offset + gc * hiddenChunks + hc), TpuInstruction.matrixMultiply(
                                    hc == 0 ? 0 : TpuFlags.ACCUMULATE, hiddenRow + (long) hc * examples,
                                    accBase + (g + gc) * examples, examples), null);
                        }
                    }
                    long dst = r.returnSequences ? out.chunkRow(0) + (long) t * examples : hiddenRow;
                    b.add(TpuInstruction.activate(accBase, dst, examples, 0), config);
                }
            }

            private void emitLookup(Node node) {
                UbTensor in = placed(node.inputs().get(0));
                UbTensor out = placed(node.name());
                Activation a = (Activation) node.layer();
                byte[] table = new byte[256];
                if (a.function() == ActivationFunction.RELU) {
                    for (int q = -128; q <= 127; q++) {
                        table[q + 128] = (byte) Math.max(q, 0);
                    }
                } else if (quantized != null) {
                    table = quantized.layer(node.name(), QuantizedTableActivation.class).table();
                }
                LookupConfig config = new LookupConfig(Math.min(cols, in.layout() == UbLayout.PACKED ? cols
                        : in.channels()), table);
                b.loadConfigs(List.of(config), node.name());
                b.add(TpuInstruction.vector(in.baseRow(), out.baseRow(), in.rows(), 0), config);
            }

            private void emitAdd(Node node) {
                UbTensor x = placed(node.inputs().get(0));
                UbTensor y = placed(node.inputs().get(1));
                UbTensor out = placed(node.name());
                if (x.layout() != y.layout() || x.layout() == UbLayout.PACKED) {
                    throw infeasible("layer '" + node.name() + "' (Add)", "both inputs must be chunked tensors of the"
                            + " same layout");
                }
                TwoTermMultiplier m = quantized == null ? new TwoTermMultiplier(0, 0, 31)
                        : quantized.layer(node.name(), QuantizedAdd.class).multiplier();
                AddConfig config = new AddConfig(y.baseRow() - x.baseRow(), Math.min(cols, x.channels()), m);
                b.loadConfigs(List.of(config), node.name());
                b.add(TpuInstruction.vector(x.baseRow(), out.baseRow(), x.rows(), 0), config);
            }

            private void emitPool(Node node) {
                UbTensor in = placed(node.inputs().get(0));
                UbTensor out = placed(node.name());
                if (in.layout() != UbLayout.PIXEL_MAJOR) {
                    throw infeasible("layer '" + node.name() + "' (" + node.layer().kind() + ")",
                            "pooling reads a chunked feature map, not a packed network input");
                }
                Pool2D p = (Pool2D) node.layer();
                List<PoolConfig> list = new ArrayList<>();
                for (int ch = 0; ch < in.chunks(); ch++) {
                    list.add(new PoolConfig(p.mode(), in.height(), in.width(), out.height(), out.width(), p.kernelH(),
                            p.kernelW(), p.strideH(), p.strideW(), p.padH(), p.padW(),
                            Math.min(cols, in.channels() - ch * cols)));
                }
                b.loadConfigs(new ArrayList<>(list), node.name());
                for (int ch = 0; ch < in.chunks(); ch++) {
                    b.add(TpuInstruction.vector(in.chunkRow(ch), out.chunkRow(ch), (long) examples * out.pixels(), 0),
                            list.get(ch));
                }
            }
        }

        // ---------------------------------------------------------------- configuration blocks

        private ActivationConfig activationConfig(Node node, int oc, int width) {
            int[] bias = new int[width];
            FixedPointMultiplier[] m = new FixedPointMultiplier[width];
            boolean relu = network.consumers(node.name()).stream()
                    .anyMatch(c -> roles.get(c.name()) == Role.FUSED_RELU);
            if (quantized == null) {
                Arrays.fill(m, new FixedPointMultiplier(0, 31));
                return new ActivationConfig(width, bias, m, relu);
            }
            QuantizedMatrixLayer q = quantized.layer(node.name(), QuantizedMatrixLayer.class);
            int[] allBias = q.bias();
            FixedPointMultiplier[] all = q.multipliers();
            for (int i = 0; i < width; i++) {
                bias[i] = allBias[oc * cols + i];
                m[i] = all[oc * cols + i];
            }
            return new ActivationConfig(width, bias, m, relu);
        }

        private RecurrentConfig recurrentConfig(Node node, Recurrent r, long hiddenRow, long cellRow, long stride) {
            if (quantized == null) {
                TwoTermMultiplier[] m = new TwoTermMultiplier[r.columns];
                Arrays.fill(m, new TwoTermMultiplier(0, 0, 31));
                return new RecurrentConfig(r.lstm, r.units, cols, m, new int[r.columns], new int[r.columns], hiddenRow,
                        cellRow, stride);
            }
            QuantizedRecurrentLayer q = quantized.layer(node.name(), QuantizedRecurrentLayer.class);
            return new RecurrentConfig(r.lstm, r.units, cols, q.gateMultipliers(), q.kernelBias(), q.recurrentBias(),
                    hiddenRow, cellRow, stride);
        }

        private InfeasibleException infeasible(String where, String detail) {
            return new InfeasibleException(spec.name(), where, detail);
        }
    }

    private static int chunks(long n, int size) {
        return (int) ((n + size - 1) / size);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
