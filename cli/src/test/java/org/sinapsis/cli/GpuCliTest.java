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

/** The GPU targets and {@code compare}'s batch sweep through the command line. */
class GpuCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The measured GPU path on Aparapi's Java thread pool: runs on any host, OpenCL or not. */
    private static final String THREAD_POOL_GPU = """
            version: 1
            kind: gpu-opencl
            name: gpu-jtp
            description: the GPU kernels on Aparapi's Java thread pool
            device: java-thread-pool
            declared_power_watts: 20
            measurement:
              warmup_runs: 1
              min_warmup_seconds: 0
              min_measured_runs: 2
              min_measured_seconds: 0
              max_measured_runs: 2
            """;

    @Test
    void theGpuTargetsAreListed() {
        Cli list = Cli.run("targets");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("gpu ") && l.contains("measured")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("gpu-k80 ") && l.contains("simulated")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("gpu-p100 ")), list.out());
        Cli show = Cli.run("targets", "show", "gpu-k80");
        assertTrue(show.out().contains("kind: gpu-roofline"), show.out());
        assertTrue(show.out().contains("fp32_mac_units: 2496"), show.out());
    }

    @Test
    void theModelledK80ReportsCyclesPeakAndTableEnergy() throws Exception {
        Cli r = Cli.run("run", "--target", "gpu-k80", "--net", "mlp0", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("gpu", n.get("targetKind").asText());
        assertFalse(n.get("measured").asBoolean());
        assertEquals(200, n.get("batch").asInt(), "Table 1's batch");
        assertEquals(5.6e8, n.get("clockHz").asDouble());
        assertTrue(n.get("cycles").asLong() > 0);
        assertEquals(n.get("cycles").asLong() / 5.6e8, n.get("latencySeconds").asDouble(), 1e-12);
        assertEquals("ERT:gpu-k80", n.get("energySource").asText());
        assertEquals(98, n.get("averagePowerWatts").asDouble(), 1e-6);
        assertTrue(n.get("utilization").asDouble() > 0 && n.get("utilization").asDouble() < 1);
        assertEquals("not-checked", n.get("referenceMatch").asText());
    }

    @Test
    void compareGivesOneRowPerTargetAndBatch() {
        Cli c = Cli.run("compare", "--net", "mlp0", "--targets", "gpu-k80,gpu-p100", "--batches", "16,64",
                "--format", "csv");
        assertEquals(0, c.exit(), c.err());
        String[] lines = c.out().split("\n");
        assertEquals(5, lines.length, c.out());
        assertTrue(lines[1].contains(",gpu-k80,gpu,mlp0,16,fp32,false,"), lines[1]);
        assertTrue(lines[2].contains(",gpu-p100,gpu,mlp0,16,fp32,false,"), lines[2]);
        assertTrue(lines[3].contains(",gpu-k80,gpu,mlp0,64,fp32,false,"), lines[3]);
        assertTrue(lines[4].contains(",gpu-p100,gpu,mlp0,64,fp32,false,"), lines[4]);
        Cli md = Cli.run("compare", "--net", "lenet5", "--targets", "gpu-k80", "--precision", "int8", "--format", "md");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("cannot run: --precision: target 'gpu-k80' models fp32 arithmetic only"),
                md.out());
    }

    @Test
    void theMeasuredPathRunsOnTheJavaThreadPoolFromASpecFile(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("gpu-jtp.yaml");
        Files.writeString(spec, THREAD_POOL_GPU);
        Cli r = Cli.run("run", "--target", spec.toString(), "--net", "perceptron", "--batch", "2", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("gpu-jtp", n.get("target").asText());
        assertEquals("gpu", n.get("targetKind").asText());
        assertTrue(n.get("measured").asBoolean());
        assertEquals("java-thread-pool", n.get("device").asText());
        assertEquals("within-tolerance", n.get("referenceMatch").asText());
        String source = n.get("energySource").asText();
        assertTrue(source.equals("estimated:declared-power") || source.equals("measured:rapl"), source);
    }

    @Test
    void batchAndBatchesTogetherAreABadUsage() {
        Cli c = Cli.run("compare", "--net", "mlp0", "--targets", "gpu-k80", "--batch", "4", "--batches", "8,16");
        assertEquals(2, c.exit(), c.err());
        assertEquals("sinapsis: --batches: give either --batch or --batches, not both", c.errLine());
        Cli zero = Cli.run("compare", "--net", "mlp0", "--targets", "gpu-k80", "--batches", "8,0");
        assertEquals(2, zero.exit(), zero.err());
        assertEquals("sinapsis: --batches: every batch must be at least 1, got 0", zero.errLine());
    }

    @Test
    void theGemmBenchmarkIsListed() {
        Cli list = Cli.run("bench", "--list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("gemm ")), list.out());
    }
}
