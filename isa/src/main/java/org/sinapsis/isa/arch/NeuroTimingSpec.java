// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.OptionalDouble;

/**
 * When a neuromorphic chip's ticks happen. A tick ends when every core has processed its events,
 * the spikes have crossed the mesh and the barrier has synchronized the chip:
 * <pre>
 * busy   = max over cores (synapticEvents x synapticEventSeconds + neuronUpdates x neuronUpdateSeconds)
 *          + maxHops x hopSeconds + maxLinkLoad x linkSpikeSeconds
 * tick   = max(tickSeconds, busy + barrier(routersUsed))          real-time chips (tickSeconds given)
 * tick   = busy + barrier(routersUsed)                            as fast as the barrier allows
 * barrier(r) = barrierSecondsOneRouter + (barrierSecondsAllRouters - barrierSecondsOneRouter)
 *              x (r - 1) / (routers - 1)
 * </pre>
 * A real-time tick whose work does not fit its period is an overrun: the tick stretches and the
 * run reports it.
 *
 * @param tickSeconds the fixed tick period of a chip paced to (accelerated) real time; empty for
 *     a chip that starts the next tick as soon as the barrier completes (Loihi)
 * @param synapticEventSeconds core time per synaptic event
 * @param neuronUpdateSeconds core time per neuron update
 * @param hopSeconds latency of one router hop
 * @param linkSpikeSeconds time a link needs per spike (its inverse is the link bandwidth)
 * @param linkCapacitySpikesPerTick spikes a link can carry in one tick before it congests
 * @param barrierSecondsOneRouter barrier synchronization time when one router is in use
 * @param barrierSecondsAllRouters barrier synchronization time when every router is in use
 */
public record NeuroTimingSpec(OptionalDouble tickSeconds, double synapticEventSeconds, double neuronUpdateSeconds,
        double hopSeconds, double linkSpikeSeconds, int linkCapacitySpikesPerTick, double barrierSecondsOneRouter,
        double barrierSecondsAllRouters) {

    /** Validates the timing. */
    public NeuroTimingSpec {
        if (tickSeconds == null || tickSeconds.isPresent() && !(tickSeconds.getAsDouble() > 0)) {
            throw new IllegalArgumentException("tick_seconds must be > 0 when given");
        }
        for (double v : new double[] {synapticEventSeconds, neuronUpdateSeconds, hopSeconds, linkSpikeSeconds,
            barrierSecondsOneRouter, barrierSecondsAllRouters}) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("timing figures must be finite and >= 0, got " + v);
            }
        }
        if (linkCapacitySpikesPerTick < 1) {
            throw new IllegalArgumentException("link_capacity_spikes_per_tick must be >= 1, got "
                    + linkCapacitySpikesPerTick);
        }
        if (barrierSecondsAllRouters < barrierSecondsOneRouter) {
            throw new IllegalArgumentException("barrier_seconds_all_routers must be >= barrier_seconds_one_router");
        }
    }

    /** Barrier time with {@code routersUsed} of {@code routers} routers active (linear in between). */
    public double barrierSeconds(int routersUsed, int routers) {
        if (routers <= 1 || routersUsed <= 1) {
            return barrierSecondsOneRouter;
        }
        double f = (double) (Math.min(routersUsed, routers) - 1) / (routers - 1);
        return barrierSecondsOneRouter + f * (barrierSecondsAllRouters - barrierSecondsOneRouter);
    }
}
