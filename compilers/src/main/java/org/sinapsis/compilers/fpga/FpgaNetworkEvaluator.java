// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.isa.program.FpgaBufferNeeds;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaResourceEstimate;
import org.sinapsis.isa.program.FpgaResources;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.networks.ir.Node;

/**
 * Costs one cross-layer design on a whole network with the injected evaluator: for every distinct
 * layer shape it tries every tile {@code <Tr, Tc>} (the values {@code ceil(R / k)},
 * {@code ceil(C / k)}), keeps the tiles no other tile beats in cycles, input blocks and output
 * blocks at once, and then picks one tile per shape so that the buffers the hardware needs (the
 * largest input and output tile of any layer, plus the weights) fit the block RAM and the summed
 * cycles are least. This is Zhang et al.'s cross-layer step with their per-layer tile choice
 * inside it.
 */
final class FpgaNetworkEvaluator {
    private final Evaluator<FpgaSpec, FpgaTiling> evaluator;
    private final FpgaSpec spec;
    private final FpgaDatapath datapath;
    private final List<ShapeGroup> groups;
    private final long maxKernel;
    private final int batch;

    /** Layers of one shape: a representative node, how many there are, and the tiles to try. */
    private record ShapeGroup(Node node, FpgaLayerShape shape, int count, int[] trs, int[] tcs) {
    }

    /** A tile worth keeping for one shape. */
    private record Option(FpgaTiling tiling, Evaluation evaluation, long inputBlocks, long outputBlocks) {
    }

    FpgaNetworkEvaluator(Evaluator<FpgaSpec, FpgaTiling> evaluator, FpgaSpec spec, FpgaDatapath datapath,
            List<Node> matrixNodes, int batch) {
        this.evaluator = evaluator;
        this.spec = spec;
        this.datapath = datapath;
        Map<FpgaLayerShape, List<Node>> byShape = new LinkedHashMap<>();
        for (Node n : matrixNodes) {
            byShape.computeIfAbsent(FpgaLayerShape.of(n, batch), k -> new ArrayList<>()).add(n);
        }
        List<ShapeGroup> list = new ArrayList<>();
        long kernel = 1;
        for (Map.Entry<FpgaLayerShape, List<Node>> e : byShape.entrySet()) {
            FpgaLayerShape s = e.getKey();
            list.add(new ShapeGroup(e.getValue().get(0), s, e.getValue().size(),
                    UnrollFactors.of(List.of(s.outRows())), UnrollFactors.of(List.of(s.outCols()))));
            kernel = Math.max(kernel, (long) s.kernelH() * s.kernelW());
        }
        this.groups = List.copyOf(list);
        this.maxKernel = kernel;
        this.batch = batch;
    }

    /** The layer shapes, in network order. */
    List<FpgaLayerShape> shapes() {
        return groups.stream().map(ShapeGroup::shape).toList();
    }

    /**
     * Cycles no evaluation of {@code design} can beat: the array does at most one Tm x Tn block of
     * MACs per cycle, so a layer takes at least
     * {@code batch groups T ceil(M/Tm) ceil(N/Tn) R C Kh Kw} cycles.
     */
    long lowerBoundCycles(FpgaArrayDesign design) {
        long cycles = 0;
        for (ShapeGroup g : groups) {
            FpgaLayerShape s = g.shape();
            cycles += g.count() * (long) s.batch() * s.groups() * s.timesteps()
                    * ((s.outChannels() + design.tm() - 1) / design.tm())
                    * ((s.inChannels() + design.tn() - 1) / design.tn())
                    * s.outRows() * s.outCols() * s.kernelH() * s.kernelW();
        }
        return cycles;
    }

    /** Weight values per lane when every layer's weights are resident under {@code design}. */
    long residentWordsPerBank(FpgaArrayDesign design) {
        long words = 0;
        for (ShapeGroup g : groups) {
            FpgaTiling t = new FpgaTiling(datapath.precision(), design.tm(), design.tn(), 1, 1, true);
            words += g.count() * FpgaBufferNeeds.of(g.shape(), t).weightWordsPerBank();
        }
        return words;
    }

