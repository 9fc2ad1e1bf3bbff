// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

/**
 * The neuron dynamics shared by every neuron of one core.
 *
 * @param kind integrate-and-fire or stochastic binary
 * @param reset what the membrane does after a spike (integrate-and-fire)
 * @param resetValue the potential {@link ResetMode#TO_VALUE} resets to
 * @param floor the lowest membrane potential: below it the potential saturates (TrueNorth's
 *     negative threshold in saturate mode); {@link Integer#MIN_VALUE} for none beyond the chip's
 *     bit width
 * @param decay multiplicative leak per tick in 1/4096 units (Loihi's 12-bit {@code dv}): 0 for
 *     none, 4096 for a full reset every tick
 * @param temperature stochastic neurons: {@code u} units per e-fold of the firing odds (at least
 *     1); ignored by integrate-and-fire neurons
 */
public record NeuronSettings(NeuronKind kind, ResetMode reset, int resetValue, int floor, int decay, int temperature) {

    /** Validates the settings. */
    public NeuronSettings {
        if (kind == null || reset == null) {
            throw new IllegalArgumentException("neuron kind and reset mode must be given");
        }
        if (decay < 0 || decay > 4096) {
            throw new IllegalArgumentException("decay must be in [0, 4096] (1/4096 units), got " + decay);
        }
        if (kind == NeuronKind.STOCHASTIC_BINARY && temperature < 1) {
            throw new IllegalArgumentException("a stochastic core needs temperature >= 1, got " + temperature);
        }
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
    }

    /** Integrate-and-fire neurons with reset by subtraction, no decay and no floor (ANN conversion). */
    public static NeuronSettings integrateAndFireSubtractive() {
        return new NeuronSettings(NeuronKind.INTEGRATE_AND_FIRE, ResetMode.SUBTRACT, 0, Integer.MIN_VALUE, 0, 0);
    }

    /** Stochastic binary neurons firing with probability {@code sigmoid(u / temperature)}. */
    public static NeuronSettings stochastic(int temperature) {
        return new NeuronSettings(NeuronKind.STOCHASTIC_BINARY, ResetMode.NONE, 0, Integer.MIN_VALUE, 0, temperature);
    }
}
