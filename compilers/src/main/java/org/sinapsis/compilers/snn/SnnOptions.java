// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import org.sinapsis.isa.chip.InputEncoding;

/**
 * Compiler options.
 *
 * @param percentile the activation percentile used as each layer's maximum in data-based
 *     normalization, in (0, 100] (Rueckauer 2017's robust normalization uses 99.9-99.999; 100 is
 *     Diehl 2015's max normalization)
 * @param coding where membranes and encoders start
 * @param encoding how the host turns inputs into spikes (regular or Poisson)
 * @param designRate spikes per axon per tick a core is sized for on a real-time chip: a core gets
 *     no more synapses than {@code tickSeconds / (synapticEventSeconds x designRate)}, so its
 *     expected work fits the tick (SpiNNaker's software cores need this; TrueNorth's rarely do)
 */
public record SnnOptions(double percentile, SpikeCoding coding, InputEncoding encoding, double designRate) {

    /** Validates the options. */
    public SnnOptions {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
        }
        if (coding == null || encoding == null || encoding == InputEncoding.EXPLICIT) {
            throw new IllegalArgumentException("coding and a regular or Poisson encoding must be given");
        }
        if (!(designRate > 0 && designRate <= 1)) {
            throw new IllegalArgumentException("design rate must be in (0, 1] spikes per tick, got " + designRate);
        }
    }

    /** 99.9th percentile, lower-latency coding, deterministic regular encoder, cores sized for 0.25 spikes per tick. */
    public static SnnOptions defaults() {
        return new SnnOptions(99.9, SpikeCoding.RATE_HALF_THRESHOLD, InputEncoding.REGULAR, 0.25);
    }

    /** These options with another coding. */
    public SnnOptions withCoding(SpikeCoding other) {
        return new SnnOptions(percentile, other, encoding, designRate);
    }
}
