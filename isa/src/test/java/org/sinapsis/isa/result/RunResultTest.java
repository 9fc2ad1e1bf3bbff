// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TargetKind;

class RunResultTest {

    @Test
    void derivedFieldsAreComputedFromMeasuredOnes() {
        RunResult r = RunResult.builder("tpu-v1", TargetKind.SYSTOLIC, false, "mlp0", 200, Precision.INT8)
                .latencySeconds(0.004)
                .macs(4_000_000_000L)
                .peakOpsPerSecond(92e12)
                .energy(0.16, "ERT:tpu-v1-28nm")
                .build();
        assertEquals(50_000.0, r.throughputInferencesPerSecond(), 1e-9);
        assertEquals(2e12, r.opsPerSecond(), 1);
        assertEquals(2e12 / 92e12, r.utilization(), 1e-15);
        assertEquals(0.0008, r.energyPerInferenceJoules(), 1e-15);
        assertEquals(40.0, r.averagePowerWatts(), 1e-9);
        assertEquals("systolic", r.targetKind());
        assertEquals("int8", r.precision());
        assertEquals("not-checked", r.referenceMatch());
        assertTrue(r.succeeded());
    }

    @Test
    void pipelinedThroughputOverridesBatchOverLatency() {
        RunResult r = RunResult.builder("x", TargetKind.FPGA, false, "n", 4, Precision.INT8)
                .latencySeconds(1).pipelinedThroughputInferencesPerSecond(10).build();
        assertEquals(10.0, r.throughputInferencesPerSecond());
    }

    @Test
    void fieldsThatDoNotApplyStayNull() {
        RunResult r = RunResult.builder("cpu", TargetKind.CPU, true, "n", 1, Precision.FP32).latencySeconds(1).build();
        assertNull(r.energyJoules());
        assertNull(r.energySource());
        assertNull(r.utilization());
        assertNull(r.cycles());
        assertNull(r.timesteps());
        assertEquals(32, r.toReportRow().fields().size());
    }

    @Test
    void everyEnergyFigureNeedsASource() {
        RunResult.Builder b = RunResult.builder("x", TargetKind.FPGA, false, "n", 1, Precision.INT8);
        assertThrows(IllegalArgumentException.class, () -> b.energy(1, " "));
    }

    @Test
    void failedResultCarriesTheReason() {
        RunResult r = RunResult.failed("truenorth", TargetKind.NEUROMORPHIC, false, "imdb-lstm", 1, null,
                "LSTM cannot be converted to spikes");
        assertFalse(r.succeeded());
        assertNull(r.latencySeconds());
        assertEquals("LSTM cannot be converted to spikes", r.error());
    }

    @Test
    void reportRowFollowsTheContractOrder() {
        RunResult r = RunResult.builder("cpu", TargetKind.CPU, true, "n", 1, Precision.FP32).latencySeconds(1).build();
        assertEquals(List.of("tool", "version", "target", "targetKind", "network", "batch", "precision", "measured",
                "device", "clockHz", "cycles", "latencySeconds", "throughputInferencesPerSecond", "macs",
                "opsPerSecond", "peakOpsPerSecond", "utilization", "energyJoules", "energyPerInferenceJoules",
                "averagePowerWatts", "energySource", "energyBreakdownJoules", "stallCycles", "accuracy", "samples",
                "referenceMatch", "hostSeconds", "timesteps", "spikes", "synapticEvents", "coresUsed", "error"),
                r.toReportRow().names());
    }
}
