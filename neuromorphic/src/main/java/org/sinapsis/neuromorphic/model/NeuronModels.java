// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import org.sinapsis.isa.arch.ModelVariant;
import org.sinapsis.isa.chip.CoreProgram;

/** Picks the model of a core from its neuron kind and the run's variant (Lava's {@code select_tag}). */
public final class NeuronModels {
    private NeuronModels() {
    }

    /**
     * A fresh model of {@code core}'s neurons.
     *
     * @param membraneBits the chip's signed membrane width (fixed-point variant)
     * @param seed the run's seed (stochastic neurons)
     */
    public static NeuronModel create(CoreProgram core, ModelVariant variant, int membraneBits, long seed) {
        return switch (core.settings().kind()) {
            case INTEGRATE_AND_FIRE -> variant == ModelVariant.FIXED_POINT ? new LifFixedModel(core, membraneBits)
                    : new LifFloatModel(core);
            case STOCHASTIC_BINARY -> new StochasticBinaryModel(core, variant == ModelVariant.FIXED_POINT, seed);
        };
    }
}
