// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroTimingSpec;

/**
 * How long a tick lasts, from what happened in it ({@link NeuroTimingSpec}'s formula):
 * <pre>
 * busy = max over cores (synapticEvents x synapticEventSeconds + neurons x neuronUpdateSeconds)
 *        + maxHops x hopSeconds + maxLinkLoad x linkSpikeSeconds
 * work = busy + barrier(routers in use)
 * tick = max(tickSeconds, work) on a real-time chip (an overrun when work > tickSeconds), else work
 * </pre>
 * Reproduces TrueNorth's and SpiNNaker's 1 ms real-time tick, BrainScaleS's accelerated step and
 * Loihi's barrier-synchronized, as-fast-as-possible ticks (Davies 2018: barrier 113-465 ns,
 * 3.5 ns per synaptic op, 8.4 ns per neuron update, 4.1-6.5 ns per tile hop).
 *
 * <p>Not modelled: overlap of one core's work with another core's routing inside a tick, and the
 * per-packet arbitration inside routers.
 */
public final class TickClock {
    private final NeuroTimingSpec timing;
    private final double barrier;

    /** A clock for {@code spec} with {@code routersUsed} routers in use. */
    public TickClock(NeuroChipSpec spec, int routersUsed) {
        this.timing = spec.timing();
        this.barrier = timing.barrierSeconds(routersUsed, spec.mesh().routers());
    }

    /** The work time of a tick, in seconds. */
    public double workSeconds(double maxCoreBusySeconds, int maxHops, long maxLinkLoad) {
        return maxCoreBusySeconds + maxHops * timing.hopSeconds() + maxLinkLoad * timing.linkSpikeSeconds() + barrier;
    }

    /** Core time of a core that processed {@code synapticEvents} and updated {@code neurons} neurons. */
    public double coreBusySeconds(long synapticEvents, int neurons) {
        return synapticEvents * timing.synapticEventSeconds() + neurons * timing.neuronUpdateSeconds();
    }

    /** The tick's duration for a work time. */
    public double tickSeconds(double workSeconds) {
        return timing.tickSeconds().isPresent() ? Math.max(timing.tickSeconds().getAsDouble(), workSeconds)
                : workSeconds;
    }

    /** Whether a real-time tick's work exceeded its period. */
    public boolean overrun(double workSeconds) {
        return timing.tickSeconds().isPresent() && workSeconds > timing.tickSeconds().getAsDouble();
    }
}
