// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.sinapsis.isa.eval.Evaluation;

/**
 * A seeded random sample of a slice without repetition (Timeloop's {@code random} search): up to
 * {@code samples} distinct indices drawn by Floyd's algorithm, in draw order. The same seed, slice
 * and bounds always give the same indices.
 */
public final class RandomSearch implements SearchStrategy {
    private final long[] order;
    private int position;

    /**
     * Samples {@code samples} distinct indices of {@code [from, to)} (all of them, shuffled, when
     * the slice is smaller).
     */
    public RandomSearch(long from, long to, long samples, long seed) {
        if (from < 0 || to < from || samples < 0) {
            throw new IllegalArgumentException("need 0 <= from <= to and samples >= 0");
        }
        long n = to - from;
        int k = (int) Math.min(Math.min(n, samples), Integer.MAX_VALUE - 8);
        SplittableRandom random = new SplittableRandom(seed);
        order = new long[k];
        Set<Long> chosen = new HashSet<>();
        int filled = 0;
        for (long j = n - k; j < n; j++) {
            long t = random.nextLong(j + 1);
            long pick = chosen.contains(t) ? j : t;
            chosen.add(pick);
            order[filled++] = from + pick;
        }
        for (int i = k - 1; i > 0; i--) {
            int s = random.nextInt(i + 1);
            long tmp = order[i];
            order[i] = order[s];
            order[s] = tmp;
        }
    }

    /**
     * The factory for {@link Mapper}: each slice draws its share of {@code samplesPerSlice} with
     * the seed {@code seed} mixed with the slice number.
     */
    public static SearchStrategyFactory factory(long samplesPerSlice, long seed) {
        return (from, to, slice) -> new RandomSearch(from, to, samplesPerSlice, seed * 0x9E3779B97F4A7C15L + slice);
    }

    @Override
    public OptionalLong next() {
        return position < order.length ? OptionalLong.of(order[position++]) : OptionalLong.empty();
    }

    @Override
    public void report(long index, Evaluation evaluation, double cost) {
        // random sampling: the reports do not change what comes next
    }
}
