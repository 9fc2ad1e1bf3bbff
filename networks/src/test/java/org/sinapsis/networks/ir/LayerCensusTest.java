// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LayerCensusTest {

    @Test
    void activationReadingItsOnlyMatrixProducerIsFused() {
        Network n = Network.builder("n").input("in", 1, 8, 8)
                .add("conv", Conv2D.of(4, 3))
                .add("relu", Activation.relu())
                .add("pool", Pool2D.max(2, 2))
                .add("flat", new Flatten())
                .add("fc", Dense.of(10))
                .add("softmax", Activation.softmax())
                .build();
        assertEquals(new LayerCensus(1, 1, 1, 0), LayerCensus.of(n));
        assertEquals("3 (1 conv + 1 FC + 1 pool)", LayerCensus.of(n).toString());
    }

    @Test
    void activationIsNotFusedWhenItsProducerHasOtherReaders() {
        Network n = Network.builder("n").input("in", 4)
                .add("fc", Dense.of(4))
                .add("relu", Activation.relu())
                .add("sum", new Add(), "fc", "relu")
                .build();
        assertEquals(new LayerCensus(0, 1, 0, 2), LayerCensus.of(n));
    }

    @Test
    void activationAfterWorkWithoutMatricesIsAVectorLayer() {
        Network n = Network.builder("n").input("in", 2, 8, 8)
                .add("sig", Activation.sigmoid())
                .add("pool", Pool2D.avg(2, 2))
                .add("tanh", Activation.tanh())
                .add("relu", Activation.relu())
                .build();
        assertEquals(new LayerCensus(0, 0, 1, 3), LayerCensus.of(n));
    }

    @Test
    void recurrentLayersAreOneFcAndOneVectorLayer() {
        Network n = Network.builder("n").input("tokens", 10)
                .add("embedding", new Embedding(50, 8))
                .add("lstm", new Lstm(16, true))
                .add("gru", new Gru(16, false))
                .add("fc", Dense.of(1))
                .add("sigmoid", Activation.sigmoid())
                .build();
        LayerCensus census = LayerCensus.of(n);
        assertEquals(new LayerCensus(0, 3, 0, 2), census);
        assertEquals(5, census.total());
        assertEquals("5 (3 FC + 2 vector)", census.toString());
    }

    @Test
    void activationAfterARecurrentLayerIsFused() {
        Network n = Network.builder("n").input("seq", 3, 4)
                .add("lstm", new Lstm(8, false))
                .add("tanh", Activation.tanh())
                .build();
        assertEquals(new LayerCensus(0, 1, 0, 1), LayerCensus.of(n));
    }
}
