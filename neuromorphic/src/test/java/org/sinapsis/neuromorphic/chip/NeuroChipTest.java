// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroTimingSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.neuromorphic.process.ExplicitSpikes;
import org.sinapsis.neuromorphic.runtime.TickRuntime;

/** A hand-written two-core program: spikes, delays, hops, link loads, counters and tick timing. */
class NeuroChipTest {
    static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");
    static final NeuroChipSpec TRUENORTH = (NeuroChipSpec) ArchSpecs.presets().get("truenorth");

    /** Core 0 (tile 0,0) halves the input rate; core 5 (tile 1,0, one hop east) relays it to the output. */
    static ChipConfig relay(String chip, int delay) {
        CoreProgram.Builder a = CoreProgram.builder(0, "halver", 1, 1, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 2, 0, 0).synapse(0, 0, 1).target(0, 5, 0, delay);
        CoreProgram.Builder b = CoreProgram.builder(5, "relay", 1, 1, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 1, 0, 0).synapse(0, 0, 1);
        if (!chip.equals("loihi")) {
            a.axonTypes(4).typeWeight(0, 0, 1);
            b.axonTypes(4).typeWeight(0, 0, 1);
        }
        return new ChipConfig(chip, InputEncoding.EXPLICIT, 0, List.of(a.build(), b.build()),
                InputMap.of(new int[][] {{0, 0}}),
                new OutputMap(new int[] {5}, new int[] {0}));
    }

    /** The ticks at which the output fires over {@code ticks} ticks of input every tick. */
    static List<Long> outputRaster(NeuroChip chip, int ticks) {
        List<Long> raster = new ArrayList<>();
        chip.reset(0);
        TickRuntime.run(chip, ExplicitSpikes.every(ticks, 0), 0, ticks, (c, tick, start, d) -> {
            for (int k = 0; k < c.coresInUse(); k++) {
                if (c.coreIndex(k) == 5 && c.firedCount(k) > 0) {
                    raster.add(tick);
                }
            }
        }, 0);
        return raster;
    }

    @Test
    void spikesTravelWithTheirDelay() {
        // core 0 fires at ticks 1, 3, 5; with delay 1 the relay fires one tick later
        assertEquals(List.of(2L, 4L), outputRaster(new NeuroChip(LOIHI, relay("loihi", 1), 1), 6));
        assertEquals(List.of(4L), outputRaster(new NeuroChip(LOIHI, relay("loihi", 3), 1), 6));
    }

    @Test
    void countersCountEveryEvent() {
        NeuroChip chip = new NeuroChip(LOIHI, relay("loihi", 1), 1);
        outputRaster(chip, 6);
        ChipCounters c = chip.counters();
        assertEquals(6, c.ticks);
        assertEquals(6, c.inputSpikes);
        assertEquals(8, c.synapticEvents, "6 input events on core 0, 2 relayed events on core 5");
        assertEquals(8, c.axonEvents);
        assertEquals(5, c.spikes, "core 0 at ticks 1, 3, 5; core 5 at 2, 4");
        assertEquals(3, c.hopsX);
        assertEquals(0, c.hopsY);
        assertEquals(12, c.neuronUpdates);
        assertEquals(2, chip.outputSpikes(0));
        assertEquals(1, c.maxLinkLoad);
    }

    @Test
    void loihiTicksLastAsLongAsTheirWorkAndBarrier() {
        NeuroChip chip = new NeuroChip(LOIHI, relay("loihi", 1), 1);
        chip.reset(0);
        List<Double> durations = new ArrayList<>();
        TickRuntime.run(chip, ExplicitSpikes.every(2, 0), 0, 2, (c, t, s, d) -> durations.add(d), 0);
        double barrier = 113e-9 + (465e-9 - 113e-9) * 1 / 31;
        // tick 0: core 0 integrates 1 event (3.5 ns) and updates 1 neuron (8.4 ns); nothing routed
        assertEquals(3.5e-9 + 8.4e-9 + barrier, durations.get(0), 1e-15);
        // tick 1: the same core work plus one spike over one hop (6.5 ns) on a link of load 1 (4.1 ns)
        assertEquals(3.5e-9 + 8.4e-9 + 6.5e-9 + 4.1e-9 + barrier, durations.get(1), 1e-15);
    }

