// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicDesign;

/** The shapes and dataflows the systolic search explores. */
class SystolicDesignSpaceTest {

    @Test
    void aBudgetOf1024HoldsFifteenShapesInBothOrders() {
        SystolicDesignSpace s = SystolicDesignSpace.of(1024, List.of(Dataflow.values()));
        // rows 8: cols 8..128 (5); 16: 8..64 (4); 32: 8..32 (3); 64: 8, 16 (2); 128: 8 (1)
        assertEquals(15, s.shapes());
        assertEquals(45, s.size());
        assertEquals(new SystolicDesign(8, 8, Dataflow.OUTPUT_STATIONARY), s.point(0));
        assertEquals(new SystolicDesign(8, 8, Dataflow.WEIGHT_STATIONARY), s.point(1));
        assertTrue(s.indexOf(new SystolicDesign(16, 64, Dataflow.INPUT_STATIONARY)) >= 0);
        assertTrue(s.indexOf(new SystolicDesign(64, 16, Dataflow.INPUT_STATIONARY)) >= 0);
        assertEquals(-1, s.indexOf(new SystolicDesign(64, 32, Dataflow.INPUT_STATIONARY)));
        for (SystolicDesign d : s.designs()) {
            assertTrue(d.pes() <= 1024 && Integer.bitCount(d.rows()) == 1 && Integer.bitCount(d.cols()) == 1, d::toString);
        }
    }

    @Test
    void theTpuBudgetReachesTheLargestSide() {
        SystolicDesignSpace s = SystolicDesignSpace.of(65536, List.of(Dataflow.WEIGHT_STATIONARY));
        // rows 8..128: 7 column sizes each; 256: 8..256 (6); 512: 8..128 (5)
        assertEquals(46, s.size());
        assertEquals(new SystolicDesign(512, 128, Dataflow.WEIGHT_STATIONARY), s.point(45));
    }

    @Test
    void badSpacesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SystolicDesignSpace.of(63, List.of(Dataflow.values())));
        assertThrows(IllegalArgumentException.class, () -> SystolicDesignSpace.of(1024, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SystolicDesignSpace.of(1024, List.of(Dataflow.OUTPUT_STATIONARY, Dataflow.OUTPUT_STATIONARY)));
        assertThrows(IllegalArgumentException.class, () -> new SystolicDesignSpace(8, 512, 1024,
                List.of(Dataflow.OUTPUT_STATIONARY), List.of(new SystolicDesign(64, 32, Dataflow.OUTPUT_STATIONARY))));
        assertThrows(IndexOutOfBoundsException.class, () -> SystolicDesignSpace.of(64, List.of(Dataflow.values())).point(3));
    }
}
