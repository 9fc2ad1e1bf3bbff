// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.traces.sink.NullSink;

/** The search's systolic cost is the analytical model's, with the machine's actions. */
class SystolicAnalyticalEvaluatorTest {
    private static final SystolicAnalyticalEvaluator EVALUATOR = new SystolicAnalyticalEvaluator();
    private static final SystolicArraySpec SYSTOLIC = (SystolicArraySpec) ArchSpecs.presets().get("systolic");

    @Test
    void cyclesAreTheAnalyticalModelsAndActionsTheMachines() {
        Network net = Zoo.find("lenet5").orElseThrow().network();
        for (Dataflow d : Dataflow.values()) {
            for (int[] shape : new int[][] {{8, 128}, {32, 32}, {64, 16}}) {
                SystolicDesign design = new SystolicDesign(shape[0], shape[1], d);
                SystolicArraySpec spec = design.applyTo(SYSTOLIC);
                SystolicAnalyticalModel model = new SystolicAnalyticalModel(spec);
                long expected = 0;
                for (SystolicLayerWork w : SystolicLayerWork.of(net, 2, spec)) {
                    expected += model.totalCycles(w);
                }
                long cycles = 0;
                ActionCounts.Builder actions = ActionCounts.builder();
                for (Node n : net.layers()) {
                    if (n.gemm(2).isPresent()) {
                        Evaluation e = EVALUATOR.evaluate(new LayerWork(n, 2), SYSTOLIC, design);
                        assertTrue(e.legal());
                        cycles += e.cycles();
                        actions.addAll(e.actions());
                    }
                }
                assertEquals(expected, cycles, design.toString());
                assertEquals(new SystolicMachine(spec).run(net, 2, NullSink.INSTANCE).actions(), actions.build(),
                        design.toString());
            }
        }
    }

    @Test
    void underScaleSimTimingTheSumIsTheMachinesCycles() {
        SystolicArraySpec scaleSim = new SystolicArraySpec("s", "s", 32, 32, Dataflow.OUTPUT_STATIONARY, 64, 64, 64,
                1, OptionalDouble.empty(), 1e9, SystolicTiming.SCALE_SIM, "horowitz-45nm");
        Network net = Zoo.find("fashion-cnn").orElseThrow().network();
        SystolicDesign design = new SystolicDesign(16, 64, Dataflow.WEIGHT_STATIONARY);
        long cycles = 0;
        for (Node n : net.layers()) {
            if (n.gemm(1).isPresent()) {
                cycles += EVALUATOR.evaluate(new LayerWork(n, 1), scaleSim, design).cycles();
            }
        }
        assertEquals(new SystolicMachine(design.applyTo(scaleSim)).run(net, 1, NullSink.INSTANCE).cycles(), cycles);
    }

    @Test
    void aDesignKeepsTheBaseMemoryAndItsOwnDesignIsTheBase() {
        SystolicArraySpec v = new SystolicDesign(16, 64, Dataflow.INPUT_STATIONARY).applyTo(SYSTOLIC);
        assertEquals("systolic-16x64-is", v.name());
        assertEquals(16, v.rows());
        assertEquals(64, v.cols());
        assertEquals(SYSTOLIC.ifmapSramKiB(), v.ifmapSramKiB());
        assertEquals(SYSTOLIC.dramBandwidthWordsPerCycle(), v.dramBandwidthWordsPerCycle());
        assertEquals(SYSTOLIC.clockHz(), v.clockHz());
        assertSame(SYSTOLIC, SystolicDesign.of(SYSTOLIC).applyTo(SYSTOLIC));
    }

    @Test
    void aLayerWithoutMatrixWorkIsACallersBug() {
        Network net = Zoo.find("lenet5").orElseThrow().network();
        Node pool = net.layers().stream().filter(n -> n.gemm(1).isEmpty()).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> EVALUATOR.evaluate(new LayerWork(pool, 1), SYSTOLIC, SystolicDesign.of(SYSTOLIC)));
    }
}
