// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import org.sinapsis.neuromorphic.chip.NeuroChip;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.Instant;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * Writes a run to a trace in nanoseconds of chip time (use {@code TimeBase.nanoseconds()}):
 * <ul>
 *   <li>every tick as a span {@code tick} on {@code chip/ticks}, with its tick number;</li>
 *   <li>every spike as an instant {@code spike} on {@code core <c>/spikes} with args
 *       {@code neuron} and {@code tick}: sparse (neuron, tick) events, never a dense raster;</li>
 *   <li>per core and tick with activity, a counter {@code activity} on {@code core <c>/activity}
 *       with series {@code spikes} and {@code synaptic_events};</li>
 *   <li>per link and tick with traffic, a counter {@code link-load} on {@code router/<x,y>dir}
 *       with series {@code spikes}.</li>
 * </ul>
 * Chrome/Perfetto shows the counters as per-core activity and router-link load plots; the CSV
 * form is the spike export (rows {@code instant,core <c>,spikes,spike,...,{"neuron":..,"tick":..}}).
 */
public final class TraceProbe implements TickObserver {
    private static final Track TICKS = new Track("chip", "ticks");
    private final TraceSink sink;
    private Track[] spikeTracks = new Track[0];
    private Track[] activityTracks = new Track[0];

    /** A probe writing to {@code sink} (nanosecond ticks); does nothing when the sink is disabled. */
    public TraceProbe(TraceSink sink) {
        this.sink = sink;
    }

    @Override
    public void afterTick(NeuroChip chip, long tick, double startSeconds, double durationSeconds) {
        if (!sink.enabled()) {
            return;
        }
        if (spikeTracks.length != chip.coresInUse()) {
            spikeTracks = new Track[chip.coresInUse()];
            activityTracks = new Track[chip.coresInUse()];
            for (int k = 0; k < chip.coresInUse(); k++) {
                spikeTracks[k] = new Track("core " + chip.coreIndex(k), "spikes");
                activityTracks[k] = new Track("core " + chip.coreIndex(k), "activity");
            }
        }
        long start = Math.round(startSeconds * 1e9);
        long end = Math.round((startSeconds + durationSeconds) * 1e9);
        sink.accept(new Span(TICKS, "tick", "tick", start, Math.max(0, end - start), TraceArgs.empty().with("tick", tick)));
        for (int k = 0; k < chip.coresInUse(); k++) {
            int fired = chip.firedCount(k);
            int se = chip.synapticEventsThisTick(k);
            for (int i = 0; i < fired; i++) {
                sink.accept(new Instant(spikeTracks[k], "spike", start,
                        TraceArgs.empty().with("neuron", (long) chip.fired(k, i)).with("tick", tick)));
            }
            if (fired > 0 || se > 0) {
                sink.accept(new Counter(activityTracks[k], "activity", start,
                        TraceArgs.empty().with("spikes", (long) fired).with("synaptic_events", (long) se)));
            }
        }
        for (int i = 0; i < chip.loadedLinks(); i++) {
            int link = chip.loadedLink(i);
            sink.accept(new Counter(new Track("router", chip.geometry().linkName(link)), "link-load", start,
                    TraceArgs.empty().with("spikes", (long) chip.linkLoad(link))));
        }
    }
}
