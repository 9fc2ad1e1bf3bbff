// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.MeasuredGpuSpec;
import org.sinapsis.isa.arch.MeasurementProtocol;
import org.sinapsis.isa.arch.OpenClDevicePreference;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.simulator.gpu.aparapi.OpenClDevices;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceEvent;

class OpenClGpuTargetTest {
    private static final MeasurementProtocol QUICK = new MeasurementProtocol(1, 0, 3, 0, 3);
    private static final Network NET = Zoo.find("fashion-mlp").orElseThrow().network();

    private static MeasuredGpuSpec spec(OpenClDevicePreference device, OptionalDouble watts) {
        return new MeasuredGpuSpec("gpu-test", "test", device, watts, QUICK);
    }

    private static RunResult run(MeasuredGpuSpec spec, Workload w, TraceOpener trace) {
        return new GpuTargets().create(spec).orElseThrow().run(new RunRequest(w, Optional.empty(), 1, trace));
    }

    @Test
    @Tag("gpu")
    void measuresTheOpenClDeviceAndChecksTheReference() {
        String device = OpenClDevices.required().label();
        RunResult r = run(spec(OpenClDevicePreference.BEST, OptionalDouble.of(40)),
                RooflineGpuTargetTest.workload(NET, 3), TraceOpener.NONE);
        assertTrue(r.measured());
        assertEquals("gpu", r.targetKind());
        assertEquals(device, r.device());
        assertEquals("within-tolerance", r.referenceMatch());
        assertEquals(3 * NET.macs(), r.macs());
        assertNull(r.cycles());
        assertTrue(r.latencySeconds() > 0);
        if (r.energySource().equals("estimated:declared-power")) {
            assertEquals(40 * r.latencySeconds(), r.energyJoules(), 1e-12);
        } else {
            assertTrue(r.energySource().startsWith("measured:"), r.energySource());
        }
    }

    @Test
    @Tag("gpu")
    void theTraceHasTheTimedBatchesThenOneSpanPerLaunch() {
        OpenClDevices.required();
        Events events = new Events();
        run(spec(OpenClDevicePreference.BEST, OptionalDouble.empty()), RooflineGpuTargetTest.workload(NET, 1),
                events);
        long timed = events.events.stream().filter(e -> e instanceof Span s && s.category().equals("measured-run"))
                .count();
        long launches = events.events.stream().filter(e -> e instanceof Span s && s.track().thread().equals("kernels"))
                .count();
        assertEquals(3, timed);
        assertEquals(6, launches, "copy-in, fc1, fc2, fc3, softmax, copy-out");
        TraceEvent last = events.events.get(events.events.size() - 1);
        assertEquals("copy-out", ((Span) last).category());
    }

    @Test
    void theJavaThreadPoolIsReportedAsSuchAndScoresAccuracyLikeTheReference() {
        Network net = Zoo.find("perceptron").orElseThrow().network();
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        Tensor images = SyntheticInputs.generate(net, 7, 5).get("input");
        int[] labels = {0, 1, 2, 3, 4, 5, 6};
        LabelledSamples samples = new LabelledSamples("test", Map.of("input", images), labels);
        Workload w = new Workload(net, 3, "test", () -> p, () -> SyntheticInputs.generate(net, 3, 1),
                () -> Optional.of(samples), () -> SyntheticInputs.generate(net, 2, 2));
        RunResult r = run(spec(OpenClDevicePreference.JAVA_THREAD_POOL, OptionalDouble.empty()), w,
                TraceOpener.NONE);
        assertEquals("java-thread-pool", r.device());
        assertEquals(samples.top1Accuracy(new Fp32Executor(net, p).run(images)), r.accuracy());
        assertEquals(7, r.samples());
    }

    @Test
    void onlyFp32() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GpuTargets().create(
                spec(OpenClDevicePreference.BEST, OptionalDouble.empty())).orElseThrow().run(new RunRequest(
                        RooflineGpuTargetTest.workload(NET, 1), Optional.of(Precision.BF16), 1, TraceOpener.NONE)));
        assertEquals("--precision: target 'gpu-test' runs fp32 kernels; bf16 is not available on it", e.getMessage());
    }
}
