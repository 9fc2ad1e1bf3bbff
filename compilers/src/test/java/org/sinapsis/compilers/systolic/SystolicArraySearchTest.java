// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sinapsis.compilers.search.ExhaustiveSearch;
import org.sinapsis.compilers.search.RandomSearch;
import org.sinapsis.compilers.search.SearchListener;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.zoo.Zoo;

/** The whole-network search: sums layers, keeps the fewest cycles, breaks ties as documented. */
class SystolicArraySearchTest {
    private static final SystolicArraySpec BASE = new SystolicArraySpec("base", "test", 32, 32,
            Dataflow.OUTPUT_STATIONARY, 64, 64, 64, 1, OptionalDouble.of(10), 1e9, SystolicTiming.OVERLAPPED,
            "horowitz-45nm");
    private static final EnergyTable TABLE = EnergyTables.builtIn("horowitz-45nm");
    private static final List<Node> LAYERS = Zoo.find("fashion-mlp").orElseThrow().network().layers().stream()
            .filter(n -> n.gemm(1).isPresent()).toList();
    private static final SystolicDesignSpace SPACE = SystolicDesignSpace.of(1024, List.of(Dataflow.values()));

    /** A closed form per layer: {@code ceil(macs / (rows cols))}, DRAM bytes {@code rows + cols}. */
    private static Evaluation roofline(long macs, SystolicDesign d) {
        long cycles = (macs + d.pes() - 1) / d.pes();
        return new Evaluation(List.of(EvalStatus.ok("array")), cycles, Map.of(), ActionCounts.builder()
                .add("pe", "mac", macs).add("dram", "read_byte", d.rows() + d.cols()).build());
    }

    @Test
    void layersAreSummedAndTheFewestCyclesWin() {
        Evaluator<SystolicArraySpec, SystolicDesign> ev = (work, arch, d) -> roofline(work.macs(), d);
        SystolicSearch s = new SystolicArraySearch(ev, 1).search(LAYERS, 1, BASE, SPACE, TABLE,
                ExhaustiveSearch.factory(), SearchListener.none());
        SystolicDesign chosen = s.chosen().point();
        assertEquals(1024, chosen.pes(), "the full budget computes fastest");
        assertEquals(64, chosen.rows() + chosen.cols(), "of those, 32x32 moves the fewest DRAM bytes");
        assertEquals(Dataflow.OUTPUT_STATIONARY, chosen.dataflow(), "then the lowest index");
        long expected = LAYERS.stream().mapToLong(n -> (n.macs() + 1023) / 1024).sum();
        assertEquals(expected, s.chosen().evaluation().cycles());
        assertEquals(45, s.result().explored());
    }

    @Test
    void equalCyclesAndTrafficGoToTheLessEnergyThenTheFewerPes() {
        // Constant cycles and traffic: is moves fewer SRAM bytes here, so it costs less energy.
        Evaluator<SystolicArraySpec, SystolicDesign> ev = (work, arch, d) -> new Evaluation(
                List.of(EvalStatus.ok("array")), 100, Map.of(), ActionCounts.builder().add("dram", "read_byte", 5)
                        .add("ifmap_sram", "read_byte", d.dataflow() == Dataflow.INPUT_STATIONARY ? 1 : 2).build());
        SystolicDesign chosen = new SystolicArraySearch(ev, 3).search(LAYERS, 1, BASE, SPACE, TABLE,
                ExhaustiveSearch.factory(), SearchListener.none()).chosen().point();
        assertEquals(new SystolicDesign(8, 8, Dataflow.INPUT_STATIONARY), chosen);
    }

    @Test
    void theChoiceDoesNotDependOnTheThreadCount() {
        Evaluator<SystolicArraySpec, SystolicDesign> ev = (work, arch, d) -> roofline(work.macs() + d.rows() * 7L
                + (d.dataflow() == Dataflow.WEIGHT_STATIONARY ? -d.cols() : d.cols()), d);
        for (var strategies : List.of(ExhaustiveSearch.factory(), RandomSearch.factory(2, 7))) {
            SystolicSearch one = new SystolicArraySearch(ev, 1).search(LAYERS, 4, BASE, SPACE, TABLE, strategies,
                    SearchListener.none());
            SystolicSearch four = new SystolicArraySearch(ev, 4).search(LAYERS, 4, BASE, SPACE, TABLE, strategies,
                    SearchListener.none());
            assertEquals(one.chosen().index(), four.chosen().index());
            assertEquals(one.chosen().evaluation(), four.chosen().evaluation());
            assertEquals(one.result().explored(), four.result().explored());
        }
    }

    @Test
    void anIllegalLayerMakesTheDesignIllegal() {
        Evaluator<SystolicArraySpec, SystolicDesign> ev = (work, arch, d) -> d.rows() == 8
                ? Evaluation.illegal(List.of(EvalStatus.fail("array", "test refuses 8 rows")))
                : roofline(work.macs(), d);
        SystolicArraySearch search = new SystolicArraySearch(ev, 2);
        Evaluation e = search.evaluate(LAYERS, 1, BASE, new SystolicDesign(8, 16, Dataflow.OUTPUT_STATIONARY));
        assertEquals("test refuses 8 rows", e.failures().get(0).reason());
        SystolicSearch s = search.search(LAYERS, 1, BASE, SPACE, TABLE, ExhaustiveSearch.factory(),
                SearchListener.none());
        assertEquals(45 - 15, s.result().legal());
        assertThrows(IllegalArgumentException.class, () -> search.search(List.of(), 1, BASE, SPACE, TABLE,
                ExhaustiveSearch.factory(), SearchListener.none()));
    }
}
