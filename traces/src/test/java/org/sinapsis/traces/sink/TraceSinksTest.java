// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceSinksTest {
    @TempDir
    Path directory;

    @Test
    void choosesChromeJsonForJsonFiles() throws IOException {
        Path file = directory.resolve("Trace.JSON");
        try (TraceSink sink = TraceSinks.create(file, SampleTrace.CLOCK_700_MHZ)) {
            assertInstanceOf(ChromeTraceSink.class, sink);
            sink.accept(SampleTrace.events().get(0));
        }
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("{\"displayTimeUnit\":\"ns\""));
    }

    @Test
    void choosesCsvForCsvFiles() throws IOException {
        Path file = directory.resolve("trace.csv");
        try (TraceSink sink = TraceSinks.create(file, SampleTrace.CLOCK_700_MHZ)) {
            assertInstanceOf(CsvTraceSink.class, sink);
        }
        assertEquals(CsvTraceSink.HEADER + "\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownExtensionsWithTheChoices() throws IOException {
        Path file = directory.resolve("trace.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceSinks.create(file, SampleTrace.CLOCK_700_MHZ));
        assertTrue(e.getMessage().contains("trace.txt") && e.getMessage().contains("*.json")
                && e.getMessage().contains("*.csv"), e.getMessage());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(0, files.count(), "nothing may be created for a rejected name");
        }
    }

    @Test
    void combinesNoneOneOrManySinks() {
        RecordingSink one = new RecordingSink();
        RecordingSink two = new RecordingSink();
        assertSame(NullSink.INSTANCE, TraceSinks.combine(List.of()));
        assertSame(one, TraceSinks.combine(List.of(one)));
        TeeSink tee = assertInstanceOf(TeeSink.class, TraceSinks.combine(List.of(one, two)));
        assertEquals(List.of(one, two), tee.sinks());
    }
}
