// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.compilers.search.ExhaustiveSearch;
import org.sinapsis.compilers.search.Mapper;
import org.sinapsis.compilers.search.SearchListener;
import org.sinapsis.compilers.search.SearchResult;
import org.sinapsis.compilers.search.SearchStrategyFactory;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.isa.program.FpgaBufferNeeds;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.isa.program.FpgaVectorOp;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;

/**
 * Compiles a network for an FPGA by roofline-driven loop tiling (Zhang et al., FPGA 2015): a
 * cross-layer search picks one PE array {@code <Tm, Tn>} for all layers (the least total cycles,
 * then the fewest lanes, then the smaller Tm), with each layer's tile {@code <Tr, Tc>} chosen
 * inside it (see {@link FpgaNetworkEvaluator}), and the result becomes an {@link FpgaProgram}. A
 * per-layer search gives each layer's own best design, the table Zhang et al. start from.
 *
 * <p>Every cost comes from the injected {@link Evaluator} (the CLI injects the simulator's
 * analytical model); the compiler never models the machine itself. Dense layers are 1x1
 * convolutions over the batch, LSTM and GRU layers matrix-vector products per time step
 * ({@link FpgaLayerShape}); every other layer becomes element-wise work after the preceding kernel.
 */
public final class FpgaCompiler {
    private final Evaluator<FpgaSpec, FpgaTiling> evaluator;
    private final int threads;

    /**
     * @param evaluator costs one layer's tiling
     * @param threads search threads, at least 1 (the result does not depend on it)
     */
    public FpgaCompiler(Evaluator<FpgaSpec, FpgaTiling> evaluator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.evaluator = evaluator;
        this.threads = threads;
    }

    /**
     * The cross-layer search, exhaustive, and the program of the best design.
     *
     * @throws InfeasibleException when the network has no matrix layer or no design is legal (the
     *     message names the resource of the first illegal design)
     * @throws IllegalArgumentException when {@code spec} has no datapath for {@code precision}
     */
    public FpgaCompilation compile(Network network, int batch, FpgaSpec spec, Precision precision) {
        FpgaArraySearch search = searchArray(network, batch, spec, precision, ExhaustiveSearch.factory(),
                SearchListener.none(), true);
        return new FpgaCompilation(program(network, batch, spec, search.chosen()), search);
    }

    /** The cross-layer design space {@link #searchArray} searches. */
    public FpgaArraySpace arraySpace(Network network, int batch, FpgaSpec spec, Precision precision) {
        FpgaDatapath datapath = datapath(spec, precision);
        List<Node> matrix = matrixNodes(network, spec);
        return arraySpace(network, batch, spec, datapath,
                new FpgaNetworkEvaluator(evaluator, spec, datapath, matrix, batch));
    }

    private static FpgaArraySpace arraySpace(Network network, int batch, FpgaSpec spec, FpgaDatapath datapath,
            FpgaNetworkEvaluator networkEvaluator) {
        long weightBits = (long) Math.ceil(network.layers().stream().filter(n -> n.layer().matrixWork())
                .mapToLong(n -> FpgaLayerShape.of(n, batch).weightValues()).sum() * datapath.storageBitsPerValue());
        boolean residentPossible = weightBits <= (long) spec.acceleratorBramBlocks() * spec.bramBlockBits();
        return new FpgaArraySpace(spec, datapath, networkEvaluator.shapes(), residentPossible,
                networkEvaluator::lowerBoundCycles);
    }

    /** The design space of layer {@code nodeName} on its own, as {@link #searchLayer} searches it. */
    public FpgaLayerSpace layerSpace(Network network, String nodeName, int batch, FpgaSpec spec, Precision precision) {
        return new FpgaLayerSpace(spec, datapath(spec, precision), FpgaLayerShape.of(network.node(nodeName), batch));
    }

