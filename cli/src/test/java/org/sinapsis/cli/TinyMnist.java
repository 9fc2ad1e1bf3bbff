// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a small MNIST-format directory of 28x28 images in 10 classes: an image of class c is
 * noise with a bright vertical stripe at columns {@code [2c + 4, 2c + 6)}, which a perceptron
 * learns in one epoch. Lets CLI tests train and evaluate without the installed Fashion-MNIST.
 */
final class TinyMnist {
    private TinyMnist() {
    }

    static Path write(Path dir, int train, int test) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        split(dir, "train", train, random);
        split(dir, "t10k", test, random);
        return dir;
    }

    private static void split(Path dir, String name, int count, Random random) throws IOException {
        byte[] pixels = new byte[count * 784];
        byte[] labels = new byte[count];
        for (int n = 0; n < count; n++) {
            int c = random.nextInt(10);
            labels[n] = (byte) c;
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    boolean stripe = x >= 2 * c + 4 && x < 2 * c + 6;
                    pixels[n * 784 + y * 28 + x] = (byte) (stripe ? 200 + random.nextInt(56) : random.nextInt(100));
                }
            }
        }
        Files.write(dir.resolve(name + "-images-idx3-ubyte.gz"), gzip(idx(new int[] {count, 28, 28}, pixels)));
        Files.write(dir.resolve(name + "-labels-idx1-ubyte.gz"), gzip(idx(new int[] {count}, labels)));
    }

    private static byte[] idx(int[] dims, byte[] values) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + values.length);
        b.put((byte) 0).put((byte) 0).put((byte) 8).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.put(values).array();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
