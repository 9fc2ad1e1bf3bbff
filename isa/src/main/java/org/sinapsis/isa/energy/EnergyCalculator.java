// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.util.Map;
import java.util.TreeMap;
import org.sinapsis.networks.InvalidInputException;

/**
 * Turns action counts into energy: {@code E(component) = sum over its actions of count x pJ},
 * Accelergy's energy calculation. An action the table does not price is an error naming the
 * action and the table: an energy figure never silently leaves a component out.
 */
public final class EnergyCalculator {
    private EnergyCalculator() {
    }

    /**
     * The energy of {@code counts} priced by {@code table}.
     *
     * @throws InvalidInputException when an action has no entry (even after fallbacks)
     */
    public static EnergyBreakdown estimate(ActionCounts counts, EnergyTable table) {
        Map<String, Double> joules = new TreeMap<>();
        for (Map.Entry<ActionKey, Long> e : counts.counts().entrySet()) {
            EnergyEntry entry = table.entry(e.getKey()).orElseThrow(() -> new InvalidInputException(
                    "energy table '" + table.name() + "'", 0, e.getKey().toString(),
                    "no energy for this action (the machine counted " + e.getValue() + " of them)"));
            joules.merge(e.getKey().component(), e.getValue() * entry.energyPj() * 1e-12, Double::sum);
        }
        return new EnergyBreakdown(joules, table.sourceLabel());
    }
}
