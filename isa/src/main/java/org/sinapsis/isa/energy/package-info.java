// SPDX-License-Identifier: Apache-2.0
/**
 * What it cost: machines only count actions ({@link org.sinapsis.isa.energy.ActionCounts});
 * energy reference tables ({@link org.sinapsis.isa.energy.EnergyTable}, Accelergy's ERT with a
 * source on every entry) price them, and {@link org.sinapsis.isa.energy.EnergyCalculator} turns
 * counts into joules per component. Swapping a table never needs a re-simulation. Static power is
 * an action priced per cycle ({@code chip.leak_cycle}).
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.energy;
