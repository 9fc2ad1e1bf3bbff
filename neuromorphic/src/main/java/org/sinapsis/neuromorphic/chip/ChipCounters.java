// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import org.sinapsis.isa.energy.ActionCounts;

/**
 * What a chip did, summed over the ticks of a run: the events {@code isa.energy} prices and the
 * figures results and timing need. Mutable and summed in a fixed order (one instance per run
 * thread, merged in sample order), so totals are reproducible.
 *
 * <p>Action names: {@code core.synaptic_event}, {@code core.axon_event} (a spike reaching a
 * core's axon), {@code core.neuron_update} (idle update) and {@code core.neuron_active_update}
 * (the neuron received input or fired), {@code core.spike}, {@code router.hop_x},
 * {@code router.hop_y}, {@code router.local_delivery} (a spike to a core of its own router),
 * {@code chip.static_ns} (nanoseconds of run time) and {@code chip.active_router_ns}
 * (nanoseconds times routers in use).
 */
public final class ChipCounters {
    /** Ticks run. */
    public long ticks;
    /** Synaptic events (one weight added to one neuron's input). */
    public long synapticEvents;
    /** Spikes delivered to core axons, host input included. */
    public long axonEvents;
    /** Neuron updates, active ones included. */
    public long neuronUpdates;
    /** Updates of neurons that received input or fired. */
    public long activeUpdates;
    /** Spikes fired by neurons. */
    public long spikes;
    /** Spikes the host sent into the chip. */
    public long inputSpikes;
    /** Router hops along X. */
    public long hopsX;
    /** Router hops along Y. */
    public long hopsY;
    /** Spikes delivered to a core of the sender's own router (0 hops). */
    public long localDeliveries;
    /** Real-time ticks whose work did not fit the tick period. */
    public long overrunTicks;
    /** Link-ticks in which a link carried more spikes than its capacity. */
    public long congestedLinkTicks;
    /** The largest number of spikes one link carried in one tick. */
    public long maxLinkLoad;
    /** Run time on the chip, in seconds (sum of tick durations, in tick order). */
    public double elapsedSeconds;

    /** Adds {@code other} into this. */
    public void add(ChipCounters other) {
        ticks += other.ticks;
        synapticEvents += other.synapticEvents;
        axonEvents += other.axonEvents;
        neuronUpdates += other.neuronUpdates;
        activeUpdates += other.activeUpdates;
        spikes += other.spikes;
        inputSpikes += other.inputSpikes;
        hopsX += other.hopsX;
        hopsY += other.hopsY;
        localDeliveries += other.localDeliveries;
        overrunTicks += other.overrunTicks;
        congestedLinkTicks += other.congestedLinkTicks;
        maxLinkLoad = Math.max(maxLinkLoad, other.maxLinkLoad);
        elapsedSeconds += other.elapsedSeconds;
    }

    /** The actions to price, with {@code routersUsed} routers drawing per-router power. */
    public ActionCounts actions(int routersUsed) {
        long ns = Math.round(elapsedSeconds * 1e9);
        return ActionCounts.builder()
                .add("chip", "static_ns", ns)
                .add("chip", "active_router_ns", Math.multiplyExact(ns, (long) routersUsed))
                .add("core", "synaptic_event", synapticEvents)
                .add("core", "axon_event", axonEvents)
                .add("core", "neuron_update", neuronUpdates - activeUpdates)
                .add("core", "neuron_active_update", activeUpdates)
                .add("core", "spike", spikes)
                .add("router", "hop_x", hopsX)
                .add("router", "hop_y", hopsY)
                .add("router", "local_delivery", localDeliveries)
                .build();
    }
}