    /**
     * Searches the cross-layer design space with {@code strategies}; {@code listener} hears every
     * evaluated design (from the search threads).
     *
     * @param prune skip designs whose cycle lower bound cannot beat the best so far (same choice,
     *     fewer evaluations; leave it off to list every design)
     * @throws InfeasibleException when the network has no matrix layer or no design is legal
     */
    public FpgaArraySearch searchArray(Network network, int batch, FpgaSpec spec, Precision precision,
            SearchStrategyFactory strategies, SearchListener<FpgaArrayDesign> listener, boolean prune) {
        FpgaDatapath datapath = datapath(spec, precision);
        List<Node> matrix = matrixNodes(network, spec);
        FpgaNetworkEvaluator networkEvaluator = new FpgaNetworkEvaluator(evaluator, spec, datapath, matrix, batch);
        FpgaArraySpace space = arraySpace(network, batch, spec, datapath, networkEvaluator);
        Mapper<FpgaArrayDesign> mapper = new Mapper<>(space, d -> networkEvaluator.evaluate(d).evaluation(),
                Evaluation::cycles, Comparator.comparingLong(FpgaArrayDesign::lanes)
                        .thenComparing(FpgaArrayDesign::weightsResident)
                        .thenComparingInt(FpgaArrayDesign::tm));
        SearchResult<FpgaArrayDesign> result = mapper.search(strategies, threads, listener,
                prune ? d -> networkEvaluator.lowerBoundCycles(d) : null);
        if (result.best().isEmpty()) {
            EvalStatus why = result.firstIllegal().map(c -> c.evaluation().failures().get(0))
                    .orElse(EvalStatus.fail("design space", "no array fits " + space.maxLanes() + " lanes"));
            throw new InfeasibleException(spec.name(), why.level(), "no design of the " + space.size()
                    + " explored is legal; " + describeFirst(result, why));
        }
        return new FpgaArraySearch(space, result, networkEvaluator.evaluate(result.best().get().point()));
    }

    private static String describeFirst(SearchResult<FpgaArrayDesign> result, EvalStatus why) {
        return result.firstIllegal().map(c -> "e.g. " + c.point() + ": " + why.reason()).orElse(why.reason());
    }

    /**
     * Each distinct layer shape's own best design (over its {@link FpgaLayerSpace}, skipping the
     * designs whose cycle lower bound cannot beat the best so far), in network order.
     *
     * @param listener hears every evaluated design of every layer, with the layer's shape
     */
    public List<FpgaLayerOptimum> searchPerLayer(Network network, int batch, FpgaSpec spec, Precision precision,
            LayerListener listener) {
        FpgaDatapath datapath = datapath(spec, precision);
        Map<FpgaLayerShape, List<Node>> byShape = new LinkedHashMap<>();
        for (Node n : matrixNodes(network, spec)) {
            byShape.computeIfAbsent(FpgaLayerShape.of(n, batch), k -> new ArrayList<>()).add(n);
        }
        List<FpgaLayerOptimum> out = new ArrayList<>();
        for (List<Node> nodes : byShape.values()) {
            out.add(searchShape(nodes, batch, spec, datapath, ExhaustiveSearch.factory(), listener, true));
        }
        return out;
    }

    /**
     * The best design of the layer {@code nodeName} on its own, searched with {@code strategies}
     * (every design evaluated, for listing).
     *
     * @throws IllegalArgumentException when the network has no such matrix layer
     */
    public FpgaLayerOptimum searchLayer(Network network, String nodeName, int batch, FpgaSpec spec,
            Precision precision, SearchStrategyFactory strategies, LayerListener listener) {
        Node node = network.node(nodeName);
        if (!node.layer().matrixWork()) {
            throw new IllegalArgumentException("layer '" + nodeName + "' (" + node.layer().kind()
                    + ") has no matrix work for the PE array");
        }
        return searchShape(List.of(node), batch, spec, datapath(spec, precision), strategies, listener, false);
    }

    private FpgaLayerOptimum searchShape(List<Node> nodes, int batch, FpgaSpec spec, FpgaDatapath datapath,
            SearchStrategyFactory strategies, LayerListener listener, boolean prune) {
        FpgaLayerShape shape = FpgaLayerShape.of(nodes.get(0), batch);
        LayerWork work = new LayerWork(nodes.get(0), batch);
        FpgaLayerSpace space = new FpgaLayerSpace(spec, datapath, shape);
        Mapper<FpgaTiling> mapper = new Mapper<>(space, t -> evaluator.evaluate(work, spec, t),
                Evaluation::cycles, Comparator.comparingLong(FpgaTiling::lanes)
                        .thenComparingLong(t -> (long) t.tr() * t.tc()).thenComparing(FpgaTiling::weightsResident)
                        .thenComparingInt(FpgaTiling::tm));
        long steps = (long) shape.batch() * shape.groups() * shape.timesteps() * shape.outRows() * shape.outCols()
                * shape.kernelH() * shape.kernelW();
        SearchResult<FpgaTiling> r = mapper.search(strategies, threads,
                (index, point, evaluation, cost) -> listener.explored(shape, index, point, evaluation),
                prune ? t -> steps * ((shape.outChannels() + t.tm() - 1) / t.tm())
                        * ((shape.inChannels() + t.tn() - 1) / t.tn()) : null);
        if (r.best().isEmpty()) {
            EvalStatus why = r.firstIllegal().map(c -> c.evaluation().failures().get(0))
                    .orElse(EvalStatus.fail("design space", "no design was explored"));
            throw new InfeasibleException(spec.name(), why.level(), "layer '" + nodes.get(0).name()
                    + "' has no legal design; " + why.reason());
        }
        return new FpgaLayerOptimum(nodes.stream().map(Node::name).toList(), shape, r.best().get(), space.size(),
                r.explored(), r.legal());
    }

