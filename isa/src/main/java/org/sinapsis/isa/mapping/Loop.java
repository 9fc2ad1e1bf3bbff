// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.Objects;

/**
 * One loop of a mapping's nest: {@code for dim in [0:bound)}, in time or across PEs.
 *
 * @param dim the GEMM dimension it walks
 * @param bound the trip count, at least 1
 * @param kind temporal or spatial
 */
public record Loop(MatrixDim dim, long bound, SpaceTime kind) {

    /** Validates the loop. */
    public Loop {
        Objects.requireNonNull(dim, "dim");
        Objects.requireNonNull(kind, "kind");
        if (bound < 1) {
            throw new IllegalArgumentException("loop bound must be >= 1, got " + bound);
        }
    }
}
