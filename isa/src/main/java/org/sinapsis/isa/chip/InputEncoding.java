// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

/**
 * How the host turns an input value {@code x} (clipped to [0, 1]) into spikes on an input
 * channel, one decision per tick.
 */
public enum InputEncoding {
    /**
     * Deterministic rate code: an integrate-and-fire encoder with reset by subtraction,
     * {@code phase <- phase + x; spike and phase <- phase - 1 when phase >= 1}, starting from the
     * configuration's encoder phase. Over T ticks it sends {@code floor(x T + phase0)} spikes.
     */
    REGULAR,
    /** Bernoulli (discrete Poisson) rate code: a spike with probability {@code x} every tick, seeded. */
    POISSON,
    /** Explicit spikes: the host gives the spike ticks of each channel (hand-written programs). */
    EXPLICIT
}
