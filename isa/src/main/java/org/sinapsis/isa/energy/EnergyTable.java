// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An energy reference table (Accelergy's ERT): picojoules per action, every entry with its source.
 * Static power is an ordinary entry priced per cycle (for example {@code chip.leak_cycle} =
 * idle watts / clock), which the machine counts like any other action. Parsed and written by
 * {@link EnergyTables}; applied by {@link EnergyCalculator}.
 *
 * @param name the table's name, reported as the energy source ({@code ERT:<name>})
 * @param description what hardware and technology the table describes, and how it was derived
 * @param entries the priced actions; each action at most once
 */
public record EnergyTable(String name, String description, List<EnergyEntry> entries) {

    /** Validates that the name is set and no action is priced twice. */
    public EnergyTable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an energy table needs a name");
        }
        Set<ActionKey> seen = new HashSet<>();
        for (EnergyEntry e : entries) {
            if (!seen.add(e.key())) {
                throw new IllegalArgumentException("energy table '" + name + "' prices " + e.key() + " twice");
            }
        }
        entries = List.copyOf(entries);
    }

    /**
     * The entry for {@code key}, or for its {@link ActionKey#fallback() fallbacks} in turn
     * ({@code random_read}, then {@code read}); empty when none is priced.
     */
    public Optional<EnergyEntry> entry(ActionKey key) {
        for (ActionKey k = key; k != null; k = k.fallback()) {
            for (EnergyEntry e : entries) {
                if (e.component().equals(k.component()) && e.action().equals(k.action())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** How results cite this table: {@code ERT:<name>}. */
    public String sourceLabel() {
        return "ERT:" + name;
    }
}
