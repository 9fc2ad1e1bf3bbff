// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import org.sinapsis.compilers.search.SearchResult;

/**
 * A finished cross-layer search.
 *
 * @param space the space searched
 * @param result what the mapper found
 * @param chosen the best design with its per-layer tiles
 */
public record FpgaArraySearch(FpgaArraySpace space, SearchResult<FpgaArrayDesign> result,
        FpgaDesignEvaluation chosen) {
}
