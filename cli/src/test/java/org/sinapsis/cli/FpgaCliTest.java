// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.program.FpgaPrograms;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.traces.golden.Goldens;

/** The FPGA targets and {@code sinapsis dse} as users script them. */
class FpgaCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFpgaPresetsAreTargets() {
        Cli list = Cli.run("targets");
        assertEquals(0, list.exit(), list.err());
        for (String name : new String[] {"fpga-vx485t", "fpga-catapult", "fpga-brainwave"}) {
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith(name + " ") && l.contains(" fpga ")), list.out());
        }
        Cli show = Cli.run("targets", "show", "fpga-catapult");
        assertTrue(show.out().contains("kind: fpga") && show.out().contains("default precision fixed18"), show.out());
    }

    @Test
    void runChecksInt8BitForBitAndReportsEveryField() throws Exception {
        Cli r = Cli.run("run", "--target", "fpga-vx485t", "--net", "fashion-cnn", "--precision", "int8", "--batch", "2",
                "--data", "synthetic", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("fpga", n.get("targetKind").asText());
        assertEquals("int8", n.get("precision").asText());
        assertFalse(n.get("measured").asBoolean());
        assertEquals("exact", n.get("referenceMatch").asText());
        assertTrue(n.get("cycles").asLong() > 0);
        assertEquals(n.get("cycles").asDouble() / 100e6, n.get("latencySeconds").asDouble(), 1e-12);
        assertEquals("ERT:fpga-vx485t", n.get("energySource").asText());
        assertTrue(n.get("energyBreakdownJoules").has("ddr") && n.get("energyBreakdownJoules").has("board"));
        assertTrue(n.get("utilization").asDouble() > 0 && n.get("utilization").asDouble() <= 1);
        assertTrue(n.get("accuracy").isNull(), "--data synthetic has no labels");
        Cli fixed = Cli.run("run", "--target", "fpga-catapult", "--net", "fashion-cnn", "--format", "json");
        assertEquals(0, fixed.exit(), fixed.err());
        assertEquals("within-tolerance", JSON.readTree(fixed.out()).get("referenceMatch").asText());
        assertEquals("fixed18", JSON.readTree(fixed.out()).get("precision").asText());
        if (FashionMnist.locate().isPresent()) {
            double accuracy = JSON.readTree(fixed.out()).get("accuracy").asDouble();
            assertTrue(accuracy > 0.88, "the bundled fashion-cnn in 18-bit fixed point: " + accuracy);
        }
    }

    @Test
    void aDesignThatDoesNotFitExitsThreeAndAMissingPrecisionTwo() {
        Cli dsp = Cli.run("run", "--target", "fpga-brainwave", "--net", "lenet5", "--precision", "fp32");
        assertEquals(3, dsp.exit(), dsp.err());
        assertTrue(dsp.errLine().startsWith("sinapsis: does not fit: target 'fpga-brainwave': dsp: no design of the"),
                dsp.errLine());
        assertTrue(dsp.errLine().contains("needs 96000, the device has 5760"), dsp.errLine());
        Cli precision = Cli.run("run", "--target", "fpga-vx485t", "--net", "lenet5", "--precision", "bfp8");
        assertEquals(2, precision.exit(), precision.err());
        assertEquals("sinapsis: --precision: target 'fpga-vx485t' builds its array in fp32, fixed18, int16, int8; bfp8"
                + " is not available on it", precision.errLine());
        Cli notFpga = Cli.run("dse", "--target", "cpu", "--net", "lenet5");
        assertEquals(2, notFpga.exit());
        assertTrue(notFpga.errLine().startsWith("sinapsis: --target: 'cpu' is a cpu target; dse explores FPGA"),
                notFpga.errLine());
        Cli layer = Cli.run("dse", "--target", "fpga-vx485t", "--net", "lenet5", "--layer", "pool1");
        assertEquals(2, layer.exit());
        assertTrue(layer.errLine().startsWith("sinapsis: --layer: network 'lenet5' has no convolution, dense or"),
                layer.errLine());
    }

    @Test
    void dseShowsTheChosenDesignAndTheRooflinePoints(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("alexnet-conv.yaml");
        Cli text = Cli.run("dse", "--target", "fpga-vx485t", "--net", "alexnet-conv", "--threads", "2", "--program",
                program.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.err().contains("100% 676/676 designs"), text.err());
        String sealed = text.out().replaceAll("legal, [0-9.e+-]+ s\n", "legal, <time> s\n");
        Goldens.assertMatches("dse-alexnet-conv-vx485t.txt", sealed);
        assertEquals(64, FpgaPrograms.parse(program).tm(), "the written program reads back");
        Cli bin = Cli.run("dse", "--target", "fpga-vx485t", "--net", "lenet5", "--program", "p.bin");
        assertEquals(2, bin.exit());
        assertEquals("sinapsis: --program: 'p.bin': name the file *.yaml (the program) or *.txt (its loop nests)",
                bin.errLine());
        Cli csv = Cli.run("dse", "--target", "fpga-catapult", "--net", "lenet5", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\n");
        assertTrue(csv.err().contains("100% " + (lines.length - 1) + "/" + (lines.length - 1) + " designs"), csv.err());
        assertEquals("index,design,tm,tn,tr,tc,weightsResident,legal,reason,chosen,dspBlocks,cycles,flops,ddrBytes,"
                + "ctcFlopsPerByte,computeRoofFlopsPerSecond,bandwidthRoofFlopsPerSecond,attainableFlopsPerSecond",
                lines[0]);
        assertEquals(1, csv.out().lines().filter(l -> l.contains(",true,,true,")).count(), "one chosen design");
        Cli layer = Cli.run("dse", "--target", "fpga-vx485t", "--net", "alexnet-conv", "--layer", "conv5",
                "--strategy", "random", "--samples", "64", "--format", "json");
        assertEquals(0, layer.exit(), layer.err());
        assertEquals(64, JSON.readTree(layer.out()).size());
    }

    @Test
    void compareRunsTheFpgaTargetsSideBySide(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        Cli c = Cli.run("compare", "--net", "fashion-mlp", "--targets", "fpga-vx485t,fpga-catapult,fpga-brainwave",
                "--format", "csv", "--out", out.toString());
        assertEquals(0, c.exit(), c.err());
        String[] rows = c.out().split("\n");
        assertEquals(4, rows.length);
        assertTrue(rows[1].contains(",fpga-vx485t,fpga,fashion-mlp,1,fp32,false,"), rows[1]);
        assertTrue(rows[2].contains(",fpga-catapult,fpga,fashion-mlp,1,fixed18,false,"), rows[2]);
        assertTrue(rows[3].contains(",fpga-brainwave,fpga,fashion-mlp,1,bfp8,false,"), rows[3]);
        assertTrue(Files.readString(out.resolve("compare-fashion-mlp/effective-spec-fpga-brainwave.yaml"))
                .contains("fixed_tm: 2400"));
    }
}
