// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.DataflowMappings;
import org.sinapsis.networks.io.TopologyCsvReader;
import org.sinapsis.networks.io.TopologyFormat;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.simulator.systolic.FoldAnalysis;
import org.sinapsis.simulator.systolic.SystolicMachine;
import org.sinapsis.simulator.systolic.SystolicRun;
import org.sinapsis.traces.sink.NullSink;

/**
 * sinapsis against SCALE-Sim v2's own outputs (shared/oracles/scalesim): every layer of every run.
 * The closed form gives every layer's Total Cycles in every run; the full replay (stalls, SRAM
 * and DRAM traffic) runs on the small runs by default and on all of them with {@code -Pslow}.
 */
class ScaleSimOracleTest {
    /** Runs replayed in the default suite (well under a second each). */
    private static final Set<String> FAST = Set.of("mlpconv_32os", "mlpconv_32ws", "mlpconv_32is", "mlpgemm_32os",
            "mlpgemm_32ws", "mlpgemm_32is", "mlpconv_256ws", "mlpgemm_256ws", "testmnk_32os", "testmnk_32ws",
            "testmnk_32is", "testmnk_256ws");

    static Stream<ScaleSimOracle.Run> fastRuns() {
        return ScaleSimOracle.runs().stream().filter(r -> FAST.contains(r.id()));
    }

    static Stream<ScaleSimOracle.Run> otherRuns() {
        return ScaleSimOracle.runs().stream().filter(r -> !FAST.contains(r.id()) && !r.id().endsWith("_rerun")
                && !r.id().endsWith("_solo"));
    }

    @Test
    void theClosedFormGivesScaleSimsCyclesOnEveryLayerOfEveryRun() {
        int layers = 0;
        for (ScaleSimOracle.Run run : ScaleSimOracle.runs()) {
            ScaleSimConfig config = run.readConfig();
            List<ScaleSimLayer> list = run.layers();
            List<Map<String, String>> expected = run.expected();
            assertEquals(expected.size(), list.size(), run.id());
            long total = 0;
            for (int i = 0; i < list.size(); i++) {
                ScaleSimLayer l = list.get(i);
                ArrayMapping map = ArrayMapping.of(DataflowMappings.canonical(config.spec().dataflow(), l.m(), l.n(),
                        l.k(), config.spec().rows(), config.spec().cols()));
                long cycles = FoldAnalysis.of(map).scaleSimCycles();
                assertEquals(Long.parseLong(expected.get(i).get("total_cycles")), cycles, run.id() + " layer " + i);
                total += cycles;
                layers++;
            }
            assertEquals(run.totalCycles(), total, run.id());
        }
        assertTrue(layers > 300, "layers checked: " + layers);
    }

