// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArenaPlannerTest {

    @Test
    void rangesAreAlignedAndLaidOutInOrder() {
        ArenaPlanner p = new ArenaPlanner();
        assertEquals(0, p.allocate(10));
        assertEquals(16, p.allocate(17));
        assertEquals(48, p.allocate(1));
        assertEquals(64, p.size());
    }

    @Test
    void freedRangesAreReusedFirstFitAndMerged() {
        ArenaPlanner p = new ArenaPlanner();
        long a = p.allocate(32);
        long b = p.allocate(32);
        long c = p.allocate(32);
        p.release(a, 32);
        p.release(b, 32);
        assertEquals(0, p.allocate(64), "two freed neighbours merge into one range");
        p.release(c, 32);
        assertEquals(64, p.allocate(48), "a freed tail grows instead of leaving a hole");
        assertEquals(112, p.size());
    }

    @Test
    void aChainOfLayersNeedsOnlyTwoLiveBuffers() {
        ArenaPlanner p = new ArenaPlanner();
        long in = p.allocate(1000);
        for (int layer = 0; layer < 10; layer++) {
            long out = p.allocate(1000);
            p.release(in, 1000);
            in = out;
        }
        assertEquals(2 * 1008, p.size());
    }
}
