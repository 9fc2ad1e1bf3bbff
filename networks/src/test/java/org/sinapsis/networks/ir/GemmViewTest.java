// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GemmViewTest {

    private static Node single(int[] inputShape, Layer layer) {
        return Network.builder("g").input("in", inputShape).add("layer", layer).build().node("layer");
    }

    @Test
    void denseIsBatchByUnitsByFeatures() {
        GemmView g = single(new int[] {784}, Dense.of(10)).gemm(64).orElseThrow();
        assertEquals(new GemmView(64, 10, 784, 1), g);
        assertEquals(64L * 10 * 784, g.macs());
        assertEquals("64x10x784", g.toString());
    }

    @Test
    void denseOnASequenceMultipliesTheRowsIntoM() {
        GemmView g = single(new int[] {5, 8}, Dense.of(3)).gemm(2).orElseThrow();
        assertEquals(new GemmView(10, 3, 8, 1), g);
    }

    @Test
    void convIsPixelsByFiltersByWindow() {
        Node conv1 = single(new int[] {3, 227, 227}, Conv2D.of(96, 11).stride(4));
        assertEquals(new GemmView(3025, 96, 363, 1), conv1.gemm(1).orElseThrow());
        assertEquals("3025x96x363", conv1.gemm(1).orElseThrow().toString());
        assertEquals(new GemmView(2 * 3025, 96, 363, 1), conv1.gemm(2).orElseThrow());
    }

    @Test
    void groupedConvIsOneProductPerGroup() {
        Node conv2 = single(new int[] {96, 27, 27}, Conv2D.of(256, 5).pad(2).groups(2));
        GemmView g = conv2.gemm(1).orElseThrow();
        assertEquals(new GemmView(729, 128, 1200, 2), g);
        assertEquals("2 x 729x128x1200", g.toString());
        assertEquals(223_948_800L, g.macs());
        assertEquals(g.macs(), conv2.macs());
    }

    @Test
    void depthwiseConvHasOneChannelPerGroup() {
        Node dw = single(new int[] {32, 10, 10}, Conv2D.of(32, 3).groups(32));
        assertEquals(new GemmView(64, 1, 9, 32), dw.gemm(1).orElseThrow());
    }

    @Test
    void lstmIsOneGateProductPerTimeStep() {
        Node lstm = single(new int[] {80, 128}, new Lstm(128, false));
        GemmView g = lstm.gemm(32).orElseThrow();
        assertEquals(new GemmView(32, 512, 256, 80), g);
        assertEquals(80L * 512 * 256, lstm.macs());
    }

    @Test
    void gruHasThreeGates() {
        Node gru = single(new int[] {10, 20}, new Gru(16, true));
        assertEquals(new GemmView(4, 48, 36, 10), gru.gemm(4).orElseThrow());
    }

    @Test
    void layersWithoutMatrixWorkHaveNoView() {
        assertTrue(single(new int[] {4, 8, 8}, Pool2D.max(2, 2)).gemm(1).isEmpty());
        assertTrue(single(new int[] {4}, Activation.relu()).gemm(1).isEmpty());
        assertTrue(single(new int[] {7}, new Embedding(100, 8)).gemm(1).isEmpty());
        assertEquals(0, single(new int[] {4, 8, 8}, Pool2D.avg(2, 2)).macs());
    }

    @Test
    void extentsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new GemmView(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GemmView(1, 1, 1, 0));
    }
}