    /** Evaluates {@code design} on the network. */
    FpgaDesignEvaluation evaluate(FpgaArrayDesign design) {
        long lanes = design.lanes();
        FpgaResourceEstimate minimal = FpgaResources.estimate(spec, datapath, design.tm(), design.tn(),
                new FpgaBufferNeeds(1, 1, 1, false), true);
        List<EvalStatus> logic = new ArrayList<>();
        for (EvalStatus s : minimal.statuses(spec)) {
            if (!s.level().equals("bram")) {
                logic.add(s);
            }
        }
        if (logic.stream().anyMatch(s -> !s.success())) {
            return illegal(design, logic);
        }
        double bits = datapath.storageBitsPerValue();
        long weightBlocks = design.weightsResident()
                ? FpgaResources.bramBlocks(spec, lanes, residentWordsPerBank(design), bits)
                : 2 * FpgaResources.bramBlocks(spec, lanes, maxKernel, bits);
        long available = spec.bramBlocks() - spec.shellBramBlocks() - weightBlocks;
        if (available < 2) {
            return illegal(design, List.of(EvalStatus.fail("bram", "the weight buffer"
                    + (design.weightsResident() ? " (all weights resident)" : "") + " needs " + weightBlocks
                    + " blocks beside the shell's " + spec.shellBramBlocks() + "; the device has " + spec.bramBlocks())));
        }
        List<List<Option>> frontiers = new ArrayList<>();
        for (ShapeGroup g : groups) {
            List<Option> options = new ArrayList<>();
            Evaluation firstIllegal = null;
            LayerWork work = new LayerWork(g.node(), batch);
            for (int tr : g.trs()) {
                for (int tc : g.tcs()) {
                    FpgaTiling t = new FpgaTiling(datapath.precision(), design.tm(), design.tn(), tr, tc,
                            design.weightsResident());
                    FpgaBufferNeeds needs = FpgaBufferNeeds.of(g.shape(), t);
                    FpgaResourceEstimate buffers = FpgaResources.estimate(spec, datapath, design.tm(), design.tn(),
                            needs, true);
                    long inputBlocks = buffers.inputBramBlocks();
                    long outputBlocks = buffers.outputBramBlocks();
                    boolean fits = inputBlocks + outputBlocks <= available;
                    if (!fits && (!options.isEmpty() || firstIllegal != null)) {
                        continue;
                    }
                    Evaluation e = evaluator.evaluate(work, spec, t);
                    if (!e.legal() || !fits) {
                        firstIllegal = firstIllegal == null ? e : firstIllegal;
                        continue;
                    }
                    options.add(new Option(t, e, inputBlocks, outputBlocks));
                }
            }
            if (options.isEmpty()) {
                List<EvalStatus> why = firstIllegal.legal() ? List.of(EvalStatus.fail("bram", "layer '"
                        + g.node().name() + "': no tile's input and output buffers fit the " + available
                        + " blocks the weights and the shell leave"))
                        : firstIllegal.failures().stream().map(s -> EvalStatus.fail(s.level(), "layer '"
                                + g.node().name() + "': " + s.reason())).toList();
                return illegal(design, why);
            }
            frontiers.add(frontier(options));
        }
        return choose(design, frontiers, available, weightBlocks);
    }

    /** The options no other option beats in cycles, input blocks and output blocks at once, fastest first. */
    private static List<Option> frontier(List<Option> options) {
        options.sort(Comparator.comparingLong((Option o) -> o.evaluation().cycles())
                .thenComparingLong(o -> o.inputBlocks() + o.outputBlocks()));
        List<Option> kept = new ArrayList<>();
        for (Option o : options) {
            boolean dominated = false;
            for (Option k : kept) {
                if (k.inputBlocks() <= o.inputBlocks() && k.outputBlocks() <= o.outputBlocks()) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                kept.add(o);
            }
        }
        return kept;
    }

    private FpgaDesignEvaluation choose(FpgaArrayDesign design, List<List<Option>> frontiers, long available,
            long weightBlocks) {
        TreeSet<Long> caps = new TreeSet<>();
        for (List<Option> f : frontiers) {
            for (Option o : f) {
                caps.add(o.inputBlocks());
            }
        }
        List<Option> best = null;
        long bestCycles = Long.MAX_VALUE;
        long bestBlocks = Long.MAX_VALUE;
        for (long inputCap : caps) {
            long outputCap = available - inputCap;
            List<Option> chosen = new ArrayList<>();
            long cycles = 0;
            long maxIn = 0;
            long maxOut = 0;
            for (int i = 0; i < frontiers.size(); i++) {
                Option pick = null;
                for (Option o : frontiers.get(i)) {
                    if (o.inputBlocks() <= inputCap && o.outputBlocks() <= outputCap) {
                        pick = o;
                        break;
                    }
                }
                if (pick == null) {
                    chosen = null;
                    break;
                }
                chosen.add(pick);
                cycles += groups.get(i).count() * pick.evaluation().cycles();
                maxIn = Math.max(maxIn, pick.inputBlocks());
                maxOut = Math.max(maxOut, pick.outputBlocks());
            }
            if (chosen != null && (cycles < bestCycles || cycles == bestCycles && maxIn + maxOut < bestBlocks)) {
                best = chosen;
                bestCycles = cycles;
                bestBlocks = maxIn + maxOut;
            }
        }
        if (best == null) {
            return illegal(design, List.of(EvalStatus.fail("bram", "no choice of tiles lets every layer's input "
                    + "and output buffers fit the " + available + " blocks the weights (" + weightBlocks
                    + ") and the shell leave")));
        }
        ActionCounts.Builder actions = ActionCounts.builder();
        Map<String, Long> stalls = new LinkedHashMap<>();
        List<FpgaLayerTile> tiles = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            Option o = best.get(i);
            ShapeGroup g = groups.get(i);
            actions.addAll(o.evaluation().actions().times(g.count()));
            o.evaluation().stallCycles().forEach((k, v) -> stalls.merge(k, v * g.count(), Long::sum));
            tiles.add(new FpgaLayerTile(g.shape(), g.count(), o.tiling(), o.evaluation(), o.inputBlocks(),
                    o.outputBlocks()));
        }
        List<EvalStatus> statuses = new ArrayList<>(best.get(0).evaluation().statuses());
        statuses.removeIf(s -> s.level().equals("bram"));
        statuses.add(EvalStatus.ok("bram"));
        Evaluation network = new Evaluation(statuses, bestCycles, stalls, actions.build());
        return new FpgaDesignEvaluation(design, network, tiles, spec.shellBramBlocks() + weightBlocks + bestBlocks);
    }

    private static FpgaDesignEvaluation illegal(FpgaArrayDesign design, List<EvalStatus> statuses) {
        return new FpgaDesignEvaluation(design, Evaluation.illegal(statuses), List.of(), 0);
    }
}
