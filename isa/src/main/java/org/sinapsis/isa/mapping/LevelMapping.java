// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.List;
import java.util.Objects;

/**
 * The loops one storage level runs, outermost first.
 *
 * @param level the storage level, such as {@code DRAM} or {@code array}
 * @param loops the loops at this level, outermost first (copied)
 */
public record LevelMapping(String level, List<Loop> loops) {

    /** Copies the loops. */
    public LevelMapping {
        Objects.requireNonNull(level, "level");
        loops = List.copyOf(loops);
    }
}
