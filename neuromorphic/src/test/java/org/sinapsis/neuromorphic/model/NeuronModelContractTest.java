// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.NeuronKind;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.ResetMode;

/**
 * What every integrate-and-fire model must do, checked against rasters computed by hand (Lava's
 * {@code test_models.py} style): a subclass supplies the variant.
 */
abstract class NeuronModelContractTest {

    abstract NeuronModel create(CoreProgram core);

    static CoreProgram core(ResetMode reset, int resetValue, int floor, int decay, int threshold, int bias, int v0) {
        return CoreProgram.builder(0, "n", 1, 1, new NeuronSettings(NeuronKind.INTEGRATE_AND_FIRE, reset, resetValue,
                floor, decay, 0)).neuron(0, threshold, bias, v0).build();
    }

    /** The ticks at which the neuron fires when it gets {@code input[t]} in tick t. */
    List<Integer> raster(NeuronModel model, int... input) {
        List<Integer> out = new ArrayList<>();
        int[] in = new int[1];
        int[] fired = new int[1];
        for (int t = 0; t < input.length; t++) {
            in[0] = input[t];
            if (model.step(in, fired, t) == 1) {
                out.add(t);
            }
            assertEquals(0, in[0], "the model clears its input");
        }
        return out;
    }

    @Test
    void integrateAndFireWithResetBySubtractionKeepsTheSurplus() {
        // threshold 3, input 2 every tick: V = 2, 4->1*, 3->0*, 2, 4->1*, 3->0*
        NeuronModel m = create(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 0, 3, 0, 0));
        assertEquals(List.of(1, 2, 4, 5), raster(m, 2, 2, 2, 2, 2, 2));
        assertEquals(0.0, m.potential(0));
    }

    @Test
    void resetToValueDropsTheSurplus() {
        // threshold 3, input 2: V = 2, 4->0*, 2, 4->0*
        NeuronModel m = create(core(ResetMode.TO_VALUE, 0, Integer.MIN_VALUE, 0, 3, 0, 0));
        assertEquals(List.of(1, 3, 5), raster(m, 2, 2, 2, 2, 2, 2));
    }

    @Test
    void nonResetKeepsFiring() {
        NeuronModel m = create(core(ResetMode.NONE, 0, Integer.MIN_VALUE, 0, 3, 0, 0));
        assertEquals(List.of(1, 2, 3), raster(m, 2, 2, 0, 0));
    }

    @Test
    void trueNorthLeakIsANegativeBiasAndTheFloorSaturates() {
        // bias -1 (leak), floor -2, threshold 4: inputs 3,3 -> V 2, 4->0*; then leak: -1, -2, -2 (floor)
        NeuronModel m = create(core(ResetMode.TO_VALUE, 0, -2, 0, 4, -1, 0));
        assertEquals(List.of(1), raster(m, 3, 3, 0, 0, 0));
        assertEquals(-2.0, m.potential(0));
    }

    @Test
    void biasAloneFiresPeriodically() {
        // bias +1, threshold 5, reset to 0, starting at 0: fires every 5 ticks
        NeuronModel m = create(core(ResetMode.TO_VALUE, 0, Integer.MIN_VALUE, 0, 5, 1, 0));
        assertEquals(List.of(4, 9, 14), raster(m, new int[15]));
    }

    @Test
    void resetRestoresTheInitialPotential() {
        NeuronModel m = create(core(ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 0, 10, 0, 7));
        assertEquals(List.of(1), raster(m, 1, 2));
        m.reset();
        assertEquals(7.0, m.potential(0));
    }

    @Test
    void activeCountsNeuronsWithInputOrSpikes() {
        CoreProgram c = CoreProgram.builder(0, "n", 3, 1, NeuronSettings.integrateAndFireSubtractive())
                .neuron(0, 1, 0, 0).neuron(1, 1, 0, 5).neuron(2, 9, 0, 0).build();
        NeuronModel m = create(c);
        int[] fired = new int[3];
        assertEquals(2, m.step(new int[] {1, 0, 0}, fired, 0));
        assertArrayEquals(new int[] {0, 1}, java.util.Arrays.copyOf(fired, 2));
        assertEquals(2, m.activeInLastStep());
    }
}
