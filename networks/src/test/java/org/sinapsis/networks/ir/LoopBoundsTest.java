// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LoopBoundsTest {

    private static Node single(int[] inputShape, Layer layer) {
        return Network.builder("l").input("in", inputShape).add("layer", layer).build().node("layer");
    }

    @Test
    void missingDimensionsAreOneAndLeftOut() {
        LoopBounds l = LoopBounds.builder().set(Dim.N, 4).set(Dim.C, 1).set(Dim.M, 3).build();
        assertEquals(4, l.bound(Dim.N));
        assertEquals(1, l.bound(Dim.C));
        assertEquals(1, l.bound(Dim.T));
        assertEquals(12, l.product());
        assertEquals("N=4 M=3", l.toString());
        assertEquals(2, l.bounds().size());
    }

    @Test
    void boundsAreValidatedAndImmutable() {
        assertThrows(IllegalArgumentException.class, () -> LoopBounds.builder().set(Dim.P, 0).build());
        LoopBounds l = LoopBounds.builder().set(Dim.P, 2).build();
        assertThrows(UnsupportedOperationException.class, () -> l.bounds().put(Dim.Q, 3L));
    }

    @Test
    void groupedConvNest() {
        LoopBounds l = single(new int[] {96, 27, 27}, Conv2D.of(256, 5).pad(2).groups(2)).loops(1);
        assertEquals("G=2 M=128 C=48 R=5 S=5 P=27 Q=27", l.toString());
        assertEquals(223_948_800L, l.product());
    }

    @Test
    void denseNestCountsBatchTimesRows() {
        assertEquals("N=6 M=3 C=8", single(new int[] {3, 8}, Dense.of(3)).loops(2).toString());
    }

    @Test
    void poolNest() {
        LoopBounds l = single(new int[] {16, 28, 28}, Pool2D.max(2, 2)).loops(8);
        assertEquals("N=8 C=16 R=2 S=2 P=14 Q=14", l.toString());
    }

    @Test
    void recurrentNest() {
        LoopBounds l = single(new int[] {80, 128}, new Lstm(128, false)).loops(32);
        assertEquals("N=32 M=512 C=256 T=80", l.toString());
    }

    @Test
    void elementWiseNests() {
        assertEquals("N=2 C=12", single(new int[] {3, 4}, Activation.tanh()).loops(2).toString());
        assertEquals("N=2 C=8 T=7", single(new int[] {7}, new Embedding(100, 8)).loops(2).toString());
        assertEquals("N=2 C=48", single(new int[] {3, 4, 4}, new Flatten()).loops(2).toString());
    }
}
