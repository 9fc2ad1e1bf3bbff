// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

/**
 * The energy of one action, with where the figure comes from.
 *
 * @param component the hardware component (see {@link ActionKey})
 * @param action the action
 * @param energyPj picojoules per action, at least 0
 * @param source the figure's provenance and derivation, e.g. {@code Horowitz ISSCC 2014, 8-bit
 *     add 0.03 pJ + 8-bit mult 0.2 pJ at 45 nm}; never empty
 */
public record EnergyEntry(String component, String action, double energyPj, String source) {

    /** Validates the entry. */
    public EnergyEntry {
        new ActionKey(component, action);
        if (!(energyPj >= 0) || !Double.isFinite(energyPj)) {
            throw new IllegalArgumentException("energy_pj of " + component + "." + action
                    + " must be a finite number >= 0, got " + energyPj);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the energy of " + component + "." + action + " needs its source");
        }
    }

    /** The action this entry prices. */
    public ActionKey key() {
        return new ActionKey(component, action);
    }
}
