// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.neuromorphic.process.ExplicitSpikes;
import org.sinapsis.neuromorphic.runtime.TickObserver;
import org.sinapsis.neuromorphic.runtime.TickRuntime;

/**
 * Oracle: TrueNorth's measured power. Every core of the chip runs the synthetic recurrent network
 * at a 20 Hz mean rate with 128 active synapses per neuron, the operating point of the published
 * 65 mW (0.75 V, Akopyan 2015) and 72 mW / 26 pJ per synaptic event (0.775 V, Merolla 2014). The
 * power comes from the chip's own event counts priced by the truenorth-28nm table, whose entries
 * are per-bit, per-hop and idle figures, not these totals.
 */
class FullChipPowerTest {

    @Test
    void trueNorthFullChipDrawsItsPublishedPowerAndEnergyPerSynapticEvent() {
        NeuroChipSpec tn = (NeuroChipSpec) ArchSpecs.presets().get("truenorth");
        ChipConfig config = SyntheticChipWorkload.fullChip(tn, 50, 0.5, 4, 11);
        assertEquals(4096, config.cores().size());
        NeuroChip chip = new NeuroChip(tn, config, 1);
        chip.reset(0);
        int ticks = 40;
        TickRuntime.run(chip, ExplicitSpikes.every(0), 0, ticks, TickObserver.NONE, 0);
        ChipCounters c = chip.counters();
        double seconds = c.elapsedSeconds;
        assertEquals(ticks * 1e-3, seconds, 1e-12);
        double rateHz = c.spikes / (double) config.neurons() / seconds;
        double synapsesPerSpike = (double) c.synapticEvents / c.axonEvents;
        EnergyBreakdown e = EnergyCalculator.estimate(c.actions(chip.routersUsed()), EnergyTables.builtIn(tn.energyTable()));
        double powerMw = e.totalJoules() / seconds * 1e3;
        double pjPerEvent = e.totalJoules() / c.synapticEvents * 1e12;
        assertEquals(20, rateHz, 1.0, "mean firing rate");
        assertEquals(128, synapsesPerSpike, 2.0, "active synapses per spike");
        assertTrue(powerMw >= 65 && powerMw <= 72, "power " + powerMw + " mW");
        assertEquals(26, pjPerEvent, 1.5, "energy per synaptic event");
        assertEquals(0, c.overrunTicks);
    }
}
