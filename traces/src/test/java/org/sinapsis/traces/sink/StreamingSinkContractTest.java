// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.event.Track;

/**
 * What every sink that writes a stream or a file must do: keep no events, surface I/O failures,
 * and publish files atomically.
 */
abstract class StreamingSinkContractTest extends TraceSinkContractTest {
    @TempDir
    Path directory;

    /** A sink over {@code stream}, in {@link SampleTrace#CLOCK_700_MHZ}. */
    protected abstract TraceSink newSink(OutputStream stream) throws IOException;

    /** A sink writing {@code file}, in {@link SampleTrace#CLOCK_700_MHZ}. */
    protected abstract TraceSink newSink(Path file) throws IOException;

    /** A file name with the extension this sink's format conventionally uses. */
    protected abstract String fileName();

    @Override
    protected TraceSink newSink() throws IOException {
        return newSink(OutputStream.nullOutputStream());
    }

    /** The bytes a stream sink writes for {@code events}. */
    protected byte[] write(List<TraceEvent> events) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TraceSink sink = newSink(bytes)) {
            events.forEach(sink::accept);
        }
        return bytes.toByteArray();
    }

    @Test
    void sameEventsGiveSameBytes() throws IOException {
        assertArrayEquals(write(SampleTrace.events()), write(SampleTrace.events()));
    }

    @Test
    void keepsNoEventsWhileStreamingAMillionSpans() throws IOException {
        Track[] tracks = {SampleTrace.TPU0_MXU, SampleTrace.TPU0_WEIGHT_DMA, SampleTrace.TPU1_MXU};
        TraceArgs args = TraceArgs.empty().with("bytes", 4096L);
        List<WeakReference<Span>> probes = new ArrayList<>();
        TestStreams.Counting stream = new TestStreams.Counting();
        try (TraceSink sink = newSink(stream)) {
            for (int i = 0; i < 1_000_000; i++) {
                Span span = new Span(tracks[i % tracks.length], "matmul", "compute", i, 1, args);
                if (i % 100_000 == 0) {
                    probes.add(new WeakReference<>(span));
                }
                sink.accept(span);
            }
        }
        assertTrue(stream.closed);
        assertTrue(stream.bytes > 1_000_000 * 40L, "wrote only " + stream.bytes + " bytes");
        for (int attempt = 0; attempt < 20 && probes.stream().anyMatch(p -> p.get() != null); attempt++) {
            System.gc();
        }
        for (WeakReference<Span> probe : probes) {
            assertNull(probe.get(), "the sink still references an accepted event");
        }
    }

    @Test
    void writeFailureIsThrownUncheckedAndAgainOnClose() throws IOException {
        TestStreams.Failing stream = new TestStreams.Failing();
        TraceSink sink = newSink(stream);
        UncheckedIOException first = null;
        for (int i = 0; i < 1_000_000 && first == null; i++) {
            try {
                sink.accept(new Span(SampleTrace.TPU0_MXU, "matmul", "compute", i, 1));
            } catch (UncheckedIOException e) {
                first = e;
            }
        }
        assertNotNull(first, "a buffered sink must reach the failing stream within 1e6 events");
        IOException cause = first.getCause();
        assertEquals("disk full", cause.getMessage());
        UncheckedIOException again = assertThrows(UncheckedIOException.class,
                () -> sink.accept(new Span(SampleTrace.TPU0_MXU, "matmul", "compute", 0, 1)));
        assertSame(cause, again.getCause());
        IOException onClose = assertThrows(IOException.class, sink::close);
        assertSame(cause, onClose.getCause());
        assertTrue(stream.closed, "the stream must be closed even after a failure");
    }

    @Test
    void failureWhileFlushingOnCloseIsThrown() throws IOException {
        TestStreams.Failing stream = new TestStreams.Failing();
        TraceSink sink = newSink(stream);
        sink.accept(new Span(SampleTrace.TPU0_MXU, "matmul", "compute", 0, 1));
        IOException e = assertThrows(IOException.class, sink::close);
        assertEquals("disk full", e.getMessage());
        assertTrue(stream.closed);
    }

    @Test
    void fileHasTheSameBytesAsTheStream() throws IOException {
        Path file = directory.resolve("run").resolve("layer0").resolve(fileName());
        try (TraceSink sink = newSink(file)) {
            SampleTrace.events().forEach(sink::accept);
        }
        assertArrayEquals(write(SampleTrace.events()), Files.readAllBytes(file));
        assertEquals(List.of(file.getFileName()), listNames(file.getParent()), "no temporary files left");
    }

    @Test
    void fileAppearsOnlyOnClose() throws IOException {
        Path file = directory.resolve(fileName());
        TraceSink sink = newSink(file);
        SampleTrace.events().forEach(sink::accept);
        assertFalse(Files.exists(file), "a run that dies before close must leave no file");
        sink.close();
        assertTrue(Files.exists(file));
    }

    @Test
    void runThatDiesBeforeCloseKeepsThePreviousFile() throws IOException {
        Path file = directory.resolve(fileName());
        Files.writeString(file, "previous run", StandardCharsets.UTF_8);
        TraceSink sink = newSink(file);
        SampleTrace.events().forEach(sink::accept);
        assertEquals("previous run", Files.readString(file, StandardCharsets.UTF_8));
        sink.close();
        assertArrayEquals(write(SampleTrace.events()), Files.readAllBytes(file));
    }

    @Test
    void failedPublishLeavesTargetAndNoTemporaryFile() throws IOException {
        Path target = directory.resolve(fileName());
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "not a trace", StandardCharsets.UTF_8);
        TraceSink sink = newSink(target);
        SampleTrace.events().forEach(sink::accept);
        assertThrows(IOException.class, sink::close);
        assertTrue(Files.isDirectory(target));
        assertEquals("not a trace", Files.readString(target.resolve("keep.txt"), StandardCharsets.UTF_8));
        assertEquals(List.of(target.getFileName()), listNames(directory), "no temporary files left");
    }

    private static List<Path> listNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
