// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.process;

import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.neuromorphic.model.CounterRandom;

/**
 * Rate-codes one example's input values, each clipped to [0, 1], as {@link InputEncoding} says:
 * <pre>
 * REGULAR: phase_c <- phase_c + x_c; spike and phase_c <- phase_c - 1 when phase_c >= 1
 *          (phase_c starts at the configuration's encoder phase; floor(x T + phase0) spikes in T ticks)
 * POISSON: spike when a uniform draw of (seed, sample, channel, tick) is below x_c
 * </pre>
 * One encoder per example; not thread-safe.
 */
public final class RateEncoder implements SpikeSource {
    private final float[] values;
    private final int offset;
    private final int channels;
    private final InputEncoding encoding;
    private final double[] phase;
    private final long seed;
    private final long sample;

    /**
     * @param values the batch's values; the example occupies {@code [offset, offset + channels)}
     * @param encoding {@link InputEncoding#REGULAR} or {@link InputEncoding#POISSON}
     * @param initialPhase the regular encoder's starting phase, in [0, 1)
     * @param seed the run's seed (Poisson draws)
     * @param sample the example's index, so every example draws its own stream
     */
    public RateEncoder(float[] values, int offset, int channels, InputEncoding encoding, double initialPhase, long seed,
            long sample) {
        if (encoding == InputEncoding.EXPLICIT) {
            throw new IllegalArgumentException("a rate encoder needs the regular or Poisson encoding");
        }
        this.values = values;
        this.offset = offset;
        this.channels = channels;
        this.encoding = encoding;
        this.phase = new double[channels];
        java.util.Arrays.fill(phase, initialPhase);
        this.seed = seed;
        this.sample = sample;
    }

    @Override
    public int spikes(long tick, int[] out) {
        int n = 0;
        for (int c = 0; c < channels; c++) {
            double x = Math.min(1.0, Math.max(0.0, values[offset + c]));
            if (encoding == InputEncoding.REGULAR) {
                double p = phase[c] + x;
                if (p >= 1.0) {
                    p -= 1.0;
                    out[n++] = c;
                }
                phase[c] = p;
            } else if (x > 0 && CounterRandom.uniform(seed, sample, c, tick) < x) {
                out[n++] = c;
            }
        }
        return n;
    }
}
