// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.CpuSpec;
import org.sinapsis.isa.arch.MeasurementProtocol;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.NullSink;

class CpuTargetTest {
    private static final CpuSpec SPEC = new CpuSpec("cpu-test", "test", OptionalInt.of(1),
            new MeasurementProtocol(1, 0, 4, 0, 4));
    private static final Network NET = Network.builder("tiny").input("x", 8).add("fc", Dense.of(3))
            .add("softmax", Activation.softmax()).build();

    private static Workload workload(Optional<LabelledSamples> evaluation) {
        return new Workload(NET, 2, "test", () -> NetworkParameters.initialize(NET, 7),
                () -> SyntheticInputs.generate(NET, 2, 7), () -> evaluation, () -> SyntheticInputs.generate(NET, 4, 8));
    }

    @Test
    void reportsMeasuredLatencyAndMacsWithoutCycleFields() {
        RunResult r = new CpuTarget(SPEC).run(new RunRequest(workload(Optional.empty()), Optional.empty(), 1,
                TraceOpener.NONE));
        assertTrue(r.measured());
        assertEquals(2 * 24L, r.macs());
        assertTrue(r.latencySeconds() > 0);
        assertNull(r.cycles());
        assertNull(r.accuracy());
        assertEquals("exact", r.referenceMatch());
        assertTrue(r.device().contains("(1 of"), r.device());
    }

    @Test
    void accuracyComesFromTheLabelledSamples() {
        Tensor x = SyntheticInputs.generate(NET, 50, 3).get("x");
        Tensor scores = new Fp32Executor(NET, NetworkParameters.initialize(NET, 7)).run(x);
        int[] labels = new int[50];
        for (int i = 0; i < 50; i++) {
            labels[i] = i % 3;
        }
        LabelledSamples samples = new LabelledSamples("test", Map.of("x", x), labels);
        RunResult r = new CpuTarget(SPEC).run(new RunRequest(workload(Optional.of(samples)), Optional.empty(), 1,
                TraceOpener.NONE));
        assertEquals(samples.top1Accuracy(scores), r.accuracy());
        assertEquals(50, r.samples());
    }

    @Test
    void int8RunsTheInt8ReferenceOnTheSharedQuantization() {
        Tensor x = SyntheticInputs.generate(NET, 1200, 3).get("x");
        int[] labels = new int[1200];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        LabelledSamples samples = new LabelledSamples("test", Map.of("x", x), labels);
        Workload w = workload(Optional.of(samples));
        RunResult r = new CpuTarget(SPEC).run(new RunRequest(w, Optional.of(Precision.INT8), 1, TraceOpener.NONE));
        Tensor scores = new Int8Executor(w.quantized(), 1).run(x).output();
        assertEquals(samples.top1Accuracy(scores), r.accuracy());
        assertEquals(1200, r.samples());
        assertEquals("int8", r.precision());
        assertEquals("exact", r.referenceMatch());
    }

    @Test
    void onlyFp32AndInt8() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CpuTarget(SPEC).run(
                new RunRequest(workload(Optional.empty()), Optional.of(Precision.BF16), 1, TraceOpener.NONE)));
        assertTrue(e.getMessage().startsWith("--precision: target 'cpu-test' runs the fp32 and int8 reference"
                + " executors; bf16"), e.getMessage());
    }

    @Test
    void timingFollowsTheProtocol() {
        int[] calls = {0};
        WallClockTiming.warmUp(new MeasurementProtocol(3, 0, 1, 0, 1), () -> calls[0]++);
        assertEquals(3, calls[0]);
        WallClockTiming t = WallClockTiming.measure(new MeasurementProtocol(0, 0, 5, 0, 9), () -> calls[0]++,
                NullSink.INSTANCE, new Track("p", "t"), "run");
        assertEquals(5, t.runs());
        assertEquals(8, calls[0]);
        assertEquals(3, WallClockTiming.median(new long[] {5, 1, 3}));
        assertEquals(2, WallClockTiming.median(new long[] {4, 1, 3, 0}));
    }

    @Test
    void warmUpAlsoLastsItsMinimumTime() {
        int[] calls = {0};
        long start = System.nanoTime();
        WallClockTiming.warmUp(new MeasurementProtocol(1, 0.05, 1, 0, 1), () -> calls[0]++);
        assertTrue(System.nanoTime() - start >= 50_000_000L, "warm-up ended before 50 ms");
        assertTrue(calls[0] > 1, "one warm-up run cannot last 50 ms here: " + calls[0]);
    }
}
