// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.systolic;

import org.sinapsis.compilers.search.Candidate;
import org.sinapsis.compilers.search.SearchResult;
import org.sinapsis.isa.arch.SystolicDesign;

/**
 * What a {@link SystolicArraySearch} found.
 *
 * @param space the designs searched
 * @param result the mapper's counts and best design
 */
public record SystolicSearch(SystolicDesignSpace space, SearchResult<SystolicDesign> result) {

    /** The chosen design: every design is legal under the analytical model, so there is one. */
    public Candidate<SystolicDesign> chosen() {
        return result.best().orElseThrow(() -> new IllegalStateException("no legal design among "
                + result.explored() + " explored"));
    }
}
