// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import org.sinapsis.isa.eval.Evaluation;

/**
 * Hears about every point a {@link Mapper} evaluates (to record roofline points or drive a
 * progress bar). Called from the search's worker threads, in no particular order across slices:
 * implementations must be thread-safe and must not depend on the order.
 *
 * @param <P> the point type
 */
@FunctionalInterface
public interface SearchListener<P> {

    /** Point {@code index} was evaluated; {@code cost} is positive infinity when it is illegal. */
    void explored(long index, P point, Evaluation evaluation, double cost);

    /** A listener that ignores everything. */
    static <P> SearchListener<P> none() {
        return (index, point, evaluation, cost) -> {
        };
    }
}
