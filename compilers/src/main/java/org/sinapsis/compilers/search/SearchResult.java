// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.Optional;

/**
 * What a {@link Mapper} search found.
 *
 * @param explored points evaluated
 * @param legal points every level accepted
 * @param pruned points skipped because their lower bound could not beat the best so far
 * @param best the best legal point (lowest cost, then the tie-break, then the lowest index), or
 *     empty when no point was legal
 * @param firstIllegal the lowest-index illegal point, kept so that a search with no legal point
 *     can say why; empty when every point was legal
 * @param <P> the point type
 */
public record SearchResult<P>(long explored, long legal, long pruned, Optional<Candidate<P>> best,
        Optional<Candidate<P>> firstIllegal) {
}