    @Test
    void realTimeTicksLastTheirPeriodAndOverrunsAreCounted() {
        NeuroChip tn = new NeuroChip(TRUENORTH, relay("truenorth", 1), 1);
        outputRaster(tn, 4);
        assertEquals(4e-3, tn.counters().elapsedSeconds, 1e-15);
        assertEquals(0, tn.counters().overrunTicks);
        NeuroTimingSpec fast = new NeuroTimingSpec(java.util.OptionalDouble.of(1e-9), 1e-6, 0, 0, 0, 1000, 0, 0);
        NeuroChipSpec tight = new NeuroChipSpec("tight", "d", "d", TRUENORTH.mesh(), TRUENORTH.core(), fast,
                TRUENORTH.modelVariant(), TRUENORTH.energyTable());
        NeuroChip chip = new NeuroChip(tight, relay("tight", 1), 1);
        outputRaster(chip, 4);
        assertEquals(4, chip.counters().overrunTicks);
        assertEquals(4e-6, chip.counters().elapsedSeconds, 1e-15);
    }

    @Test
    void aProgramThatDoesNotFitIsRefused() {
        InfeasibleException e = assertThrows(InfeasibleException.class,
                () -> new NeuroChip(TRUENORTH, relay("loihi", 1), 1));
        assertEquals("axon types", e.resource());
    }

    @Test
    void linkLoadsMatchTheXThenYPathsOfEverySpike() {
        // 40 neurons on scattered TrueNorth cores, all firing in tick 0, each to a scattered core
        java.util.SplittableRandom r = new java.util.SplittableRandom(8);
        org.sinapsis.isa.chip.ChipGeometry g = new org.sinapsis.isa.chip.ChipGeometry(TRUENORTH.mesh());
        java.util.TreeMap<Integer, CoreProgram.Builder> builders = new java.util.TreeMap<>();
        int[] expected = new int[g.links()];
        int[] path = new int[256];
        for (int i = 0; i < 40; i++) {
            int from = r.nextInt(4096);
            int to = r.nextInt(4096);
            builders.computeIfAbsent(to, c -> CoreProgram.builder(c, "sink", 1, 64,
                    NeuronSettings.integrateAndFireSubtractive()).axonTypes(4));
            CoreProgram.Builder b = builders.computeIfAbsent(from, c -> CoreProgram.builder(c, "src", 1, 64,
                    NeuronSettings.integrateAndFireSubtractive()).axonTypes(4));
            if (builders.get(from).build().targetCore().length > 0) {
                continue;
            }
            b.neuron(0, 1, 0, 1).target(0, to, i, 1);
            int n = g.path(from, to, path);
            for (int l = 0; l < n; l++) {
                expected[path[l]]++;
            }
        }
        List<CoreProgram> cores = builders.values().stream().map(CoreProgram.Builder::build).toList();
        ChipConfig config = new ChipConfig("truenorth", InputEncoding.EXPLICIT, 0, cores, InputMap.of(new int[0][]),
                new OutputMap(new int[0], new int[0]));
        NeuroChip chip = new NeuroChip(TRUENORTH, config, 1);
        chip.reset(0);
        int[] actual = new int[g.links()];
        TickRuntime.run(chip, ExplicitSpikes.every(0), 0, 1, (c, tick, s, d) -> {
            for (int i = 0; i < c.loadedLinks(); i++) {
                actual[c.loadedLink(i)] = c.linkLoad(c.loadedLink(i));
            }
        }, 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    @Test
    void congestionIsALinkCarryingMoreThanItsCapacity() {
        // 3 neurons on core 0 all fire in tick 0 and send east over the same link; capacity 2
        CoreProgram a = CoreProgram.builder(0, "burst", 3, 1, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 1, 0, 1).neuron(1, 1, 0, 1).neuron(2, 1, 0, 1)
                .target(0, 4, 0, 1).target(1, 4, 1, 1).target(2, 4, 2, 1).build();
        CoreProgram b = CoreProgram.builder(4, "sink", 1, 3, NeuronSettings.integrateAndFireSubtractive()).build();
        ChipConfig config = new ChipConfig("loihi", InputEncoding.EXPLICIT, 0, List.of(a, b), InputMap.of(new int[0][]),
                new OutputMap(new int[0], new int[0]));
        NeuroTimingSpec t = LOIHI.timing();
        NeuroChipSpec small = new NeuroChipSpec("small", "d", "d", LOIHI.mesh(), LOIHI.core(),
                new NeuroTimingSpec(t.tickSeconds(), t.synapticEventSeconds(), t.neuronUpdateSeconds(), t.hopSeconds(),
                        t.linkSpikeSeconds(), 2, t.barrierSecondsOneRouter(), t.barrierSecondsAllRouters()),
                LOIHI.modelVariant(), LOIHI.energyTable());
        NeuroChip chip = new NeuroChip(small, config, 1);
        chip.reset(0);
        TickRuntime.run(chip, ExplicitSpikes.every(0), 0, 1, (c, tick, s, d) -> { }, 0);
        assertEquals(3, chip.counters().maxLinkLoad);
        assertEquals(1, chip.counters().congestedLinkTicks);
    }
}
