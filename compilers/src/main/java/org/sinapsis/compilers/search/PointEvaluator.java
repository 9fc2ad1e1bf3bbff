// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import org.sinapsis.isa.eval.Evaluation;

/**
 * Costs one point of a design space: usually an {@link org.sinapsis.isa.eval.Evaluator} bound to
 * the work and the machine ({@code p -> evaluator.evaluate(work, spec, p)}), or an aggregate of
 * several such calls. Must be thread-safe and deterministic.
 *
 * @param <P> the point type
 */
@FunctionalInterface
public interface PointEvaluator<P> {

    /** The evaluation of {@code point}; an illegal point comes back with failed statuses. */
    Evaluation evaluate(P point);
}
