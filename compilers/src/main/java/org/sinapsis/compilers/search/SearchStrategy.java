// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.OptionalLong;
import org.sinapsis.isa.eval.Evaluation;

/**
 * Proposes the points a search evaluates and hears how each did: Timeloop's
 * {@code SearchAlgorithm} with its {@code Next(id)} / {@code Report(status, cost)} pair. A
 * strategy covers a slice {@code [from, to)} of a {@link DesignSpace}'s indices; adaptive
 * strategies use the reports to choose what comes next. Not thread-safe: one strategy per slice.
 */
public interface SearchStrategy {

    /** The index to evaluate next, or empty when the strategy is done. */
    OptionalLong next();

    /**
     * The outcome of the point {@link #next()} returned last.
     *
     * @param index that point's index
     * @param evaluation its evaluation (illegal ones included), or null when the point was skipped
     *     by a lower bound
     * @param cost its cost, lower is better; positive infinity when illegal or skipped
     */
    void report(long index, Evaluation evaluation, double cost);
}
