// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipConfigs;
import org.sinapsis.isa.energy.EnergyEntry;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.data.FashionMnist;

/** The spiking targets from the command line: result fields, options, refusals, traces and files. */
class NeuromorphicCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runReportsTheSpikingFields() throws Exception {
        Cli c = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "16", "--format", "json");
        assertEquals(0, c.exit(), c.err());
        JsonNode r = JSON.readTree(c.out());
        assertEquals("neuromorphic", r.get("targetKind").asText());
        assertEquals(16, r.get("timesteps").asInt());
        assertEquals(16, r.get("cycles").asLong());
        assertTrue(r.get("spikes").asLong() > 0);
        assertTrue(r.get("synapticEvents").asLong() > r.get("spikes").asLong());
        assertEquals(6, r.get("coresUsed").asInt());
        assertEquals("ERT:loihi-14nm", r.get("energySource").asText());
        assertTrue(r.get("energyBreakdownJoules").has("core"));
        assertTrue(r.get("peakOpsPerSecond").isNull());
        assertEquals(false, r.get("measured").asBoolean());
    }

    @Test
    void theAccuracyReportIsPrintedWithTextAndWrittenWithOutButJsonStaysOneResult(@TempDir Path dir)
            throws Exception {
        assumeTrue(FashionMnist.locate().isPresent(), FashionMnist.missingMessage());
        Cli json = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "8", "--samples", "40",
                "--format", "json", "--out", dir.toString());
        assertEquals(0, json.exit(), json.err());
        assertEquals(40, JSON.readTree(json.out()).get("samples").asInt(), "stdout is one JSON result");
        Path run = dir.resolve("fashion-mlp-loihi");
        for (String file : List.of("snn-report.txt", "chip-config.yaml", "map.txt")) {
            assertTrue(Files.isRegularFile(run.resolve(file)), file + " under " + run);
        }
        assertTrue(Files.readString(run.resolve("snn-report.txt")).startsWith("Accuracy on fashion-mlp, 40 labelled"
                + " samples: ANN fp32 "));
        Cli text = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "8", "--samples", "40");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("timesteps  SNN rate [%]  SNN rate-half-threshold [%]"), text.out());
    }

    @Test
    void badTimestepsAreOneLineErrors() {
        Cli c = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "0");
        assertEquals(2, c.exit());
        assertEquals("sinapsis: --timesteps: must be at least 1, got 0", c.errLine());
        Cli p = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--precision", "fp32");
        assertEquals(2, p.exit());
        assertTrue(p.errLine().startsWith("sinapsis: --precision: target 'loihi' runs the chip's 9-bit integer"),
                p.errLine());
    }

    @Test
    void maxPoolingDoesNotFitAndExitsWithThree() {
        Cli c = Cli.run("run", "--target", "truenorth", "--net", "fashion-cnn");
        assertEquals(3, c.exit(), c.err());
        assertTrue(c.errLine().startsWith("sinapsis: does not fit: target 'truenorth': layer 'pool1' (MaxPool): "
                + "max pooling has no spiking equivalent"), c.errLine());
    }

    @Test
    void compareHasARowPerChip() throws Exception {
        Cli c = Cli.run("compare", "--net", "fashion-mlp", "--targets", "truenorth,loihi,spinnaker,brainscales",
                "--timesteps", "8", "--format", "json");
        assertEquals(0, c.exit(), c.err());
        JsonNode rows = JSON.readTree(c.out());
        assertEquals(4, rows.size());
        for (JsonNode r : rows) {
            assertTrue(r.get("error").isNull(), r.toString());
            assertEquals(8, r.get("timesteps").asInt());
            assertTrue(r.get("throughputInferencesPerSecond").asDouble() > 0);
        }
        assertTrue(rows.get(3).get("energyJoules").isNull(), "brainscales has no energy table");
        assertEquals(1e3, rows.get(0).get("clockHz").asDouble(), 1e-9, "truenorth ticks at 1 kHz");
    }

    @Test
    void anEnergyTableIsSwappedInTheSpecWithoutChangingTheSimulation(@TempDir Path dir) throws Exception {
        EnergyTable builtIn = EnergyTables.builtIn("loihi-14nm");
        List<EnergyEntry> doubled = builtIn.entries().stream().map(e -> new EnergyEntry(e.component(), e.action(),
                2 * e.energyPj(), "test: twice " + builtIn.name())).toList();
        Path table = dir.resolve("double.yaml");
        Files.writeString(table, EnergyTables.toYaml(new EnergyTable("double", "twice loihi", doubled)));
        Cli show = Cli.run("targets", "show", "loihi");
        Path spec = dir.resolve("my-loihi.yaml");
        Files.writeString(spec, show.out().replace("name: loihi", "name: my-loihi")
                .replace("energy_table: loihi-14nm", "energy_table: " + table));
        JsonNode a = JSON.readTree(Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "4",
                "--format", "json").out());
        Cli c = Cli.run("run", "--target", spec.toString(), "--net", "fashion-mlp", "--timesteps", "4", "--format",
                "json");
        assertEquals(0, c.exit(), c.err());
        JsonNode b = JSON.readTree(c.out());
        assertEquals(a.get("synapticEvents").asLong(), b.get("synapticEvents").asLong());
        assertEquals(2 * a.get("energyJoules").asDouble(), b.get("energyJoules").asDouble(),
                1e-9 * a.get("energyJoules").asDouble());
        assertEquals("ERT:double", b.get("energySource").asText());
    }

    @Test
    void traceAndOutputFilesHoldSpikesAndTheChipConfiguration(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("t.csv");
        Cli c = Cli.run("run", "--target", "loihi", "--net", "fashion-mlp", "--timesteps", "4", "--trace",
                trace.toString(), "--out", dir.toString());
        assertEquals(0, c.exit(), c.err());
        List<String> lines = Files.readAllLines(trace);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("instant,core ") && l.contains("spike")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("counter,router,") && l.contains("link-load")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("counter,core ") && l.contains("synaptic_events")));
        Path run = dir.resolve("fashion-mlp-loihi");
        ChipConfig config = ChipConfigs.read(run.resolve("chip-config.yaml"));
        assertEquals(6, config.cores().size());
        assertTrue(Files.readString(run.resolve("map.txt")).startsWith("chip configuration for loihi"));
    }
}
