// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;

class FpgaLayerShapeTest {

    @Test
    void everyMatrixLayerKeepsItsMacs() {
        Network n = Network.builder("n").input("x", 6, 20, 20)
                .add("conv", Conv2D.of(8, 5).stride(2).pad(1).groups(2))
                .add("relu", Activation.relu())
                .input("seq", 7, 12).add("lstm", new Lstm(16, true)).add("gru", new Gru(9, false))
                .add("fc", Dense.of(5))
                .build();
        for (String name : new String[] {"conv", "lstm", "gru", "fc"}) {
            Node node = n.node(name);
            assertEquals(node.macs() * 3, FpgaLayerShape.of(node, 3).macs(), name);
        }
        FpgaLayerShape conv = FpgaLayerShape.of(n.node("conv"), 3);
        assertEquals("M=4 N=3 R=9 C=9 K=5x5 S=2 pad=1 batch=3 groups=2", conv.toString());
        FpgaLayerShape lstm = FpgaLayerShape.of(n.node("lstm"), 3);
        assertEquals(FpgaLayerKind.RECURRENT, lstm.kind());
        assertEquals(64, lstm.outChannels());
        assertEquals(12 + 16, lstm.inChannels());
        assertEquals(16, lstm.recurrentUnits());
        assertEquals(3, lstm.outRows());
        assertThrows(IllegalArgumentException.class, () -> FpgaLayerShape.of(n.node("relu"), 1));
    }

    @Test
    void tilesLoadOnlyTheRowsInsideThePaddedInput() {
        FpgaLayerShape s = FpgaLayerShape.of(Network.builder("c").input("x", 1, 13, 13)
                .add("c", Conv2D.of(1, 3).pad(1)).build().node("c"), 1);
        assertEquals(7, s.inputTileRows(5));
        assertEquals(6, s.loadedRows(0, 5), "the first tile's top padding row is not loaded");
        assertEquals(7, s.loadedRows(5, 5));
        assertEquals(4, s.loadedRows(10, 3), "the last tile's bottom padding row is not loaded");
    }
}
