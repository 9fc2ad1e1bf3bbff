// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.ResetMode;

/** The bit-accurate model: the contract, plus saturation and floor-rounded decay. */
class LifFixedModelTest extends NeuronModelContractTest {

    @Override
    NeuronModel create(CoreProgram core) {
        return new LifFixedModel(core, 20);
    }

    @Test
    void membraneSaturatesAtItsBitWidth() {
        // 4-bit signed membrane holds -8..7: input 100 saturates at 7, below the threshold of 10
        LifFixedModel m = new LifFixedModel(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 0, 10, 0, 0), 4);
        assertEquals(List.of(), raster(m, 100, 0));
        assertEquals(7.0, m.potential(0));
        LifFloatModel f = new LifFloatModel(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 0, 10, 0, 0));
        assertEquals(List.of(0, 1), raster(f, 100, 0), "the ideal model keeps the 100 and fires it away");
    }

    @Test
    void decayFloorsLikeAnArithmeticShift() {
        // decay 2048/4096 (halving): V = 7 -> 7 - (7*2048 >> 12) = 7 - 3 = 4 -> 2 -> 1 -> 1 - 0 = 1
        LifFixedModel m = new LifFixedModel(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 2048, 100, 0, 7), 20);
        raster(m, 0);
        assertEquals(4.0, m.potential(0));
        raster(m, 0, 0, 0);
        assertEquals(1.0, m.potential(0));
        LifFloatModel f = new LifFloatModel(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 2048, 100, 0, 7));
        raster(f, 0, 0, 0, 0);
        assertEquals(7.0 / 16, f.potential(0), 1e-12);
    }
}
