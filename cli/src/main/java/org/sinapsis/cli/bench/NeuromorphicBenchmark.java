// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.neuromorphic.chip.ChipCounters;
import org.sinapsis.neuromorphic.chip.NeuroChip;
import org.sinapsis.neuromorphic.chip.SyntheticChipWorkload;
import org.sinapsis.neuromorphic.process.ExplicitSpikes;
import org.sinapsis.neuromorphic.runtime.TickObserver;
import org.sinapsis.neuromorphic.runtime.TickRuntime;

/**
 * The neuromorphic chip model on TrueNorth's full-chip workload (every one of the 4096 cores
 * used, 20 Hz mean rate, 128 active synapses per neuron; {@link SyntheticChipWorkload}): synaptic
 * events simulated per second on one host thread (target: at least 50 million per host core),
 * the configuration's memory per synapse (target: proportional to the synapses stored, not to
 * cores x 256^2), and the chip's own power and energy per synaptic event from its event counts.
 */
public final class NeuromorphicBenchmark implements Benchmark {
    private static final int TICKS = 50;

    @Override
    public String name() {
        return "neuromorphic";
    }

    @Override
    public String description() {
        return "TrueNorth full-chip workload: synaptic events/s per host core (target >= 50 M), bytes per synapse, mW";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) {
        NeuroChipSpec tn = (NeuroChipSpec) ArchSpecs.presets().get("truenorth");
        context.progress().println("bench neuromorphic: building the full-chip TrueNorth workload ...");
        context.progress().flush();
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        ChipConfig config = SyntheticChipWorkload.fullChip(tn, 50, 0.5, 4, 11);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapAfter = usedHeap();
        long synapses = config.synapses();
        long configBytes = 0;
        for (CoreProgram c : config.cores()) {
            configBytes += 2L * c.synapseNeuron().length + 4L * c.axonStart().length + (c.synapseWeight() == null ? 0
                    : 2L * c.synapseWeight().length) + 2L * (c.typeWeight() == null ? 0 : c.typeWeight().length)
                    + (c.axonType() == null ? 0 : c.axonType().length) + 12L * c.neurons() + 9L * c.targetCore().length;
        }
        NeuroChip chip = new NeuroChip(tn, config, 1);
        chip.reset(0);
        context.progress().println("bench neuromorphic: running " + TICKS + " ticks (warm-up) ...");
        context.progress().flush();
        TickRuntime.run(chip, ExplicitSpikes.every(0), 0, TICKS, TickObserver.NONE, 0);
        double bestRate = 0;
        long tick = TICKS;
        for (int r = 0; r < context.repeats(); r++) {
            long se0 = chip.counters().synapticEvents;
            long t0 = System.nanoTime();
            TickRuntime.run(chip, ExplicitSpikes.every(0), tick, TICKS, TickObserver.NONE, 0);
            double s = (System.nanoTime() - t0) / 1e9;
            tick += TICKS;
            bestRate = Math.max(bestRate, (chip.counters().synapticEvents - se0) / s);
        }
        ChipCounters c = chip.counters();
        EnergyBreakdown e = EnergyCalculator.estimate(c.actions(chip.routersUsed()), EnergyTables.builtIn(tn.energyTable()));
        List<BenchmarkMeasurement> out = new ArrayList<>();
        String shape = String.format(Locale.ROOT, "%d cores, %d neurons, %d synapses", config.cores().size(),
                config.neurons(), synapses);
        out.add(new BenchmarkMeasurement("synaptic events simulated per second, 1 host thread", bestRate / 1e6,
                "M events/s", "best of " + context.repeats() + " x " + TICKS + " ticks after " + TICKS
                        + " warm-up; target >= 50 M per host core; " + shape));
        out.add(new BenchmarkMeasurement("configuration memory per synapse", (double) configBytes / synapses,
                "bytes", "arrays of the loaded program (crossbar, neurons, routes); cores x 256^2 would be "
                        + String.format(Locale.ROOT, "%.2f", 2.0 * config.cores().size() * 65536 / synapses)));
        out.add(new BenchmarkMeasurement("heap growth per synapse while building", (double) (heapAfter - heapBefore)
                / synapses, "bytes", "after System.gc(); indicative"));
        out.add(new BenchmarkMeasurement("full-chip workload build time", buildSeconds, "s", shape));
        out.add(new BenchmarkMeasurement("mean firing rate", c.spikes / (double) config.neurons() / c.elapsedSeconds,
                "Hz", "measured over " + c.ticks + " ticks of 1 ms"));
        out.add(new BenchmarkMeasurement("chip power", e.totalJoules() / c.elapsedSeconds * 1e3, "mW",
                "from the chip's event counts priced by " + e.source() + "; published 65-72 mW"));
        out.add(new BenchmarkMeasurement("energy per synaptic event", e.totalJoules() / c.synapticEvents * 1e12, "pJ",
                "total energy / synaptic events; published 26 pJ"));
        return out;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
