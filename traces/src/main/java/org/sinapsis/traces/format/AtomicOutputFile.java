// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers only ever see the old file or the complete new one.
 *
 * <p>Bytes go to a temporary file beside the target; {@link #commit()} flushes, closes and moves
 * it over the target (atomically where the file system can). {@link #close()} without a commit,
 * as after an exception in a try-with-resources block, deletes the temporary file and leaves the
 * target as it was. Missing parent directories are created.
 *
 * <pre>{@code
 * try (AtomicOutputFile file = AtomicOutputFile.create(path)) {
 *     Writer w = file.writer();
 *     w.write(...);
 *     file.commit();
 * }
 * }</pre>
 */
public final class AtomicOutputFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private Writer writer;
    private boolean done;

    private AtomicOutputFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temporary = Files.createTempFile(dir, "." + this.target.getFileName(), ".partial");
        this.stream = new FilterOutputStream(Files.newOutputStream(temporary)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }

    /** Opens a temporary file for {@code target}. */
    public static AtomicOutputFile create(Path target) throws IOException {
        return new AtomicOutputFile(target);
    }

    /** The file that {@link #commit()} will replace. */
    public Path target() {
        return target;
    }

    /** The raw byte stream (unbuffered; wrap it for many small writes). */
    public OutputStream stream() {
        return stream;
    }

    /** A buffered UTF-8 writer over {@link #stream()}, created on first use. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** Flushes and closes the temporary file and moves it over the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        if (writer != null) {
            writer.close();
        } else {
            stream.close();
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Discards the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
