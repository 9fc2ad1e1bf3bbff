// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.InvalidInputException;

/** The neuromorphic presets: their published figures, energy tables and validation. */
class NeuroChipSpecTest {

    private static NeuroChipSpec preset(String name) {
        return (NeuroChipSpec) ArchSpecs.presets().get(name);
    }

    @Test
    void trueNorthHasItsPublishedShape() {
        NeuroChipSpec tn = preset("truenorth");
        assertEquals(4096, tn.mesh().cores());
        assertEquals(1_048_576L, (long) tn.mesh().cores() * tn.core().neuronsPerCore());
        assertEquals(268_435_456L, (long) tn.mesh().cores() * tn.core().synapsesPerCore());
        assertEquals(SynapseEncoding.AXON_TYPE, tn.core().synapseEncoding());
        assertEquals(4, tn.core().axonTypes());
        assertEquals(255, tn.core().maxWeight());
        assertEquals(1e-3, tn.timing().tickSeconds().getAsDouble());
        assertEquals(TargetKind.NEUROMORPHIC, tn.targetKind());
    }

    @Test
    void loihiTicksAsFastAsItsBarrierAllows() {
        NeuroChipSpec loihi = preset("loihi");
        assertEquals(128, loihi.mesh().cores());
        assertEquals(131_072L, (long) loihi.mesh().cores() * loihi.core().neuronsPerCore());
        assertTrue(loihi.timing().tickSeconds().isEmpty());
        assertEquals(113e-9, loihi.timing().barrierSeconds(1, 32), 1e-15);
        assertEquals(465e-9, loihi.timing().barrierSeconds(32, 32), 1e-15);
        assertEquals(SynapseEncoding.PER_SYNAPSE, loihi.core().synapseEncoding());
    }

    @Test
    void brainScaleSIsAcceleratedAndHasNoEnergyTable() {
        NeuroChipSpec bss = preset("brainscales");
        assertEquals(1e-7, bss.timing().tickSeconds().getAsDouble());
        assertFalse(bss.hasEnergyTable());
    }

    @Test
    void everyPresetRoundTripsAndNamesALoadableEnergyTable() throws Exception {
        for (String name : new String[] {"truenorth", "loihi", "spinnaker", "brainscales"}) {
            NeuroChipSpec spec = preset(name);
            assertEquals(spec, ArchSpecs.parse(YamlConfigReader.read(name, new StringReader(ArchSpecs.toYaml(spec)))));
            if (spec.hasEnergyTable()) {
                assertEquals(spec.energyTable(), EnergyTables.builtIn(spec.energyTable()).name());
            }
        }
    }

    @Test
    void badCoreFiguresNameTheLine() throws Exception {
        String yaml = ArchSpecs.toYaml(preset("loihi")).replace("neurons_per_core: 1024", "neurons_per_core: 0");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ArchSpecs.parse(YamlConfigReader.read("chip.yaml", new StringReader(yaml))));
        assertTrue(e.getMessage().startsWith("chip.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("neurons_per_core: must be in [1, 65535], got 0"), e.getMessage());
    }
}
