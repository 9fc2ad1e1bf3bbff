// SPDX-License-Identifier: Apache-2.0
/**
 * Targets whose compiler ({@code compilers}) and machine ({@code simulator} or
 * {@code neuromorphic}) live in different modules, joined here, in the one module allowed to
 * depend on both, and registered as {@link org.sinapsis.isa.target.TargetProvider}s in
 * {@code META-INF/services/org.sinapsis.isa.target.TargetProvider}: the TPU ({@code compilers.tpu}
 * and {@code simulator.systolic}), the FPGAs ({@code compilers.fpga} and {@code simulator.fpga},
 * whose analytical evaluator is injected into the compiler's search) and the neuromorphic chips
 * ({@code compilers.snn} and {@code neuromorphic}).
 */
package org.sinapsis.cli.wiring;
