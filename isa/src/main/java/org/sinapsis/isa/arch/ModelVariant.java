// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * Which neuron-model implementation a neuromorphic run selects (Lava's {@code select_tag}): the
 * bit-accurate integer model of the chip, or an ideal floating-point model of the same equations.
 */
public enum ModelVariant {
    /** Integer state with the chip's bit widths: saturation and rounding as the hardware does. */
    FIXED_POINT,
    /** The same equations in double precision, with no saturation. */
    FLOAT
}
