// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TPU and systolic targets through the command line: run, targets, compare, traces, bad specs. */
class TpuCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runPrintsCyclesEnergyStallsAndTheReferenceCheck() throws Exception {
        Cli r = Cli.run("run", "--target", "tpu-v1", "--net", "mlp0", "--batch", "4", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("tpu-v1", j.get("target").asText());
        assertEquals("int8", j.get("precision").asText());
        assertEquals(7.0e8, j.get("clockHz").asDouble());
        assertEquals(256 * 256 * 2 * 7.0e8, j.get("peakOpsPerSecond").asDouble(), 1);
        assertTrue(j.get("cycles").asLong() > 0);
        assertEquals(j.get("cycles").asLong() / 7.0e8, j.get("latencySeconds").asDouble(), 1e-9);
        assertTrue(j.get("utilization").asDouble() > 0 && j.get("utilization").asDouble() < 0.05,
                "batch 4 leaves the matrix unit waiting for weights: " + j.get("utilization"));
        assertEquals("ERT:tpu-v1-28nm", j.get("energySource").asText());
        // 2000 = 7 x 256 + 208: 2000^2 weights in 8 x 8 tiles of 256^2
        assertEquals("tpu-v1 model: 4 MACs/weight byte vs ridge 1349, memory-bound; weight tiles 95% used; 1 pass of 4",
                j.get("device").asText());
        assertTrue(j.get("energyBreakdownJoules").has("mxu") && j.get("energyBreakdownJoules").has("chip"),
                j.get("energyBreakdownJoules").toString());
        List<String> causes = new ArrayList<>();
        j.get("stallCycles").fieldNames().forEachRemaining(causes::add);
        assertEquals(List.of("weights", "weight_shift", "non_matrix", "raw", "host"), causes);
        assertTrue(j.get("stallCycles").get("weights").asLong() > j.get("cycles").asLong() / 2,
                "weight-bound at batch 4");
        assertEquals("exact", j.get("referenceMatch").asText());
        assertTrue(j.get("device").asText().contains("memory-bound"), j.get("device").asText());
    }

    @Test
    void targetsListAndShowTheTpuAndSystolicPresets(@TempDir Path dir) throws Exception {
        Cli list = Cli.run("targets");
        assertEquals(0, list.exit(), list.err());
        for (String name : List.of("tpu-v1 ", "systolic ", "systolic-256-ws ")) {
            assertTrue(list.out().lines().anyMatch(l -> l.startsWith(name)), name + "\n" + list.out());
        }
        Cli show = Cli.run("targets", "show", "tpu-v1");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("kind: tpu"), show.out());
        assertTrue(show.out().contains("weight_fifo_tiles: 4"), show.out());
        Path copy = dir.resolve("tpu.yaml");
        Files.writeString(copy, show.out());
        assertEquals(show.out(), Cli.run("targets", "show", copy.toString()).out());
        Cli systolic = Cli.run("targets", "show", "systolic");
        assertTrue(systolic.out().contains("dataflow: output-stationary"), systolic.out());
    }

    @Test
    void compareRunsTheTpuBesideTheSystolicArrays() {
        Cli c = Cli.run("compare", "--net", "lenet5", "--batch", "2", "--targets", "tpu-v1,systolic,systolic-256-ws",
                "--format", "csv");
        assertEquals(0, c.exit(), c.err());
        List<String> lines = c.out().lines().toList();
        assertEquals(4, lines.size(), c.out());
        int column = List.of(lines.get(0).split(",")).indexOf("target");
        assertEquals(List.of("tpu-v1", "systolic", "systolic-256-ws"),
                lines.subList(1, 4).stream().map(l -> l.split(",")[column]).toList());
    }

    @Test
    void traceHasATrackPerUnitAndASpanPerInstruction(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("tpu.json");
        Cli r = Cli.run("run", "--target", "tpu-v1", "--net", "lenet5", "--batch", "2", "--trace", trace.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode events = JSON.readTree(trace.toFile()).get("traceEvents");
        Map<Integer, String> threads = new HashMap<>();
        Set<Long> instructions = new HashSet<>();
        long counters = 0;
        for (JsonNode e : events) {
            String phase = e.get("ph").asText();
            if (phase.equals("M") && e.get("name").asText().equals("thread_name")) {
                threads.put(e.get("tid").asInt(), e.get("args").get("name").asText());
            } else if (phase.equals("X") && e.get("args").has("instruction")) {
                instructions.add(e.get("args").get("instruction").asLong());
            } else if (phase.equals("C")) {
                counters++;
                assertTrue(e.get("args").has("mxu_active_cycles"), e.toString());
            }
        }
        assertTrue(threads.values().containsAll(List.of("host-dma", "weight-dma", "mxu", "activation")),
                threads.toString());
        long program = instructions.stream().mapToLong(Long::longValue).max().orElseThrow() + 1;
        assertTrue(program > 10, "instructions: " + program);
        assertEquals(program, instructions.size(), "every instruction has a span");
        assertEquals(1, counters);
    }

    @Test
    void aMalformedSpecIsOneLineNamingFileLineAndField(@TempDir Path dir) throws Exception {
        String spec = Cli.run("targets", "show", "tpu-v1").out().replace("weight_fifo_tiles: 4", "weight_fifo_tiles: many");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, spec);
        Cli r = Cli.run("run", "--target", bad.toString(), "--net", "perceptron");
        assertEquals(2, r.exit());
        int line = spec.lines().toList().indexOf("weight_fifo_tiles: many") + 1;
        assertEquals("sinapsis: " + bad + ":" + line + ": weight_fifo_tiles: expected an integer, got 'many'",
                r.errLine());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void benchNamesTheScaleSimAndTpuBenchmarks() {
        Cli list = Cli.run("bench", "--list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("scalesim ")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("tpu ")), list.out());
    }

    @Test
    void aNetworkThatDoesNotFitExitsThree(@TempDir Path dir) throws Exception {
        String spec = Cli.run("targets", "show", "tpu-v1").out().replace("unified_buffer_kib: 24576",
                "unified_buffer_kib: 4");
        Path small = dir.resolve("small.yaml");
        Files.writeString(small, spec);
        Cli r = Cli.run("run", "--target", small.toString(), "--net", "fashion-cnn", "--batch", "2");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("unified buffer"), r.err());
    }
}
