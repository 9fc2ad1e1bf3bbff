// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files for tests. */
final class IdxFiles {
    private IdxFiles() {
    }

    /** An IDX file of unsigned bytes with the given extents and values. */
    static byte[] idx(int[] dims, byte[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        b.put((byte) 0).put((byte) 0).put((byte) IdxReader.UNSIGNED_BYTE).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(values).array();
    }

    static byte[] gzip(byte[] plain) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(plain);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} images of {@code rows x cols} whose pixel i of image n is {@code (n * 7 + i) % 256}. */
    static byte[] pixels(int count, int rows, int cols) {
        byte[] p = new byte[count * rows * cols];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < rows * cols; i++) {
                p[n * rows * cols + i] = (byte) ((n * 7 + i) % 256);
            }
        }
        return p;
    }

    /** Labels {@code n % 10}. */
    static byte[] labels(int count) {
        byte[] l = new byte[count];
        for (int n = 0; n < count; n++) {
            l[n] = (byte) (n % 10);
        }
        return l;
    }

    /** Writes the four files of an MNIST-format directory (gzip) with 4x3 images. */
    static void writeMnistDirectory(Path dir, int train, int test) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(idx(new int[] {train, 4, 3}, pixels(train, 4, 3))));
        Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(idx(new int[] {train}, labels(train))));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(new int[] {test, 4, 3}, pixels(test, 4, 3)));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), idx(new int[] {test}, labels(test)));
    }
}
