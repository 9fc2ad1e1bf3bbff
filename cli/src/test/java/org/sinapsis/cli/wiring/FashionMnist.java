// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Test-only reader of the Fashion-MNIST IDX files (Debian's {@code dataset-fashion-mnist}, which
 * {@code .ci/run} installs), until the training issue's data loader lands. Pixels are scaled to
 * [0, 1].
 *
 * @param images {@code count x 784} pixels
 * @param labels classes 0-9
 */
record FashionMnist(float[] images, int[] labels) {
    /** Where Debian installs the files; {@code SINAPSIS_FASHION_MNIST} overrides it. */
    static final Path DIRECTORY = Path.of(System.getenv().getOrDefault("SINAPSIS_FASHION_MNIST",
            "/usr/share/datasets/fashion-mnist"));

    static boolean available() {
        return Files.exists(DIRECTORY.resolve("t10k-images-idx3-ubyte.gz"));
    }

    /** The first {@code count} examples of {@code train} or {@code t10k}. */
    static FashionMnist read(String split, int count) throws IOException {
        float[] images;
        int[] labels = new int[count];
        try (DataInputStream in = open(split + "-images-idx3-ubyte.gz")) {
            if (in.readInt() != 2051) {
                throw new IOException("not an IDX image file");
            }
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count > n || rows * cols != 784) {
                throw new IOException("unexpected image file shape");
            }
            byte[] raw = new byte[count * 784];
            in.readFully(raw);
            images = new float[raw.length];
            for (int i = 0; i < raw.length; i++) {
                images[i] = (raw[i] & 0xFF) / 255f;
            }
        }
        try (DataInputStream in = open(split + "-labels-idx1-ubyte.gz")) {
            if (in.readInt() != 2049 || in.readInt() < count) {
                throw new IOException("not an IDX label file");
            }
            for (int i = 0; i < count; i++) {
                labels[i] = in.readUnsignedByte();
            }
        }
        return new FashionMnist(images, labels);
    }

    private static DataInputStream open(String name) throws IOException {
        InputStream raw = Files.newInputStream(DIRECTORY.resolve(name));
        return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    }
}
