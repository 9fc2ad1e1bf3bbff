// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Tensor;

class ImageDatasetTest {
    private static final ImageDataset SET = new ImageDataset("tiny", 2, 3, 10,
            new byte[] {0, 1, 2, 3, 4, 5, (byte) 255, (byte) 128, 51, 0, 0, 0}, new byte[] {7, 2});

    @Test
    void pixelsAreScaledByOneOver255() {
        Tensor t = SET.images(0, 2);
        assertEquals(TensorShape.of(1, 2, 3), t.shape());
        assertEquals(2, t.batch());
        assertEquals(1f / 255f, t.data()[1]);
        assertEquals(1f, t.data()[6]);
        assertEquals(128f / 255f, t.data()[7]);
        assertEquals(0.2f, t.data()[8]);
        float[] one = new float[7];
        SET.copyImage(1, one, 1);
        assertArrayEquals(new float[] {0, 1f, 128f / 255f, 0.2f, 0, 0, 0}, one);
        assertArrayEquals(new int[] {2}, SET.labels(1, 1));
    }

    @Test
    void samplesAndSlicesKeepTheirOrigin() {
        LabelledSamples s = SET.samples("input", 1, 1);
        assertEquals("tiny (images 1 to 1 of 2)", s.source());
        assertArrayEquals(new int[] {2}, s.labels());
        assertEquals("tiny (first 1 of 2)", SET.samples("input", 0, 1).source());
        assertEquals("tiny (all 2)", SET.samples("input", 0, 2).source());
        ImageDataset slice = SET.slice("one", 1, 1);
        assertEquals(1, slice.size());
        assertEquals(7, slice.label(0) + 5);
        assertThrows(IndexOutOfBoundsException.class, () -> SET.images(1, 2));
    }

    @Test
    void fitsClassifiersOfItsShapeAndClasses() {
        Network good = Network.builder("g").input("x", 1, 2, 3).add("f", new Flatten()).add("fc", Dense.of(10))
                .add("sm", Activation.softmax()).build();
        Network wrongClasses = Network.builder("c").input("x", 1, 2, 3).add("f", new Flatten())
                .add("fc", Dense.of(9)).build();
        Network wrongShape = Network.builder("s").input("x", 6).add("fc", Dense.of(10)).build();
        assertTrue(SET.fits(good));
        assertFalse(SET.fits(wrongClasses));
        assertFalse(SET.fits(wrongShape));
    }

    @Test
    void labelsMustBeClasses() {
        assertThrows(IllegalArgumentException.class, () -> new ImageDataset("x", 1, 1, 10, new byte[1],
                new byte[] {10}));
        assertThrows(IllegalArgumentException.class, () -> new ImageDataset("x", 1, 2, 10, new byte[1],
                new byte[] {1}));
    }
}
