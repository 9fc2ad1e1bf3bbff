// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.InvalidInputException;

class EnergyTest {

    private static ActionCounts counts() {
        return ActionCounts.builder()
                .add("pe", "mac", 1_000_000)
                .add("sram", "random_read", 1000)
                .add("sram", "read", 1000)
                .add("chip", "leak_cycle", 700)
                .add("pe", "mac", 0)
                .build();
    }

    @Test
    void countsMergeDropZerosAndIterateInKeyOrder() {
        ActionCounts c = counts();
        assertEquals(1_000_000, c.get("pe", "mac"));
        assertEquals(0, c.get("pe", "idle"));
        assertEquals(List.of("chip.leak_cycle", "pe.mac", "sram.random_read", "sram.read"),
                c.counts().keySet().stream().map(ActionKey::toString).toList());
        assertEquals(2_000_000, c.plus(c).get("pe", "mac"));
        assertEquals(3_000_000, c.times(3).get("pe", "mac"));
        assertThrows(IllegalArgumentException.class, () -> ActionCounts.builder().add("pe", "mac", -1));
        assertThrows(IllegalArgumentException.class, () -> new ActionKey("PE", "mac"));
    }

    @Test
    void energyIsCountsTimesTableWithFallbacks() {
        EnergyTable table = EnergyTables.builtIn("tiny-test");
        EnergyBreakdown e = EnergyCalculator.estimate(counts(), table);
        assertEquals("ERT:tiny-test", e.source());
        assertEquals(1_000_000 * 0.25e-12, e.byComponentJoules().get("pe"), 1e-18);
        assertEquals(2000 * 5e-12, e.byComponentJoules().get("sram"), 1e-18);
        assertEquals(700 * 40e-12, e.byComponentJoules().get("chip"), 1e-18);
        assertEquals(List.of("chip", "pe", "sram"), List.copyOf(e.byComponentJoules().keySet()));
        assertEquals(0.25e-6 + 1e-8 + 2.8e-8, e.totalJoules(), 1e-18);
    }

    @Test
    void anUnpricedActionIsAnErrorNotAZero() {
        ActionCounts c = ActionCounts.builder().add("dram", "read_byte", 64).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EnergyCalculator.estimate(c, EnergyTables.builtIn("tiny-test")));
        assertEquals("energy table 'tiny-test': dram.read_byte: no energy for this action (the machine counted 64 of"
                + " them)", e.getMessage());
    }

    @Test
    void everyEntryNeedsASourceAndOnePrice() {
        assertThrows(IllegalArgumentException.class, () -> new EnergyEntry("pe", "mac", 1, " "));
        assertThrows(IllegalArgumentException.class, () -> new EnergyEntry("pe", "mac", -1, "x"));
        EnergyEntry e = new EnergyEntry("pe", "mac", 1, "x");
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable("t", "", List.of(e, e)));
    }

    @Test
    void yamlRoundTrips(@TempDir Path dir) throws Exception {
        EnergyTable table = EnergyTables.builtIn("tiny-test");
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, EnergyTables.toYaml(table));
        assertEquals(table, EnergyTables.parse(file));
    }

    @Test
    void accelergyErtRoundTripsEnergies(@TempDir Path dir) throws Exception {
        EnergyTable table = EnergyTables.builtIn("tiny-test");
        String ert = EnergyTables.toAccelergy(table);
        assertTrue(ert.startsWith("ERT:\n"), ert);
        assertTrue(ert.contains("  - name: pe\n    actions:\n    - name: mac\n      arguments: null\n      energy: 0.25\n"), ert);
        Path file = dir.resolve("ERT.yaml");
        Files.writeString(file, ert);
        EnergyTable back = EnergyTables.parse(file);
        assertEquals("ERT", back.name());
        assertEquals(Map.of("pe.mac", 0.25, "sram.read", 5.0, "chip.leak_cycle", 40.0),
                Map.of("pe.mac", back.entries().get(0).energyPj(), "sram.read", back.entries().get(1).energyPj(),
                        "chip.leak_cycle", back.entries().get(2).energyPj()));
        assertEquals("Accelergy ERT ERT.yaml", back.entries().get(0).source());
    }

    @Test
    void accelergyNamesBecomeComponents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eyeriss.yaml");
        Files.writeString(file, """
                ERT:
                  version: 0.4
                  tables:
                  - name: eyeriss.PE[0..167].mac
                    actions:
                    - {name: mac_random, arguments: null, energy: 2.2}
                """);
        EnergyTable t = EnergyTables.parse(file);
        assertEquals("eyeriss.pe_0_167_.mac", t.entries().get(0).component());
        assertEquals(2.2, t.entry(new ActionKey("eyeriss.pe_0_167_.mac", "mac_random")).orElseThrow().energyPj());
    }

    @Test
    void badTableFilesNameTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                version: 1
                name: bad
                description: d
                entries:
                  - {component: pe, action: mac, energy_pj: -3, source: s}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EnergyTables.parse(file));
        assertTrue(e.getMessage().startsWith(file + ":5: entries[0].energy_pj: energy_pj of pe.mac must"),
                e.getMessage());
    }
}
