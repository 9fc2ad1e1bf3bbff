// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import org.sinapsis.isa.eval.Evaluation;

/**
 * One evaluated point of a design space.
 *
 * @param index the point's index in its space
 * @param point the point
 * @param evaluation what the evaluator said
 * @param cost the objective's value, lower is better; positive infinity when illegal
 * @param <P> the point type
 */
public record Candidate<P>(long index, P point, Evaluation evaluation, double cost) {
}
