// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Energy of a run per component, in joules, with the table it came from.
 *
 * @param byComponentJoules joules per component, in component order
 * @param source the table, as {@link EnergyTable#sourceLabel()}
 */
public record EnergyBreakdown(Map<String, Double> byComponentJoules, String source) {

    /** Copies the map. */
    public EnergyBreakdown {
        byComponentJoules = Collections.unmodifiableMap(new LinkedHashMap<>(byComponentJoules));
    }

    /** The total in joules. */
    public double totalJoules() {
        double sum = 0;
        for (double j : byComponentJoules.values()) {
            sum += j;
        }
        return sum;
    }
}