    @Test
    void theGenericMachineInScaleSimTimingGivesEveryRunsCycles() {
        for (ScaleSimOracle.Run run : ScaleSimOracle.runs()) {
            Network network = TopologyCsvReader.read(ScaleSimOracle.ROOT.resolve("topologies").resolve(run.topology()),
                    run.format());
            SystolicRun result = new SystolicMachine(run.readConfig().spec()).run(network, 1, NullSink.INSTANCE);
            long layers = run.expected().size();
            assertEquals(run.totalCycles() + layers, result.cycles(),
                    run.id() + ": SCALE-Sim prints each layer's last cycle index, one less than its cycle count");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fastRuns")
    void smallRunsMatchEveryColumn(ScaleSimOracle.Run run) {
        assertMatches(run);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRuns")
    void largeRunsMatchEveryColumn(ScaleSimOracle.Run run) {
        assertMatches(run);
    }

    @Test
    void userBandwidthStallsAreWithinFivePercentAndFilterTrafficIsExact() {
        for (ScaleSimOracle.Run run : ScaleSimOracle.userBandwidthRuns()) {
            ScaleSimLayerReport r = ScaleSimSimulator.simulate(0, run.layers().get(0), run.readConfig());
            Map<String, String> e = run.expected().get(0);
            long stalls = Long.parseLong(e.get("stall_cycles"));
            assertEquals(stalls, r.stallCycles(), 0.05 * stalls, run.id());
            assertEquals(stalls, r.stallCycles(), 0.002 * stalls, run.id() + " (today's agreement)");
            assertEquals(r.totalCycles() - r.stallCycles(), Long.parseLong(e.get("closed_form_cycles")), run.id());
            assertEquals(Long.parseLong(e.get("dram_filter_reads")), r.dramFilterReads(), run.id());
            long ifmap = Long.parseLong(e.get("dram_ifmap_reads"));
            assertEquals(ifmap, r.dramIfmapReads(), 0.025 * ifmap, run.id());
            assertEquals(Long.parseLong(e.get("sram_filter_reads")), r.sramFilterReads(), run.id());
        }
    }

    @Test
    void reportsAreByteForByteScaleSims(@TempDir Path dir) throws Exception {
        for (String[] c : new String[][] {{"tiny_4x4_os", "tiny_4x4_os.cfg", "tiny.csv"},
            {"tiny_4x4_ws", "tiny_4x4_ws.cfg", "tiny.csv"}, {"tiny_4x4_is", "tiny_4x4_is.cfg", "tiny.csv"},
            {"alexnet_part_32ws", "scale32_ws.cfg", "alexnet_part.csv"}}) {
            ScaleSimOracle.Run run = new ScaleSimOracle.Run(c[0], c[1], c[2],
                    TopologyFormat.CONV, 0, 0, 0);
            Path out = dir.resolve(c[0]);
            ScaleSimReportWriter.write(out, ScaleSimSimulator.simulate(run.layers(), run.readConfig(), 2));
            for (String file : List.of(ScaleSimReportWriter.COMPUTE, ScaleSimReportWriter.BANDWIDTH,
                    ScaleSimReportWriter.DETAILED)) {
                assertEquals(Files.readString(ScaleSimOracle.ROOT.resolve("reports").resolve(c[0]).resolve(file)),
                        Files.readString(out.resolve(file)), c[0] + " " + file);
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        ScaleSimOracle.Run run = fastRuns().filter(r -> r.id().equals("mlpconv_32os")).findFirst().orElseThrow();
        List<ScaleSimLayerReport> one = ScaleSimSimulator.simulate(run.layers(), run.readConfig(), 1);
        List<ScaleSimLayerReport> two = ScaleSimSimulator.simulate(run.layers(), run.readConfig(), 2);
        assertEquals(ScaleSimReportWriter.detailedReport(one), ScaleSimReportWriter.detailedReport(two));
        assertEquals(ScaleSimReportWriter.computeReport(one), ScaleSimReportWriter.computeReport(two));
    }

    private static void assertMatches(ScaleSimOracle.Run run) {
        List<ScaleSimLayerReport> reports = ScaleSimSimulator.simulate(run.layers(), run.readConfig(), 2);
        List<Map<String, String>> expected = run.expected();
        for (int i = 0; i < reports.size(); i++) {
            ScaleSimLayerReport r = reports.get(i);
            Map<String, String> e = expected.get(i);
            String where = run.id() + " layer " + i + " " + e.get("layer_name");
            assertEquals(Long.parseLong(e.get("total_cycles")), r.totalCycles(), where);
            assertEquals(Long.parseLong(e.get("stall_cycles")), r.stallCycles(), where);
            assertEquals(Double.parseDouble(e.get("overall_util_pct")), r.overallUtilPercent(), 5.1e-7, where);
            assertEquals(Double.parseDouble(e.get("mapping_eff_pct")), r.mappingEfficiencyPercent(), 5.1e-7, where);
            assertEquals(Double.parseDouble(e.get("compute_util_pct")), r.computeUtilPercent(), 5.1e-7, where);
            assertEquals(Long.parseLong(e.get("sram_ifmap_reads")), r.sramIfmapReads(), where);
            assertEquals(Long.parseLong(e.get("sram_filter_reads")), r.sramFilterReads(), where);
            assertEquals(Long.parseLong(e.get("sram_ofmap_writes")), r.sramOfmapWrites(), where);
            assertEquals(Long.parseLong(e.get("dram_ifmap_reads")), r.dramIfmapReads(), where);
            assertEquals(Long.parseLong(e.get("dram_filter_reads")), r.dramFilterReads(), where);
            assertEquals(Long.parseLong(e.get("dram_ofmap_writes")), r.dramOfmapWrites(), where);
        }
    }
}
