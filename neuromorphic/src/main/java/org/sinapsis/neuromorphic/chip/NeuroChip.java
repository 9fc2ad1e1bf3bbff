// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import java.util.Arrays;
import org.sinapsis.isa.arch.ModelVariant;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipConfigs;
import org.sinapsis.isa.chip.ChipGeometry;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.neuromorphic.model.NeuronModels;
import org.sinapsis.neuromorphic.process.NeuronPopulation;
import org.sinapsis.neuromorphic.process.SpikeSource;

/**
 * A chip loaded with a configuration: cores with their state, the mesh router and the counters.
 * The tick phases are methods the runtime calls in a fixed order
 * ({@code neuromorphic.runtime.TickRuntime}): {@link #injectInput}, {@link #integrate},
 * {@link #fire}, {@link #route}, then {@link #endTick}. Within a phase cores go in ascending core
 * index and spikes in ascending neuron index, so a run is deterministic.
 *
 * <p>Routing: a spike of core {@code a} for core {@code b} crosses {@code |dx| + |dy|} router
 * links, X first then Y (TrueNorth's and Loihi's dimension-order routing); each link's load in
 * the tick is counted (per-row and per-column difference arrays, one prefix sum per tick) and a load above the spec's capacity is a congested link-tick; a spike to
 * a core of the same router is a local delivery. A spike with delay {@code d} sent in tick
 * {@code t} is integrated in tick {@code t + d}.
 *
 * <p>Not modelled: TrueNorth's axon buffer merging two spikes on one axon in one tick (each is an
 * event here), spikes dropped or late when a real chip's routers congest (congestion is counted
 * and, where the spec gives a per-spike link time, lengthens the tick), and multi-chip links.
 *
 * <p>Memory: the crossbars are the configuration's arrays, shared and read in place, so a run
 * adds per-core state proportional to neurons, never axons x neurons. One instance per thread.
 */
public final class NeuroChip {
    private final NeuroChipSpec spec;
    private final ChipConfig config;
    private final ChipGeometry geometry;
    private final Core[] byIndex;
    private final Core[] cores;
    private final int ringSlots;
    private final TickClock clock;
    private final int routersUsed;
    private final InputMap input;
    private final int[] inputChannels;
    private final int[] outputCore;
    private final int[] outputNeuron;
    private final long[] outputSpikes;
    private final int[] seThisTick;
    private final int[] linkLoad;
    private final int[] touchedLinks;
    private int touched;
    private final int columns;
    private final int rows;
    private final int[] east;
    private final int[] west;
    private final int[] north;
    private final int[] south;
    private boolean pathsThisTick;
    private final long linkCapacity;
    private int maxHopsThisTick;
    private long maxLinkLoadThisTick;
    private long epoch;
    private final ChipCounters counters = new ChipCounters();

    /**
     * Loads {@code config} onto {@code spec}'s chip with the spec's model variant.
     *
     * @param seed the seed of stochastic neurons and Poisson inputs
     * @throws org.sinapsis.isa.target.InfeasibleException when the configuration does not fit
     */
    public NeuroChip(NeuroChipSpec spec, ChipConfig config, long seed) {
        this(spec, config, spec.modelVariant(), seed);
    }

    /** Loads {@code config} with an explicit model variant. */
    public NeuroChip(NeuroChipSpec spec, ChipConfig config, ModelVariant variant, long seed) {
        ChipConfigs.check(config, spec);
        this.spec = spec;
        this.config = config;
        this.geometry = new ChipGeometry(spec.mesh());
        this.ringSlots = spec.core().maxDelayTicks() + 1;
        this.byIndex = new Core[spec.mesh().cores()];
        this.cores = new Core[config.cores().size()];
        boolean[] router = new boolean[spec.mesh().routers()];
        int k = 0;
        for (CoreProgram p : config.cores()) {
            Core c = new Core(p, NeuronModels.create(p, variant, spec.core().membraneBits(), seed), ringSlots,
                    geometry);
            byIndex[p.core()] = c;
            cores[k++] = c;
            router[geometry.router(p.core())] = true;
        }
        int used = 0;
        for (boolean r : router) {
            used += r ? 1 : 0;
        }
        this.routersUsed = used;
        this.clock = new TickClock(spec, used);
        this.input = config.input();
        this.inputChannels = new int[input.channels()];
        OutputMap out = config.output();
        this.outputCore = out.core();
        this.outputNeuron = out.neuron();
        this.outputSpikes = new long[out.outputs()];
        for (int i = 0; i < out.outputs(); i++) {
            byIndex[outputCore[i]].outputOf[outputNeuron[i]] = i;
        }
        this.seThisTick = new int[cores.length];
        this.linkLoad = new int[geometry.links()];
        this.touchedLinks = new int[geometry.links()];
        this.columns = spec.mesh().columns();
        this.rows = spec.mesh().rows();
        this.east = new int[rows * (columns + 1)];
        this.west = new int[rows * (columns + 1)];
        this.north = new int[columns * (rows + 1)];
        this.south = new int[columns * (rows + 1)];
        this.linkCapacity = spec.timing().linkCapacitySpikesPerTick();
    }

