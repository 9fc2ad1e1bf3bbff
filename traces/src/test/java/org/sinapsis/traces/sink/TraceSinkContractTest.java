// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceEvent;

/**
 * The {@link TraceSink} contract, run against every implementation through a small subclass that
 * says how to create one.
 */
abstract class TraceSinkContractTest {

    /** A new, open sink; the test closes it. */
    protected abstract TraceSink newSink() throws IOException;

    @Test
    void rejectsNullEvent() throws IOException {
        try (TraceSink sink = newSink()) {
            assertThrows(NullPointerException.class, () -> sink.accept(null));
        }
    }

    @Test
    void acceptsEveryKindOfEvent() throws IOException {
        List<TraceEvent> events = SampleTrace.oneOfEachKind();
        Set<Class<?>> kinds = new HashSet<>();
        events.forEach(event -> kinds.add(event.getClass()));
        assertEquals(Set.of(TraceEvent.class.getPermittedSubclasses()), kinds,
                "SampleTrace.oneOfEachKind() must cover every TraceEvent type");
        try (TraceSink sink = newSink()) {
            events.forEach(sink::accept);
        }
    }

    @Test
    void closeIsIdempotent() throws IOException {
        TraceSink sink = newSink();
        sink.accept(SampleTrace.oneOfEachKind().get(0));
        sink.close();
        assertDoesNotThrow(sink::close);
    }

    @Test
    void enabledSinkRejectsEventsAfterClose() throws IOException {
        TraceSink sink = newSink();
        sink.close();
        Span span = new Span(SampleTrace.TPU0_MXU, "late", "compute", 0, 1);
        if (sink.enabled()) {
            assertThrows(IllegalStateException.class, () -> sink.accept(span));
        } else {
            assertDoesNotThrow(() -> sink.accept(span));
        }
    }
}
