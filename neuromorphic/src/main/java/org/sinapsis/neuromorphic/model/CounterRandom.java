// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

/**
 * A counter-based random stream: the draw for {@code (seed, stream, index, tick)} is a pure
 * function (SplitMix64's finalizer over the mixed counters), so results do not depend on which
 * thread runs which core or sample, or in what order.
 *
 * <p>Not modelled: TrueNorth's per-core linear-feedback shift register sequence; the statistics
 * (uniform 16-bit draws) are what the neuron models need, not the exact hardware bits.
 */
public final class CounterRandom {
    private CounterRandom() {
    }

    /** 64 well-mixed bits for the given counters. */
    public static long bits(long seed, long stream, long index, long tick) {
        long z = seed;
        z = mix(z + 0x9E3779B97F4A7C15L * (stream + 1));
        z = mix(z + 0x9E3779B97F4A7C15L * (index + 1));
        return mix(z + 0x9E3779B97F4A7C15L * (tick + 1));
    }

    /** An unsigned 16-bit draw in [0, 65536). */
    public static int uniform16(long seed, long stream, long index, long tick) {
        return (int) (bits(seed, stream, index, tick) >>> 48);
    }

    /** A double in [0, 1) with 53 random bits. */
    public static double uniform(long seed, long stream, long index, long tick) {
        return (bits(seed, stream, index, tick) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