    /** The chip spec. */
    public NeuroChipSpec spec() {
        return spec;
    }

    /** The loaded configuration. */
    public ChipConfig config() {
        return config;
    }

    /** Routers with at least one core in use. */
    public int routersUsed() {
        return routersUsed;
    }

    /** Event counts since construction, summed over every example run on this instance. */
    public ChipCounters counters() {
        return counters;
    }

    /**
     * Restores every neuron's initial state, empties the axon buffers and the output counts, and
     * selects the random stream of example {@code sample} (stochastic neurons draw from
     * {@code (seed, core, neuron, sample x 2^32 + tick)}). Counters are kept.
     */
    public void reset(long sample) {
        for (Core c : cores) {
            c.reset();
        }
        Arrays.fill(outputSpikes, 0);
        clearLinks();
        epoch = sample << 32;
    }

    /** Phase INPUT: the host's spikes for tick {@code tick} enter their axons' buffers for this tick. */
    public void injectInput(SpikeSource source, long tick) {
        int n = source.spikes(tick, inputChannels);
        int slot = (int) (tick % ringSlots);
        int[] start = input.start();
        int[] core = input.targetCore();
        int[] axon = input.targetAxon();
        for (int i = 0; i < n; i++) {
            int ch = inputChannels[i];
            for (int e = start[ch]; e < start[ch + 1]; e++) {
                byIndex[core[e]].enqueue(slot, axon[e]);
            }
        }
        counters.inputSpikes += n;
    }

    /** Phase SYNAPSE: every axon event due in tick {@code tick} adds its synapses' weights to the inputs. */
    public void integrate(long tick) {
        int slot = (int) (tick % ringSlots);
        long se = 0;
        long axons = 0;
        for (int k = 0; k < cores.length; k++) {
            Core c = cores[k];
            int n = c.ringSize[slot];
            int[] list = c.ring[slot];
            int coreSe = 0;
            for (int i = 0; i < n; i++) {
                coreSe += c.synapses.deliver(list[i], c.input);
            }
            c.ringSize[slot] = 0;
            seThisTick[k] = coreSe;
            se += coreSe;
            axons += n;
        }
        counters.synapticEvents += se;
        counters.axonEvents += axons;
    }

    /** Phase NEURON: every neuron integrates, leaks, fires and resets. */
    public void fire(long tick) {
        long updates = 0;
        long active = 0;
        long spikes = 0;
        for (Core c : cores) {
            int n = c.model.step(c.input, c.fired, epoch + tick);
            c.firedCount = n;
            updates += c.population.size();
            active += c.model.activeInLastStep();
            spikes += n;
            for (int i = 0; i < n; i++) {
                int o = c.outputOf[c.fired[i]];
                if (o >= 0) {
                    outputSpikes[o]++;
                }
            }
        }
        counters.neuronUpdates += updates;
        counters.activeUpdates += active;
        counters.spikes += spikes;
    }

    /** Phase ROUTE: every spike of this tick travels to its destinations' axon buffers. */
    public void route(long tick) {
        clearLinks();
        int maxHops = 0;
        int base = (int) (tick % ringSlots);
        long local = 0;
        long hopsX = 0;
        long hopsY = 0;
        for (Core c : cores) {
            NeuronPopulation pop = c.population;
            for (int i = 0; i < c.firedCount; i++) {
                int neuron = c.fired[i];
                for (int t = pop.firstTarget(neuron), end = pop.endTarget(neuron); t < end; t++) {
                    int dst = pop.targetCore(t);
                    int slot = base + pop.targetDelay(t);
                    byIndex[dst].enqueue(slot >= ringSlots ? slot - ringSlots : slot, pop.targetAxon(t));
                    int hx = c.hopsX[t];
                    int hy = c.hopsY[t];
                    if (hx + hy == 0) {
                        local++;
                        continue;
                    }
                    hopsX += hx;
                    hopsY += hy;
                    maxHops = Math.max(maxHops, hx + hy);
                    addPath(c.x, c.y, c.targetX[t], c.targetY[t]);
                }
            }
        }
        collectLinkLoads();
        counters.localDeliveries += local;
        counters.hopsX += hopsX;
        counters.hopsY += hopsY;
        maxHopsThisTick = maxHops;
        long maxLoad = 0;
        for (int i = 0; i < touched; i++) {
            int load = linkLoad[touchedLinks[i]];
            maxLoad = Math.max(maxLoad, load);
            if (load > linkCapacity) {
                counters.congestedLinkTicks++;
            }
        }
        maxLinkLoadThisTick = maxLoad;
        counters.maxLinkLoad = Math.max(counters.maxLinkLoad, maxLoad);
    }