    /** Hears every design of a per-layer search (thread-safe). */
    @FunctionalInterface
    public interface LayerListener {
        /** Design {@code index} of the layer of {@code shape} was evaluated. */
        void explored(FpgaLayerShape shape, long index, FpgaTiling tiling, Evaluation evaluation);

        /** A listener that ignores everything. */
        static LayerListener none() {
            return (shape, index, tiling, evaluation) -> {
            };
        }
    }

    /**
     * The program of a chosen design: one kernel per matrix layer with its shape's tile, the other
     * layers as element-wise work after the kernel before them, buffers sized for the largest tile
     * of any layer.
     */
    public FpgaProgram program(Network network, int batch, FpgaSpec spec, FpgaDesignEvaluation chosen) {
        Map<FpgaLayerShape, FpgaTiling> tileByShape = new LinkedHashMap<>();
        for (FpgaLayerTile t : chosen.tiles()) {
            tileByShape.put(t.shape(), t.tiling());
        }
        FpgaArrayDesign d = chosen.design();
        Precision precision = chosen.tiles().get(0).tiling().precision();
        List<FpgaVectorOp> leading = new ArrayList<>();
        List<KernelDraft> drafts = new ArrayList<>();
        FpgaBufferNeeds needs = null;
        for (Node n : network.layers()) {
            if (n.layer().matrixWork()) {
                FpgaLayerShape shape = FpgaLayerShape.of(n, batch);
                FpgaTiling t = tileByShape.get(shape);
                FpgaBufferNeeds k = FpgaBufferNeeds.of(shape, t);
                needs = needs == null ? k : needs.union(k);
                drafts.add(new KernelDraft(n, shape, t, new ArrayList<>()));
            } else {
                FpgaVectorOp op = vectorOp(n, batch);
                (drafts.isEmpty() ? leading : drafts.get(drafts.size() - 1).ops()).add(op);
            }
        }
        List<FpgaKernel> kernels = new ArrayList<>();
        for (KernelDraft k : drafts) {
            kernels.add(new FpgaKernel(k.node().name(), describe(k.node()), k.shape(), k.tiling().tr(), k.tiling().tc(),
                    d.weightsResident(), true, k.ops()));
        }
        return new FpgaProgram(network.name(), spec.name(), precision, d.tm(), d.tn(), needs.inputWordsPerBank(),
                needs.weightWordsPerBank(), needs.outputWordsPerBank(), true, leading, kernels);
    }

    private record KernelDraft(Node node, FpgaLayerShape shape, FpgaTiling tiling, List<FpgaVectorOp> ops) {
    }

    /**
     * A layer without matrix work as element operations: activations one per value (softmax
     * three: exponent, sum, divide), pooling one per window read, additions one per value, an
     * embedding one copy per value, a flatten none.
     */
    static FpgaVectorOp vectorOp(Node n, int batch) {
        long values = n.outputShape().elements() * batch;
        long ops;
        if (n.layer() instanceof Activation a) {
            ops = a.function() == ActivationFunction.SOFTMAX ? 3 * values : values;
        } else if (n.layer() instanceof Pool2D p) {
            ops = values * p.kernelH() * p.kernelW();
        } else if (n.layer().kind().equals("Flatten")) {
            ops = 0;
        } else {
            ops = values;
        }
        return new FpgaVectorOp(n.name(), describe(n), ops);
    }

    private static String describe(Node n) {
        String d = n.layer().describe();
        return d.isEmpty() ? n.layer().kind() : n.layer().kind() + " " + d;
    }

    private static FpgaDatapath datapath(FpgaSpec spec, Precision precision) {
        return spec.datapath(precision).orElseThrow(() -> new IllegalArgumentException(spec.name()
                + " has no " + precision.label() + " datapath"));
    }

    private static List<Node> matrixNodes(Network network, FpgaSpec spec) {
        List<Node> matrix = network.layers().stream().filter(n -> n.layer().matrixWork()).toList();
        if (matrix.isEmpty()) {
            throw new InfeasibleException(spec.name(), "PE array", "network '" + network.name()
                    + "' has no convolution, dense or recurrent layer to map");
        }
        return matrix;
    }
}
