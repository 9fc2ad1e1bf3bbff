// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.sinapsis.traces.event.TraceEvent;

/**
 * Sends every event to several sinks, in the order given, e.g. a Chrome trace for viewing and a
 * CSV for post-processing from the same run.
 *
 * <p>A failing sink does not starve the others: {@link #accept} gives the event to every sink and
 * then throws the first exception, with later ones attached as suppressed; {@link #close()}
 * closes every sink the same way. The tee owns its sinks.
 */
public final class TeeSink implements TraceSink {
    private final List<TraceSink> sinks;
    private final boolean enabled;
    private boolean closed;

    private TeeSink(List<TraceSink> sinks) {
        this.sinks = sinks;
        this.enabled = sinks.stream().anyMatch(TraceSink::enabled);
    }

    /**
     * A tee over {@code sinks}.
     *
     * @param sinks one or more sinks, none null
     * @return the tee
     * @throws NullPointerException if the list or a sink is null
     * @throws IllegalArgumentException if {@code sinks} is empty
     */
    public static TeeSink of(List<? extends TraceSink> sinks) {
        List<TraceSink> copy = List.copyOf(sinks);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a tee needs at least one sink; use NullSink for none");
        }
        return new TeeSink(copy);
    }

    /**
     * A tee over {@code sinks}.
     *
     * @param sinks one or more sinks, none null
     * @return the tee
     * @throws NullPointerException if the array or a sink is null
     * @throws IllegalArgumentException if there are no sinks
     */
    public static TeeSink of(TraceSink... sinks) {
        return of(List.of(sinks));
    }

    /**
     * The sinks, in order.
     *
     * @return an unmodifiable list
     */
    public List<TraceSink> sinks() {
        return sinks;
    }

    /**
     * Gives the event to every sink, then throws the first exception if any sink threw.
     *
     * @param event the event; not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalStateException if the tee is closed
     * @throws RuntimeException the first exception a sink threw, later ones suppressed
     */
    @Override
    public void accept(TraceEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new IllegalStateException("tee sink is closed");
        }
        RuntimeException first = null;
        for (TraceSink sink : sinks) {
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                first = addOrKeep(first, e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * True if any sink is enabled.
     *
     * @return whether some sink records events
     */
    @Override
    public boolean enabled() {
        return enabled;
    }

    /**
     * Closes every sink, then throws the first exception if any close failed. Idempotent.
     *
     * @throws IOException the first {@link IOException}, if that came first; later exceptions
     *     are suppressed
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Exception first = null;
        for (TraceSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                first = addOrKeep(first, e);
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first != null) {
            throw (RuntimeException) first;
        }
    }

    private static <E extends Exception> E addOrKeep(E first, E next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
