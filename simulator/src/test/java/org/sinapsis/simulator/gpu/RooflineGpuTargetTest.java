// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.GpuSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.traces.event.Span;

class RooflineGpuTargetTest {
    private static final GpuSpec K80 = (GpuSpec) ArchSpecs.presets().get("gpu-k80");

    static Workload workload(Network net, int batch) {
        return new Workload(net, batch, "test", () -> NetworkParameters.initialize(net, 1),
                () -> SyntheticInputs.generate(net, batch, 1), Optional::empty,
                () -> SyntheticInputs.generate(net, 2, 2));
    }

    private static Target k80() {
        return new GpuTargets().create(K80).orElseThrow();
    }

    @Test
    void resultsComeFromTheRooflineAndTheEnergyTable() {
        Network mlp0 = Zoo.find("mlp0").orElseThrow().network();
        RunResult r = k80().run(new RunRequest(workload(mlp0, 64), Optional.empty(), 1, TraceOpener.NONE));
        long cycles = new GpuRooflineModel(K80).evaluate(mlp0, 64).stream().mapToLong(LayerRoofline::cycles).sum();
        assertEquals(cycles, r.cycles());
        assertEquals(cycles / 560e6, r.latencySeconds(), 1e-15);
        assertEquals(560e6, r.clockHz());
        assertEquals(2 * 2496 * 560e6, r.peakOpsPerSecond());
        assertEquals(64 * mlp0.macs(), r.macs());
        assertFalse(r.measured());
        assertEquals("ERT:gpu-k80", r.energySource());
        assertEquals(98 * r.latencySeconds(), r.energyJoules(), 1e-9 * r.energyJoules(), "busy 98 W the whole batch");
        assertEquals(98, r.averagePowerWatts(), 1e-6);
        assertEquals("not-checked", r.referenceMatch());
        assertNull(r.accuracy());
        assertTrue(r.stallCycles().get("dram") > 0, "MLP0 at batch 64 streams 80 MB of weights: memory-bound");
        assertTrue(r.utilization() < 1);
    }

    @Test
    void theTraceHasOneSpanPerLayerInCycles() {
        Network net = Zoo.find("lenet5").orElseThrow().network();
        Events events = new Events();
        k80().run(new RunRequest(workload(net, 4), Optional.empty(), 1, events));
        assertTrue(events.timeBase.isCycles());
        assertEquals(net.layers().size(), events.events.size());
        Span first = (Span) events.events.get(0);
        assertEquals(net.layers().get(0).name(), first.name());
        assertTrue(first.args().containsKey("dramBytes"));
    }

    @Test
    void onlyFp32() {
        Network net = Zoo.find("perceptron").orElseThrow().network();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> k80().run(new RunRequest(
                workload(net, 1), Optional.of(Precision.INT8), 1, TraceOpener.NONE)));
        assertEquals("--precision: target 'gpu-k80' models fp32 arithmetic only; int8 is not available on it",
                e.getMessage());
    }
}
