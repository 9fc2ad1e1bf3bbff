// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.traces.golden.Goldens;

/** The chip program: consistency checks, capacity checks, the file form, the dump and the report. */
class ChipConfigsTest {
    private static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");
    private static final NeuroChipSpec TRUENORTH = (NeuroChipSpec) ArchSpecs.presets().get("truenorth");

    /** Two per-synapse cores: core 0 (2 neurons) feeds core 5 (1 neuron) on another tile. */
    static ChipConfig twoCores() {
        CoreProgram a = CoreProgram.builder(0, "hidden[0:2]", 2, 2, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 10, 1, 0).neuron(1, 12, 0, 5)
                .synapse(0, 0, 5).synapse(1, 1, -3).synapse(1, 0, 7)
                .target(0, 5, 0, 1).target(1, 5, 1, 2)
                .build();
        CoreProgram b = CoreProgram.builder(5, "out[0:1]", 1, 2, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 4, 0, 0).synapse(0, 0, 2).synapse(1, 0, -2).build();
        return new ChipConfig("loihi", InputEncoding.REGULAR, 0.5, List.of(a, b),
                InputMap.of(new int[][] {{0, 0}, {0, 1}}), new OutputMap(new int[] {5}, new int[] {0}));
    }

    @Test
    void builderLaysSynapsesOutByAxon() {
        CoreProgram a = twoCores().cores().get(0);
        assertArrayEquals(new int[] {0, 1, 3}, a.axonStart());
        assertEquals(5, a.weight(0, 0));
        assertEquals(-3, a.weight(1, 1));
        assertEquals(7, a.weight(1, 2));
        assertArrayEquals(new int[] {0, 1, 2}, a.targetStart());
    }

    @Test
    void fileFormRoundTripsAndIsSealed(@TempDir Path dir) throws Exception {
        ChipConfig config = twoCores();
        StringWriter w = new StringWriter();
        ChipConfigs.write(config, w);
        Goldens.assertMatches("chip/two-cores.yaml", w.toString());
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, w.toString());
        ChipConfig back = ChipConfigs.read(file);
        assertEquals(config, back);
    }

    @Test
    void axonTypeCoresRoundTrip(@TempDir Path dir) throws Exception {
        CoreProgram tn = CoreProgram.builder(3, "tn", 2, 3, NeuronSettings.integrateAndFireSubtractive())
                .axonTypes(4).axonType(0, 0).axonType(1, 2).axonType(2, 3)
                .typeWeight(0, 0, 1).typeWeight(0, 2, -1).typeWeight(1, 3, 2)
                .synapse(0, 0, 0).synapse(1, 0, 0).synapse(2, 1, 0).build();
        assertEquals(1, tn.weight(0, 0));
        assertEquals(-1, tn.weight(1, 1));
        assertEquals(2, tn.weight(2, 2));
        ChipConfig config = new ChipConfig("truenorth", InputEncoding.POISSON, 0, List.of(tn),
                InputMap.of(new int[][] {{3, 0, 3, 1}}), new OutputMap(new int[] {3}, new int[] {1}));
        ChipConfigs.check(config, TRUENORTH);
        StringWriter w = new StringWriter();
        ChipConfigs.write(config, w);
        Path file = dir.resolve("tn.yaml");
        Files.writeString(file, w.toString());
        assertEquals(config, ChipConfigs.read(file));
    }

    @Test
    void inconsistentRoutesAreRejected() {
        CoreProgram a = CoreProgram.builder(0, "a", 1, 1, NeuronSettings.integrateAndFireSubtractive())
                .target(0, 7, 0, 1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChipConfig("loihi",
                InputEncoding.REGULAR, 0, List.of(a), InputMap.of(new int[0][]), new OutputMap(new int[0], new int[0])));
        assertTrue(e.getMessage().contains("core 7, which is not in use"), e.getMessage());
    }

    @Test
    void capacityChecksNameTheResource() {
        ChipConfigs.check(twoCores(), LOIHI);
        InfeasibleException e = assertThrows(InfeasibleException.class, () -> ChipConfigs.check(twoCores(), TRUENORTH));
        assertEquals("axon types", e.resource());
        CoreProgram big = CoreProgram.builder(0, "big", 1, 1, NeuronSettings.integrateAndFireSubtractive())
                .synapse(0, 0, 300).build();
        ChipConfig c = new ChipConfig("loihi", InputEncoding.REGULAR, 0, List.of(big), InputMap.of(new int[0][]),
                new OutputMap(new int[0], new int[0]));
        InfeasibleException w = assertThrows(InfeasibleException.class, () -> ChipConfigs.check(c, LOIHI));
        assertEquals("weight bits", w.resource());
        assertTrue(w.getMessage().contains("has weight 300; 9 signed bits hold +-255"), w.getMessage());
    }

    @Test
    void badFilesNameTheLineAndField(@TempDir Path dir) throws Exception {
        StringWriter w = new StringWriter();
        ChipConfigs.write(twoCores(), w);
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, w.toString().replace("threshold: \"10 12\"", "threshold: \"10 x\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ChipConfigs.read(file));
        assertTrue(e.getMessage().matches(".*bad\\.yaml:\\d+: cores\\[0\\]\\.threshold: entry 1 is not an integer: 'x'"),
                e.getMessage());
    }

    @Test
    void reportCountsHopsAndUtilization() throws Exception {
        MappingReport r = ChipConfigs.report(twoCores(), LOIHI);
        assertEquals(2, r.coresUsed());
        assertEquals(128, r.coresAvailable());
        // core 0 at tile (0,0), core 5 at tile 1 = (1,0): one hop each for both routes
        assertEquals(List.of(0L, 2L), r.hopHistogram());
        assertEquals(1.0, r.meanHops());
        assertEquals((2.0 / 1024 + 1.0 / 1024) / 2, r.meanNeuronUtilization(), 1e-12);
        Goldens.assertMatches("chip/two-cores.dump.txt", ChipConfigs.dump(twoCores(), LOIHI));
    }

    @Test
    void geometryRoutesXThenY() {
        ChipGeometry g = new ChipGeometry(TRUENORTH.mesh());
        int from = g.routerAt(1, 1);
        int to = g.routerAt(3, 0);
        int[] links = new int[8];
        int n = g.path(from, to, links);
        assertEquals(3, n);
        assertEquals("1,1>E", g.linkName(links[0]));
        assertEquals("2,1>E", g.linkName(links[1]));
        assertEquals("3,1>S", g.linkName(links[2]));
        assertEquals(3, g.hops(from, to));
    }
}
