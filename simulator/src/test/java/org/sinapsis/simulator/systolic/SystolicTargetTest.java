// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.SystolicArraySpec;
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
import org.sinapsis.traces.sink.NullSink;

class SystolicTargetTest {
    private static Workload workload(Network net, int batch) {
        return new Workload(net, batch, "test", () -> NetworkParameters.initialize(net, 7),
                () -> SyntheticInputs.generate(net, batch, 7), Optional::empty, () -> SyntheticInputs.generate(net, 2, 8));
    }

    private static Target target(String preset) {
        return new SystolicTargets().create(ArchSpecs.presets().get(preset)).orElseThrow();
    }

    @Test
    void presetsRunTheMachineAndPriceItsActions() {
        Network net = Zoo.find("lenet5").orElseThrow().network();
        for (String preset : List.of("systolic", "systolic-256-ws")) {
            Target target = target(preset);
            SystolicArraySpec spec = (SystolicArraySpec) target.spec();
            RunResult r = target.run(new RunRequest(workload(net, 4), Optional.empty(), 1, TraceOpener.NONE));
            SystolicRun run = new SystolicMachine(spec).run(net, 4, NullSink.INSTANCE);
            assertEquals(run.cycles(), r.cycles(), preset);
            assertEquals(spec.clockHz(), r.clockHz());
            assertEquals(run.cycles() / spec.clockHz(), r.latencySeconds(), 1e-15);
            assertEquals(net.macs() * 4, r.macs());
            assertEquals(List.of("fill_drain", "dram"), List.copyOf(r.stallCycles().keySet()));
            assertTrue(r.energySource().contains("horowitz-45nm"), r.energySource());
            assertTrue(r.energyBreakdownJoules().containsKey("pe"), r.energyBreakdownJoules().toString());
            assertTrue(r.energyJoules() > 0);
            assertEquals("not-checked", r.referenceMatch());
            assertEquals("int8", r.precision());
            assertTrue(r.utilization() > 0 && r.utilization() <= 1, preset + " " + r.utilization());
        }
    }

    @Test
    void aPrecisionOfAnotherWordSizeIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> target("systolic").run(
                new RunRequest(workload(Zoo.find("perceptron").orElseThrow().network(), 1), Optional.of(Precision.FP32), 1, TraceOpener.NONE)));
        assertTrue(e.getMessage().contains("--precision"), e.getMessage());
    }

    @Test
    void onlySystolicSpecsAreProvided() {
        assertTrue(new SystolicTargets().create(ArchSpecs.presets().get("tpu-v1")).isEmpty());
    }
}
