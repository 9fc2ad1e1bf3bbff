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

/** The commands users script against: output, exit codes and one-line errors. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPOLOGIES = "src/test/resources/topologies/";
    /** A quick measurement, so the cpu target runs in milliseconds in tests. */
    static final String FAST_CPU = """
            version: 1
            kind: cpu
            name: cpu-fast
            description: one warm-up, three timed runs
            threads: 1
            measurement:
              warmup_runs: 1
              min_warmup_seconds: 0
              min_measured_runs: 3
              min_measured_seconds: 0
              max_measured_runs: 3
            """;

    /** Writes {@link #FAST_CPU} into {@code dir} and returns its path. */
    static Path fastCpu(Path dir) throws Exception {
        Path spec = dir.resolve("cpu-fast.yaml");
        Files.writeString(spec, FAST_CPU);
        return spec;
    }

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("sinapsis "), v.out());
        Cli h = Cli.run("--help");
        assertEquals(0, h.exit());
        for (String cmd : new String[] {"targets", "zoo", "run", "compare"}) {
            assertTrue(h.out().contains(cmd), cmd);
            assertEquals(0, Cli.run(cmd, "--help").exit(), cmd);
        }
    }

    @Test
    void targetsListsCpuAndShowsItsSpec(@TempDir Path dir) throws Exception {
        Cli list = Cli.run("targets");
        assertEquals(0, list.exit());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("cpu ")), list.out());
        Cli show = Cli.run("targets", "show", "cpu");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("kind: cpu"), show.out());
        Path copy = dir.resolve("copy.yaml");
        Files.writeString(copy, show.out());
        Cli again = Cli.run("targets", "show", copy.toString());
        assertEquals(show.out(), again.out());
    }

    @Test
    void zooShowsLayersShapesAndMacs() {
        Cli list = Cli.run("zoo", "list");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("resnet50"), list.out());
        Cli show = Cli.run("zoo", "show", "lenet5");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("MACs per example:  416520"), show.out());
        assertTrue(show.out().contains("[6, 28, 28]"), show.out());
        Cli csv = Cli.run("zoo", "show", TOPOLOGIES + "mlp_gemm.csv", "--batch", "1");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().contains("256x256x256"), csv.out());
    }

    @Test
    void runPrintsEveryContractFieldAsJson(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("run", "--target", fastCpu(dir).toString(), "--net", "perceptron", "--batch", "4",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(32, n.size());
        assertEquals("cpu-fast", n.get("target").asText());
        assertEquals("cpu", n.get("targetKind").asText());
        assertEquals(4, n.get("batch").asInt());
        assertTrue(n.get("measured").asBoolean());
        assertEquals(4 * 7840, n.get("macs").asLong());
        assertTrue(n.get("latencySeconds").asDouble() > 0);
        assertEquals(4 / n.get("latencySeconds").asDouble(), n.get("throughputInferencesPerSecond").asDouble(), 1e-6);
        assertTrue(n.get("cycles").isNull());
        assertTrue(n.get("timesteps").isNull());
        assertEquals("exact", n.get("referenceMatch").asText());
    }

    @Test
    void compareWritesCsvAndResultFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        Cli c = Cli.run("compare", "--net", TOPOLOGIES + "tiny.csv", "--targets", fastCpu(dir).toString(),
                "--format", "csv", "--out", out.toString());
        assertEquals(0, c.exit(), c.err());
        String[] lines = c.out().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("tool,version,target,targetKind,network,batch,"), lines[0]);
        assertTrue(lines[1].contains(",cpu-fast,cpu,tiny,1,fp32,true,"), lines[1]);
        Path run = out.resolve("compare-tiny");
        assertTrue(Files.exists(run.resolve("results.json")));
        assertTrue(Files.exists(run.resolve("results.csv")));
        assertTrue(Files.readString(run.resolve("effective-spec-cpu-fast.yaml")).contains("kind: cpu"));
        try (var files = Files.list(run)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void traceIsChromeJsonWithOneSpanPerTimedRun(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.json");
        Cli r = Cli.run("run", "--target", fastCpu(dir).toString(), "--net", "perceptron", "--trace",
                trace.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode events = JSON.readTree(trace.toFile()).get("traceEvents");
        long spans = 0;
        for (JsonNode e : events) {
            if (e.get("ph").asText().equals("X")) {
                spans++;
            }
        }
        assertEquals(3, spans);
    }

    @Test
    void compareShowsWhyATargetCannotRun(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("compare", "--net", "perceptron", "--targets", fastCpu(dir).toString(), "--precision", "bf16");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("cannot run: --precision: target 'cpu-fast' runs the fp32 and int8 reference"),
                c.out());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        assertBad("--target: unknown target 'tpu-v9'; known: ", "run", "--target", "tpu-v9", "--net", "perceptron");
        assertBad("--net: unknown network 'vgg99'; known: perceptron, ", "run", "--target", "cpu", "--net", "vgg99");
        assertBad("--batch: must be at least 1, got 0", "run", "--target", "cpu", "--net", "perceptron", "--batch", "0");
        assertBad("Unknown option: '--bogus'", "run", "--bogus", "--target", "cpu", "--net", "perceptron");
        assertBad("Missing required option: '--net=N'", "run", "--target", "cpu");
        assertBad("Invalid value for option '--format': expected one of text, md, csv, json, got 'xml'", "compare",
                "--net", "perceptron", "--format", "xml");
        assertBad("Invalid value for option '--precision': expected one of int8, int16, bf16, fp32, fixed18, bfp8,"
                + " got 'int4'", "run", "--target", "cpu", "--net", "perceptron", "--precision", "int4");
        assertBad("no/such.csv: no such file", "run", "--target", "cpu", "--net", "no/such.csv");
        assertBad(TOPOLOGIES + "not_integer.csv:3: column 4 'Filter Height': expected a positive integer, got 'x'",
                "run", "--target", "cpu", "--net", TOPOLOGIES + "not_integer.csv");
        assertBad("--trace: 't.txt': name the file *.json (Chrome trace-event JSON) or *.csv", "run", "--target",
                fastCpu(dir).toString(), "--net", "perceptron", "--trace", "t.txt");
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, FAST_CPU.replace("threads: 1", "threads: two"));
        assertBad(spec + ":5: threads: expected an integer, got 'two'", "run", "--target", spec.toString(), "--net",
                "perceptron");
    }

    @Test
    void benchListsBenchmarksAndRejectsUnknownOnes() {
        Cli list = Cli.run("bench", "--list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("reference"), list.out());
        assertBad("NAME: unknown benchmark 'nope'; known: ", "bench", "nope");
        assertBad("--repeats: must be at least 1, got 0", "bench", "reference", "--repeats", "0");
    }

    private static void assertBad(String expectedStart, String... args) {
        Cli c = Cli.run(args);
        assertEquals(2, c.exit(), c.err());
        String line = c.errLine();
        assertTrue(line.startsWith("sinapsis: " + expectedStart), line);
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
    }
}
