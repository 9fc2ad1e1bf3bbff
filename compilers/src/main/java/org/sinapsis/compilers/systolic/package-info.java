// SPDX-License-Identifier: Apache-2.0
/**
 * Design-space search of generic systolic arrays ({@code sinapsis dse} on a {@code kind: systolic}
 * target): the space of array shapes and dataflows under a PE budget
 * ({@link org.sinapsis.compilers.systolic.SystolicDesignSpace}) and the whole-network search over it
 * ({@link org.sinapsis.compilers.systolic.SystolicArraySearch}), which runs the shared
 * {@link org.sinapsis.compilers.search.Mapper} with an injected
 * {@link org.sinapsis.isa.eval.Evaluator} (the simulator's analytical model, joined by the CLI).
 *
 * <p>Must not import {@code org.sinapsis.simulator}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.compilers.systolic;
