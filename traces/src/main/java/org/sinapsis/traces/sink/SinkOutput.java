// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.sinapsis.traces.format.AtomicOutputFile;

/**
 * The text destination of a streaming sink and its life cycle: open, failed or closed.
 *
 * <p>A sink formats each event into a {@link StringBuilder} and hands it to {@link #write}, so an
 * event is written whole or not at all. The first {@link IOException} is remembered: that write
 * and every later one throw {@link UncheckedIOException}, and {@link #close} throws an
 * {@link IOException} caused by it, so a failure cannot go unnoticed even if the caller swallowed
 * the unchecked one. For a file, a failure or a missing {@code close} leaves the target as it was
 * ({@link AtomicOutputFile}); a successful {@code close} moves the complete file into place.
 */
final class SinkOutput {
    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer writer;
    private final OutputStream stream;
    private final AtomicOutputFile file;
    private final String destination;
    private char[] chars = new char[1024];
    private IOException failure;
    private boolean closed;

    private SinkOutput(Writer writer, OutputStream stream, AtomicOutputFile file, String destination) {
        this.writer = writer;
        this.stream = stream;
        this.file = file;
        this.destination = destination;
    }

    /** Writes UTF-8 to {@code stream}, which the output then owns and closes. */
    static SinkOutput toStream(OutputStream stream) {
        Objects.requireNonNull(stream, "stream");
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER_CHARS);
        return new SinkOutput(writer, stream, null, "stream");
    }

    /** Writes UTF-8 to a temporary file that {@link #close} moves over {@code target}. */
    static SinkOutput toFile(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        AtomicOutputFile file = AtomicOutputFile.create(target);
        return new SinkOutput(file.writer(), null, file, file.target().toString());
    }

    /**
     * Writes {@code text} unless the output is closed or has failed.
     *
     * @throws IllegalStateException if the output is closed
     * @throws UncheckedIOException if this or an earlier write failed
     */
    void write(CharSequence text) {
        checkWritable();
        if (!writeOrRemember(text)) {
            throw new UncheckedIOException("cannot write trace to " + destination, failure);
        }
    }

    /**
     * Checks that {@link #write} may be called, so a sink can refuse an event before it changes
     * any state.
     *
     * @throws IllegalStateException if the output is closed
     * @throws UncheckedIOException if an earlier write failed
     */
    void checkWritable() {
        if (closed) {
            throw new IllegalStateException("trace sink for " + destination + " is closed");
        }
        if (failure != null) {
            throw new UncheckedIOException("trace sink for " + destination + " failed earlier", failure);
        }
    }

    /** Writes {@code text}; on an {@link IOException}, remembers it and returns false. */
    private boolean writeOrRemember(CharSequence text) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        copy(text, length);
        try {
            writer.write(chars, 0, length);
            return true;
        } catch (IOException e) {
            failure = e;
            return false;
        }
    }

    private void copy(CharSequence text, int length) {
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, length, chars, 0);
        } else {
            text.toString().getChars(0, length, chars, 0);
        }
    }

    /**
     * Writes the first text of the output. On failure, discards the output (a file target keeps
     * its previous content) and throws, so the sink is never handed out half-started.
     *
     * @throws IOException if writing fails
     */
    void writeHeader(CharSequence header) throws IOException {
        if (!writeOrRemember(header)) {
            closed = true;
            throw discardAfterFailure();
        }
    }

    /**
     * Writes {@code footer} and completes the output: flushes and closes the stream, or moves the
     * temporary file over the target. Does nothing if already closed. After a failure, discards
     * the output instead (a file target keeps its previous content) and throws.
     *
     * @throws IOException if an earlier write failed, or the footer, flush, close or move fails
     */
    void close(CharSequence footer) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failure != null || !writeOrRemember(footer)) {
            throw discardAfterFailure();
        }
        try {
            if (file == null) {
                writer.close();
            } else {
                file.commit();
            }
        } catch (IOException e) {
            discard(e);
            throw e;
        }
    }

    /** Discards the output after {@link #failure} and returns the exception to throw. */
    private IOException discardAfterFailure() {
        IOException reported = new IOException(file == null
                ? "trace to " + destination + " is incomplete: a write failed"
                : "trace not written, " + destination + " left as it was: a write failed", failure);
        discard(reported);
        return reported;
    }

    /**
     * Releases everything after a failure: a file target's temporary file is deleted; a stream is
     * closed directly as well, since a writer whose flush fails may not close what it wraps.
     */
    private void discard(IOException reported) {
        if (file != null) {
            closeAddingSuppressed(file, reported);
        } else {
            closeAddingSuppressed(writer, reported);
            closeAddingSuppressed(stream, reported);
        }
    }

    private static void closeAddingSuppressed(AutoCloseable resource, IOException reported) {
        try {
            resource.close();
        } catch (Exception e) {
            reported.addSuppressed(e);
        }
    }
}
