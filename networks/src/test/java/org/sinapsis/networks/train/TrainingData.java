// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Random;
import org.sinapsis.networks.data.ImageDataset;

/** Small learnable image sets for training tests. */
final class TrainingData {
    private TrainingData() {
    }

    /**
     * {@code count} random {@code size x size} images in 3 classes: the class is the brightest of
     * three horizontal bands (a rule a small network learns in a few epochs).
     */
    static ImageDataset bands(int count, int size, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * size * size];
        byte[] labels = new byte[count];
        for (int n = 0; n < count; n++) {
            long[] band = new long[3];
            for (int i = 0; i < size * size; i++) {
                int v = random.nextInt(256);
                pixels[n * size * size + i] = (byte) v;
                band[Math.min(2, i / size * 3 / size)] += v;
            }
            int best = band[1] > band[0] ? 1 : 0;
            labels[n] = (byte) (band[2] > band[best] ? 2 : best);
        }
        return new ImageDataset("bands", size, size, 3, pixels, labels);
    }

    /** {@code count} random images with random labels in 3 classes: nothing to learn. */
    static ImageDataset noise(int count, int size, long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * size * size];
        random.nextBytes(pixels);
        byte[] labels = new byte[count];
        for (int n = 0; n < count; n++) {
            labels[n] = (byte) random.nextInt(3);
        }
        return new ImageDataset("noise", size, size, 3, pixels, labels);
    }
}