    /** Ends the tick: its duration from the work done ({@link TickClock}), in seconds. */
    public double endTick() {
        double busy = 0;
        for (int k = 0; k < cores.length; k++) {
            busy = Math.max(busy, clock.coreBusySeconds(seThisTick[k], cores[k].population.size()));
        }
        double work = clock.workSeconds(busy, maxHopsThisTick, maxLinkLoadThisTick);
        if (clock.overrun(work)) {
            counters.overrunTicks++;
        }
        double seconds = clock.tickSeconds(work);
        counters.elapsedSeconds += seconds;
        counters.ticks++;
        return seconds;
    }

    /** Spikes of output {@code i} since the last {@link #reset}. */
    public long outputSpikes(int i) {
        return outputSpikes[i];
    }

    /** The membrane potential of output {@code i}'s neuron now. */
    public double outputPotential(int i) {
        return byIndex[outputCore[i]].model.potential(outputNeuron[i]);
    }

    /** The membrane potential of a neuron (probes and tests). */
    public double potential(int core, int neuron) {
        return byIndex[core].model.potential(neuron);
    }

    /** Cores in use. */
    public int coresInUse() {
        return cores.length;
    }

    /** The physical index of the {@code k}-th core in use. */
    public int coreIndex(int k) {
        return cores[k].index;
    }

    /** Spikes the {@code k}-th core fired in this tick. */
    public int firedCount(int k) {
        return cores[k].firedCount;
    }

    /** The {@code i}-th neuron the {@code k}-th core fired in this tick (ascending). */
    public int fired(int k, int i) {
        return cores[k].fired[i];
    }

    /** Synaptic events of the {@code k}-th core in this tick. */
    public int synapticEventsThisTick(int k) {
        return seThisTick[k];
    }

    /** Links that carried spikes in this tick. */
    public int loadedLinks() {
        return touched;
    }

    /** The {@code i}-th link that carried spikes in this tick. */
    public int loadedLink(int i) {
        return touchedLinks[i];
    }

    /** Spikes link {@code link} carried in this tick. */
    public int linkLoad(int link) {
        return linkLoad[link];
    }

    /** The mesh geometry. */
    public ChipGeometry geometry() {
        return geometry;
    }

    /**
     * Adds one spike's X-then-Y path to the per-row and per-column difference arrays: O(1) per
     * spike; {@link #collectLinkLoads} turns them into link loads with one prefix sum per row and
     * column.
     */
    private void addPath(int x0, int y0, int x1, int y1) {
        int rowBase = y0 * (columns + 1);
        if (x1 > x0) {
            east[rowBase + x0]++;
            east[rowBase + x1]--;
        } else if (x1 < x0) {
            west[rowBase + x1 + 1]++;
            west[rowBase + x0 + 1]--;
        }
        int colBase = x1 * (rows + 1);
        if (y1 > y0) {
            north[colBase + y0]++;
            north[colBase + y1]--;
        } else if (y1 < y0) {
            south[colBase + y1 + 1]++;
            south[colBase + y0 + 1]--;
        }
        pathsThisTick = true;
    }

    /** Prefix sums of the difference arrays into link loads; lists the loaded links; clears the arrays. */
    private void collectLinkLoads() {
        if (!pathsThisTick) {
            return;
        }
        for (int yy = 0; yy < rows; yy++) {
            int rowBase = yy * (columns + 1);
            int e = 0;
            int w = 0;
            for (int xx = 0; xx < columns; xx++) {
                e += east[rowBase + xx];
                w += west[rowBase + xx];
                east[rowBase + xx] = 0;
                west[rowBase + xx] = 0;
                int router = geometry.routerAt(xx, yy);
                load(router * 4 + ChipGeometry.EAST, e);
                load(router * 4 + ChipGeometry.WEST, w);
            }
            east[rowBase + columns] = 0;
            west[rowBase + columns] = 0;
        }
        for (int xx = 0; xx < columns; xx++) {
            int colBase = xx * (rows + 1);
            int n = 0;
            int so = 0;
            for (int yy = 0; yy < rows; yy++) {
                n += north[colBase + yy];
                so += south[colBase + yy];
                north[colBase + yy] = 0;
                south[colBase + yy] = 0;
                int router = geometry.routerAt(xx, yy);
                load(router * 4 + ChipGeometry.NORTH, n);
                load(router * 4 + ChipGeometry.SOUTH, so);
            }
            north[colBase + rows] = 0;
            south[colBase + rows] = 0;
        }
        pathsThisTick = false;
    }

    private void load(int link, int spikes) {
        if (spikes > 0) {
            linkLoad[link] = spikes;
            touchedLinks[touched++] = link;
        }
    }

    private void clearLinks() {
        for (int i = 0; i < touched; i++) {
            linkLoad[touchedLinks[i]] = 0;
        }
        touched = 0;
    }
}
