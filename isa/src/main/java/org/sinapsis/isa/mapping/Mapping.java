// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a GEMM runs on a machine: loop nests per storage level, outermost level first, over the
 * problem's extents (Timeloop's mapping). Loop bounds may overshoot an extent that they do not
 * divide (the last fold is partial); the extents say where the work ends.
 *
 * @param description one line on what is mapped where, such as {@code weight stationary on 32x32}
 * @param extents the GEMM's extents per dimension (copied)
 * @param levels the nests, outermost level first (copied)
 */
public record Mapping(String description, Map<MatrixDim, Long> extents, List<LevelMapping> levels) {

    /** Validates that every dimension has an extent of at least 1 and copies the collections. */
    public Mapping {
        Objects.requireNonNull(description, "description");
        EnumMap<MatrixDim, Long> copy = new EnumMap<>(MatrixDim.class);
        for (MatrixDim d : MatrixDim.values()) {
            Long e = extents.get(d);
            if (e == null || e < 1) {
                throw new IllegalArgumentException("mapping needs an extent >= 1 for " + d + ", got " + e);
            }
            copy.put(d, e);
        }
        extents = Collections.unmodifiableMap(copy);
        levels = List.copyOf(levels);
    }

    /** The extent of {@code dim}. */
    public long extent(MatrixDim dim) {
        return extents.get(dim);
    }

    /** The level called {@code name}. */
    public LevelMapping level(String name) {
        return levels.stream().filter(l -> l.level().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mapping has no level '" + name + "'"));
    }
}
