// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;

class TeeSinkTest extends TraceSinkContractTest {

    @Override
    protected TraceSink newSink() {
        return TeeSink.of(new RecordingSink(), new RecordingSink());
    }

    @Test
    void givesEveryEventToEverySinkInOrder() throws IOException {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        try (TeeSink tee = TeeSink.of(first, second)) {
            SampleTrace.events().forEach(tee::accept);
        }
        assertEquals(SampleTrace.events(), first.events);
        assertEquals(SampleTrace.events(), second.events);
    }

    @Test
    void writesTheSameBytesAsEachSinkAlone() throws IOException {
        ByteArrayOutputStream chrome = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (TeeSink tee = TeeSink.of(
                ChromeTraceSink.create(chrome, SampleTrace.CLOCK_700_MHZ, TraceArgs.empty()),
                CsvTraceSink.create(csv, SampleTrace.CLOCK_700_MHZ))) {
            SampleTrace.events().forEach(tee::accept);
        }
        ByteArrayOutputStream chromeAlone = new ByteArrayOutputStream();
        try (TraceSink sink = ChromeTraceSink.create(chromeAlone, SampleTrace.CLOCK_700_MHZ, TraceArgs.empty())) {
            SampleTrace.events().forEach(sink::accept);
        }
        ByteArrayOutputStream csvAlone = new ByteArrayOutputStream();
        try (TraceSink sink = CsvTraceSink.create(csvAlone, SampleTrace.CLOCK_700_MHZ)) {
            SampleTrace.events().forEach(sink::accept);
        }
        assertArrayEquals(chromeAlone.toByteArray(), chrome.toByteArray());
        assertArrayEquals(csvAlone.toByteArray(), csv.toByteArray());
    }

    @Test
    void closesAllSinksWhenOneThrows() {
        RecordingSink first = new RecordingSink();
        RecordingSink failing = new RecordingSink();
        RecordingSink last = new RecordingSink();
        failing.closeFailure = new IOException("disk full");
        TeeSink tee = TeeSink.of(first, failing, last);
        IOException e = assertThrows(IOException.class, tee::close);
        assertSame(failing.closeFailure, e);
        assertEquals(List.of(1, 1, 1), List.of(first.closeCalls, failing.closeCalls, last.closeCalls));
    }

    @Test
    void throwsTheFirstCloseFailureWithLaterOnesSuppressed() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        RecordingSink third = new RecordingSink();
        first.closeFailure = new IOException("first");
        third.closeFailure = new IOException("third");
        IOException e = assertThrows(IOException.class, TeeSink.of(first, second, third)::close);
        assertSame(first.closeFailure, e);
        assertArrayEquals(new Throwable[] {third.closeFailure}, e.getSuppressed());
        assertEquals(1, second.closeCalls);
    }

    @Test
    void closeFailureThatIsUncheckedIsRethrownAsIs() {
        RecordingSink fine = new RecordingSink();
        IllegalStateException failure = new IllegalStateException("broken");
        TraceSink throwing = new TraceSink() {
            @Override
            public void accept(TraceEvent event) {
                Objects.requireNonNull(event);
            }

            @Override
            public void close() {
                throw failure;
            }
        };
        assertSame(failure, assertThrows(IllegalStateException.class, TeeSink.of(throwing, fine)::close));
        assertEquals(1, fine.closeCalls);
    }

    @Test
    void deliversToLaterSinksWhenOneRejectsAnEvent() {
        RecordingSink failing = new RecordingSink();
        RecordingSink other = new RecordingSink();
        failing.acceptFailure = new UncheckedIOException(new IOException("disk full"));
        TeeSink tee = TeeSink.of(failing, other);
        TraceEvent event = SampleTrace.events().get(0);
        assertSame(failing.acceptFailure, assertThrows(UncheckedIOException.class, () -> tee.accept(event)));
        assertEquals(List.of(event), other.events);
    }

    @Test
    void isEnabledIfAnySinkIs() {
        assertFalse(TeeSink.of(NullSink.INSTANCE, NullSink.INSTANCE).enabled());
        assertTrue(TeeSink.of(NullSink.INSTANCE, new RecordingSink()).enabled());
    }

    @Test
    void needsAtLeastOneSink() {
        assertThrows(IllegalArgumentException.class, TeeSink::of);
        assertThrows(NullPointerException.class, () -> TeeSink.of(new RecordingSink(), null));
    }
}
