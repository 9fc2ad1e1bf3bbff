// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TargetKind;
import org.sinapsis.traces.format.ReportFormatType;
import org.sinapsis.traces.golden.Goldens;

/**
 * Seals the result formats users script against: JSON, CSV, text and markdown, for one result
 * and for a comparison, under a locale with a decimal comma to prove locale independence.
 */
class RunResultWriterTest {
    private Locale saved;

    @BeforeEach
    void germanLocale() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    static List<RunResult> fixtures() {
        Map<String, Double> energy = new LinkedHashMap<>();
        energy.put("mxu", 0.012);
        energy.put("dram", 0.09);
        energy.put("static", 0.058);
        Map<String, Long> stalls = new LinkedHashMap<>();
        stalls.put("weights", 1_500_000L);
        stalls.put("host", 20_000L);
        RunResult tpu = RunResult.builder("tpu-v1", TargetKind.SYSTOLIC, false, "mlp0", 200, Precision.INT8)
                .device("TPU v1 (28 nm, 256x256 MXU)")
                .clockHz(700e6)
                .cycles(2_800_000L)
                .latencySeconds(0.004)
                .macs(4_002_000_000L)
                .peakOpsPerSecond(91.75e12)
                .energy(0.16, "ERT:tpu-v1-28nm")
                .energyBreakdownJoules(energy)
                .stallCycles(stalls)
                .accuracy(0.875, 1000)
                .referenceMatch(ReferenceMatch.EXACT)
                .hostSeconds(1.25)
                .build();
        RunResult cpu = RunResult.builder("cpu", TargetKind.CPU, true, "mlp0", 200, Precision.FP32)
                .device("Test CPU, \"2\" cores")
                .latencySeconds(0.9123456)
                .macs(4_002_000_000L)
                .referenceMatch(ReferenceMatch.EXACT)
                .hostSeconds(6.5)
                .build();
        RunResult snn = RunResult.failed("truenorth", TargetKind.NEUROMORPHIC, false, "mlp0", 200, Precision.INT8,
                "layer 'fc1' (Dense): fan-in 2000 exceeds 256 axons per core, and splitting is off");
        return List.of(withVersion(cpu), withVersion(tpu), withVersion(snn));
    }

    private static RunResult withVersion(RunResult r) {
        return new RunResult(r.tool(), "0.0.0-test", r.target(), r.targetKind(), r.network(), r.batch(),
                r.precision(), r.measured(), r.device(), r.clockHz(), r.cycles(), r.latencySeconds(),
                r.throughputInferencesPerSecond(), r.macs(), r.opsPerSecond(), r.peakOpsPerSecond(), r.utilization(),
                r.energyJoules(), r.energyPerInferenceJoules(), r.averagePowerWatts(), r.energySource(),
                r.energyBreakdownJoules(), r.stallCycles(), r.accuracy(), r.samples(), r.referenceMatch(),
                r.hostSeconds(), r.timesteps(), r.spikes(), r.synapticEvents(), r.coresUsed(), r.error());
    }

    @ParameterizedTest
    @EnumSource(ReportFormatType.class)
    void compareFormats(ReportFormatType format) throws IOException {
        StringWriter out = new StringWriter();
        RunResultWriter.writeAll(fixtures(), format, out);
        Goldens.assertMatches("result/compare." + format.label(), out.toString());
    }

    @ParameterizedTest
    @EnumSource(ReportFormatType.class)
    void runFormats(ReportFormatType format) throws IOException {
        StringWriter out = new StringWriter();
        RunResultWriter.writeOne(fixtures().get(1), format, out);
        Goldens.assertMatches("result/run." + format.label(), out.toString());
    }
}
