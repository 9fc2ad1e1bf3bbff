// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.simulator.systolic.SystolicAnalyticalModel;
import org.sinapsis.simulator.systolic.SystolicLayerWork;
import org.sinapsis.traces.golden.Goldens;

/** {@code sinapsis dse} on systolic arrays as users script it, checked against the model it drives. */
class SystolicDseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A 32x32 os array on SCALE-Sim's timing: cycles are {@code folds L}, nothing else. */
    private static final String SCALE_SIM_SPEC = """
            version: 1
            kind: systolic
            name: hand-32
            description: 32x32 os with SCALE-Sim timing
            rows: 32
            cols: 32
            dataflow: output-stationary
            ifmap_sram_kib: 64
            filter_sram_kib: 64
            ofmap_sram_kib: 64
            word_bytes: 1
            clock_hz: 1e9
            timing: scale-sim
            energy_table: horowitz-45nm
            """;

    private static JsonNode chosen(JsonNode designs) {
        JsonNode found = null;
        for (JsonNode d : designs) {
            if (d.get("chosen").asBoolean()) {
                assertEquals(null, found, "one chosen design");
                found = d;
            }
        }
        return found;
    }

    @Test
    void theChosenDesignsCyclesAreTheModelsAndTheTimelineLineIsWhatRunReports(@TempDir Path dir) throws Exception {
        Cli json = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--batch", "4", "--format", "json",
                "--threads", "2");
        assertEquals(0, json.exit(), json.err());
        JsonNode designs = JSON.readTree(json.out());
        assertEquals(45, designs.size());
        JsonNode c = chosen(designs);
        SystolicArraySpec base = (SystolicArraySpec) ArchSpecs.presets().get("systolic");
        SystolicArraySpec spec = new SystolicDesign(c.get("rows").asInt(), c.get("cols").asInt(),
                Dataflow.fromShortName(c.get("dataflow").asText())).applyTo(base);
        Network lenet = Zoo.find("lenet5").orElseThrow().network();
        SystolicAnalyticalModel model = new SystolicAnalyticalModel(spec);
        long direct = SystolicLayerWork.of(lenet, 4, spec).stream().mapToLong(model::totalCycles).sum();
        assertEquals(direct, c.get("cycles").asLong());
        for (JsonNode d : designs) {
            assertTrue(d.get("cycles").asLong() >= direct, d::toString);
        }

        Path written = dir.resolve("chosen.yaml");
        Cli text = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--batch", "4", "--write-spec",
                written.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("chosen: " + c.get("design").asText() + ": "), text.out());
        Matcher timeline = Pattern.compile("on the timeline \\(SystolicMachine, as sinapsis run\\): (\\d+) cycles")
                .matcher(text.out());
        assertTrue(timeline.find(), text.out());
        Cli run = Cli.run("run", "--target", written.toString(), "--net", "lenet5", "--batch", "4", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Long.parseLong(timeline.group(1)), JSON.readTree(run.out()).get("cycles").asLong());
        assertEquals(spec, ArchSpecs.parse(written));
    }

    @Test
    void oneDenseLayerOnScaleSimTimingPicksTheSmallestArrayThatHoldsItInOneFold(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("hand.yaml");
        Files.writeString(spec, SCALE_SIM_SPEC);
        // perceptron at batch 1: GEMM M=1, N=10, K=784. os puts M on the rows, N on the columns, K in
        // time: one fold as soon as cols >= 10, L = K + AR + AC - 2, least at 8x16: 784 + 8 + 16 - 2 =
        // 806. ws (K on the rows) needs ceil(784 / AR) folds of 2 AR + AC - 1 with AC >= 16, at best
        // 13 x 143 = 1859 (64x16); is needs ceil(784 / AR) folds of 2 AR + AC + 8, at best 13 x 144 = 1872.
        Cli r = Cli.run("dse", "--target", spec.toString(), "--net", "perceptron", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String chosen = r.out().lines().filter(l -> l.split(",")[7].equals("true")).findFirst().orElseThrow();
        assertTrue(chosen.startsWith("3,8x16 os,8,16,os,128,true,true,false,806,"), chosen);
        Cli ws = Cli.run("dse", "--target", spec.toString(), "--net", "perceptron", "--dataflows", "ws",
                "--format", "json");
        assertEquals("64x16 ws", chosen(JSON.readTree(ws.out())).get("design").asText());
        assertEquals(13 * 143, chosen(JSON.readTree(ws.out())).get("cycles").asLong());
        Cli is = Cli.run("dse", "--target", spec.toString(), "--net", "perceptron", "--dataflows", "is",
                "--format", "json");
        assertEquals(13 * 144, chosen(JSON.readTree(is.out())).get("cycles").asLong());
        Cli run = Cli.run("run", "--target", spec.toString(), "--net", "perceptron", "--format", "json");
        assertEquals(784 + 32 + 32 - 2, JSON.readTree(run.out()).get("cycles").asLong(), "the spec's own 32x32 os");
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Cli one = Cli.run("dse", "--target", "systolic-256-ws", "--net", "fashion-cnn", "--format", "csv",
                "--threads", "1");
        Cli four = Cli.run("dse", "--target", "systolic-256-ws", "--net", "fashion-cnn", "--format", "csv",
                "--threads", "4");
        assertEquals(0, one.exit(), one.err());
        assertEquals(one.out(), four.out());
        assertEquals(138 + 1, one.out().lines().count(), "46 shapes x 3 dataflows and the header");
        Cli randomOne = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--strategy", "random",
                "--samples", "40", "--seed", "3", "--format", "csv", "--threads", "1");
        Cli randomThree = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--strategy", "random",
                "--samples", "40", "--seed", "3", "--format", "csv", "--threads", "3");
        assertEquals(randomOne.out(), randomThree.out());
    }

    @Test
    void textOutputOfASmallNetwork() throws Exception {
        Cli text = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--macs", "256", "--dataflows", "ws,os",
                "--top", "6");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.err().contains("100% 12/12 designs"), text.err());
        Goldens.assertMatches("dse-lenet5-systolic.txt", text.out().replaceAll("legal, [0-9.e+-]+ s\n",
                "legal, <time> s\n"));
        Cli layer = Cli.run("dse", "--target", "systolic", "--net", "lenet5", "--layer", "c3", "--format", "md");
        assertEquals(0, layer.exit(), layer.err());
        assertTrue(layer.out().startsWith("sinapsis dse: layer c3 of lenet5 on systolic"), layer.out());
        assertTrue(layer.out().contains("| c3 |"), layer.out());
    }

    @Test
    void badFlagsAreOneLineAndExit2() {
        String[][] cases = {
            {"sinapsis: --dataflows: expected os, ws or is, got 'xs'", "--dataflows", "ws,xs"},
            {"sinapsis: --dataflows: 'os' is given twice", "--dataflows", "os,os"},
            {"sinapsis: --macs: a budget of 32 PEs is below the smallest array searched, 8x8; give --macs 64 or more",
                "--macs", "32"},
            {"sinapsis: --write-spec: 'chosen.txt': name the file *.yaml", "--write-spec", "chosen.txt"},
            {"sinapsis: --program: a systolic array runs preset mappings, not a program;", "--program", "p.yaml"},
            {"sinapsis: --precision: target 'systolic' has 1-byte words; fp32 needs 4", "--precision", "fp32"},
            {"sinapsis: --layer: network 'lenet5' has no convolution, dense or recurrent layer 'pool1'", "--layer",
                "pool1"},
            {"sinapsis: --threads: must be at least 1, got 0", "--threads", "0"},
        };
        for (String[] c : cases) {
            Cli r = Cli.run("dse", "--target", "systolic", "--net", "lenet5", c[1], c[2]);
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.errLine().startsWith(c[0]), r.errLine());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        Cli fpga = Cli.run("dse", "--target", "fpga-vx485t", "--net", "lenet5", "--macs", "1024");
        assertEquals(2, fpga.exit());
        assertEquals("sinapsis: --macs: applies to systolic targets only; 'fpga-vx485t' is an FPGA", fpga.errLine());
        Cli tpu = Cli.run("dse", "--target", "tpu-v1", "--net", "lenet5");
        assertEquals(2, tpu.exit());
        assertTrue(tpu.errLine().startsWith("sinapsis: --target: 'tpu-v1' is a tpu target; dse explores FPGA targets"),
                tpu.errLine());
    }
}
