// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.OptionalLong;
import org.sinapsis.isa.eval.Evaluation;

/** Every index of a slice, in increasing order (Timeloop's {@code exhaustive} search). */
public final class ExhaustiveSearch implements SearchStrategy {
    private final long to;
    private long nextIndex;

    /** Enumerates {@code [from, to)}. */
    public ExhaustiveSearch(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to, got [" + from + ", " + to + ")");
        }
        this.nextIndex = from;
        this.to = to;
    }

    /** The factory for {@link Mapper}. */
    public static SearchStrategyFactory factory() {
        return (from, to, slice) -> new ExhaustiveSearch(from, to);
    }

    @Override
    public OptionalLong next() {
        return nextIndex < to ? OptionalLong.of(nextIndex++) : OptionalLong.empty();
    }

    @Override
    public void report(long index, Evaluation evaluation, double cost) {
        // exhaustive: the reports do not change what comes next
    }
}
