// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.traces.golden.Goldens;

class DataflowMappingsTest {

    /** AlexNet's first layer as SCALE-Sim sees it: 3025 pixels, 96 filters, an 11x11x3 window. */
    private static final long M = 3025;
    private static final long N = 96;
    private static final long K = 363;

    @Test
    void eachDataflowPutsTheSCaleSimDimensionsOnTheArray() {
        ArrayMapping os = ArrayMapping.of(DataflowMappings.canonical(Dataflow.OUTPUT_STATIONARY, M, N, K, 32, 32));
        assertEquals(List.of(M, N, K), List.of(os.sr(), os.sc(), os.t()));
        assertEquals(GemmOperand.OFMAP, os.stationary());
        assertEquals(GemmOperand.IFMAP, os.rowStream());
        assertEquals(GemmOperand.FILTER, os.columnStream());
        ArrayMapping ws = ArrayMapping.of(DataflowMappings.canonical(Dataflow.WEIGHT_STATIONARY, M, N, K, 32, 32));
        assertEquals(List.of(K, N, M), List.of(ws.sr(), ws.sc(), ws.t()));
        assertEquals(GemmOperand.FILTER, ws.stationary());
        assertEquals(GemmOperand.OFMAP, ws.columnStream());
        ArrayMapping is = ArrayMapping.of(DataflowMappings.canonical(Dataflow.INPUT_STATIONARY, M, N, K, 32, 32));
        assertEquals(List.of(K, M, N), List.of(is.sr(), is.sc(), is.t()));
        assertEquals(GemmOperand.IFMAP, is.stationary());
        assertEquals(GemmOperand.FILTER, is.rowStream());
        assertTrue(ws.columnFoldsOuter());
    }

    @Test
    void foldCyclesFollowScaleSimsClosedForm() {
        // oracle README section 4: os T + AR + AC - 2; ws and is 2 AR + AC + T - 2
        ArrayMapping os = ArrayMapping.of(DataflowMappings.canonical(Dataflow.OUTPUT_STATIONARY, M, N, K, 32, 32));
        assertEquals(K + 32 + 32 - 2, os.foldCycles());
        assertEquals(95 * 3, os.folds());
        ArrayMapping ws = ArrayMapping.of(DataflowMappings.canonical(Dataflow.WEIGHT_STATIONARY, M, N, K, 32, 32));
        assertEquals(2 * 32 + 32 + M - 2, ws.foldCycles());
        // SCALE-Sim's golden test: alexnet Conv1 on 32x32 ws takes 112,283 cycles (folds x length - 1)
        assertEquals(112_283, ws.folds() * ws.foldCycles() - 1);
        assertEquals(12, ws.rowFolds());
        assertEquals(363 - 11 * 32, ws.rowsUsed(11));
        assertEquals(32, ws.colsUsed(0));
    }

    @Test
    void mappingPrintsLikeTimeloopsMapTxt() throws Exception {
        Goldens.assertMatches("mapping/alexnet-conv1-ws-32.txt",
                MappingPrinter.toText(DataflowMappings.canonical(Dataflow.WEIGHT_STATIONARY, M, N, K, 32, 32)));
    }

    @Test
    void aMappingNeedsAllThreeExtentsAndOneLoopPerArrayAxis() {
        assertThrows(IllegalArgumentException.class, () -> new Mapping("x", Map.of(MatrixDim.M, 1L), List.of()));
        Mapping twoRows = new Mapping("x", Map.of(MatrixDim.M, 4L, MatrixDim.N, 4L, MatrixDim.K, 4L), List.of(
                new LevelMapping(ArrayMapping.FOLD_LEVEL, List.of()),
                new LevelMapping(ArrayMapping.ARRAY_LEVEL, List.of(new Loop(MatrixDim.M, 2, SpaceTime.SPATIAL_Y),
                        new Loop(MatrixDim.K, 2, SpaceTime.SPATIAL_Y), new Loop(MatrixDim.N, 4, SpaceTime.TEMPORAL)))));
        assertThrows(IllegalArgumentException.class, () -> ArrayMapping.of(twoRows));
    }
}
