// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.systolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sinapsis.compilers.search.Mapper;
import org.sinapsis.compilers.search.SearchListener;
import org.sinapsis.compilers.search.SearchResult;
import org.sinapsis.compilers.search.SearchStrategyFactory;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.networks.ir.Node;

/**
 * The whole-network search of a systolic array's shape and dataflow, as a SCALE-Sim sweep or
 * Timeloop's mapper over an architecture: each {@link SystolicDesign} of a
 * {@link SystolicDesignSpace} is costed layer by layer with the injected {@link Evaluator} (the
 * simulator's analytical model; this class never calls a machine), the layers' cycles and actions
 * summed, and the {@link Mapper} keeps the design with the fewest cycles. Ties go to the fewest
 * DRAM bytes ({@code dram.read_byte + dram.write_byte}), then the least energy priced with the
 * base spec's energy table, then the fewest PEs, then the lowest index; so the choice is the same
 * whatever the thread count.
 */
public final class SystolicArraySearch {
    private final Evaluator<SystolicArraySpec, SystolicDesign> evaluator;
    private final int threads;

    /**
     * @param evaluator costs one layer on one design (thread-safe)
     * @param threads search threads, at least 1; the result does not depend on it
     */
    public SystolicArraySearch(Evaluator<SystolicArraySpec, SystolicDesign> evaluator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.evaluator = evaluator;
        this.threads = threads;
    }

    /**
     * Searches {@code space} for the design that runs {@code nodes} fastest.
     *
     * @param nodes the matrix layers to cost, in network order (every one, or the one of
     *     {@code --layer})
     * @param batch examples per batch
     * @param base the spec whose SRAMs, word size, DRAM bandwidth, clock and timing every design keeps
     * @param space the designs
     * @param energyTable prices the actions for the energy tie-break
     * @param strategies the strategy of each slice (exhaustive or random)
     * @param listener hears every evaluated design with its whole-network evaluation
     */
    public SystolicSearch search(List<Node> nodes, int batch, SystolicArraySpec base, SystolicDesignSpace space,
            EnergyTable energyTable, SearchStrategyFactory strategies, SearchListener<SystolicDesign> listener) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("nothing to cost: no matrix layer");
        }
        Map<SystolicDesign, Evaluation> memo = new ConcurrentHashMap<>();
        Comparator<SystolicDesign> tieBreak = Comparator
                .comparingLong((SystolicDesign d) -> dramBytes(memo.get(d).actions()))
                .thenComparingDouble(d -> EnergyCalculator.estimate(memo.get(d).actions(), energyTable).totalJoules())
                .thenComparingLong(SystolicDesign::pes);
        Mapper<SystolicDesign> mapper = new Mapper<>(space,
                d -> memo.computeIfAbsent(d, x -> evaluate(nodes, batch, base, x)),
                e -> (double) e.cycles(), tieBreak);
        SearchResult<SystolicDesign> result = mapper.search(strategies, threads, listener);
        return new SystolicSearch(space, result);
    }

    /**
     * One design's evaluation of {@code nodes}: the layers' cycles and actions summed; illegal with
     * the first refusing layer's statuses when a layer is refused.
     */
    public Evaluation evaluate(List<Node> nodes, int batch, SystolicArraySpec base, SystolicDesign design) {
        long cycles = 0;
        ActionCounts.Builder actions = ActionCounts.builder();
        List<EvalStatus> statuses = new ArrayList<>();
        for (Evaluation e : layers(nodes, batch, base, design)) {
            if (!e.legal()) {
                return Evaluation.illegal(e.statuses());
            }
            cycles = Math.addExact(cycles, e.cycles());
            actions.addAll(e.actions());
            if (statuses.isEmpty()) {
                statuses.addAll(e.statuses());
            }
        }
        return new Evaluation(statuses, cycles, Map.of(), actions.build());
    }

    /** Each node's own evaluation on {@code design}, in order. */
    public List<Evaluation> layers(List<Node> nodes, int batch, SystolicArraySpec base, SystolicDesign design) {
        List<Evaluation> list = new ArrayList<>();
        for (Node node : nodes) {
            list.add(evaluator.evaluate(new LayerWork(node, batch), base, design));
        }
        return list;
    }

    /** DRAM bytes read and written: {@code dram.read_byte + dram.write_byte}. */
    public static long dramBytes(ActionCounts actions) {
        return actions.get("dram", "read_byte") + actions.get("dram", "write_byte");
    }
}
