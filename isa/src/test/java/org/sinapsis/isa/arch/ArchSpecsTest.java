// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.networks.InvalidInputException;

class ArchSpecsTest {

    @Test
    void presetsLoadAndRoundTripThroughYaml(@TempDir Path dir) throws Exception {
        assertTrue(ArchSpecs.presets().containsKey("cpu"));
        for (ArchSpec spec : ArchSpecs.presets().values()) {
            Path file = dir.resolve(spec.name() + ".yaml");
            Files.writeString(file, ArchSpecs.toYaml(spec));
            assertEquals(spec, ArchSpecs.parse(file));
        }
    }

    @Test
    void cpuPresetYaml() {
        assertEquals("""
                version: 1
                kind: cpu
                name: cpu
                description: fp32 (EJML) and int8 reference executors measured on this host with every hardware thread; median of timed runs after warm-up
                measurement:
                  warmup_runs: 2
                  min_warmup_seconds: 0.5
                  min_measured_runs: 5
                  min_measured_seconds: 0.5
                  max_measured_runs: 200
                """, ArchSpecs.toYaml(ArchSpecs.presets().get("cpu")));
    }

    @Test
    void versionAndKindAreChecked() {
        InvalidInputException v = assertThrows(InvalidInputException.class,
                () -> ArchSpecs.parse(YamlConfigReader.read("x.yaml", new StringReader("version: 2\nkind: cpu\n"))));
        assertEquals("x.yaml:1: version: unsupported spec version 2; this build reads 1", v.getMessage());
        InvalidInputException k = assertThrows(InvalidInputException.class,
                () -> ArchSpecs.parse(YamlConfigReader.read("x.yaml", new StringReader("version: 1\nkind: abacus\n"))));
        assertTrue(k.getMessage().startsWith("x.yaml:2: kind: unknown spec kind 'abacus'; known: "), k.getMessage());
        assertTrue(k.getMessage().contains("cpu"), k.getMessage());
    }

    @Test
    void specValidationReachesTheUser() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ArchSpecs.parse(
                YamlConfigReader.read("c.yaml", new StringReader("""
                        version: 1
                        kind: cpu
                        name: slow
                        description: d
                        threads: 1
                        measurement:
                          warmup_runs: 0
                          min_warmup_seconds: 0
                          min_measured_runs: 5
                          min_measured_seconds: 0
                          max_measured_runs: 2
                        """))));
        assertEquals("c.yaml:11: measurement.max_measured_runs: max_measured_runs (2) must be >= min_measured_runs (5)",
                e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ArchSpecs.parse(Path.of("no/such/spec.yaml")));
        assertEquals("no/such/spec.yaml: no such file", e.getMessage());
    }
}
