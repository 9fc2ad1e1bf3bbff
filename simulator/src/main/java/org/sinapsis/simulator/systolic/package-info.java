// SPDX-License-Identifier: Apache-2.0
/**
 * Systolic machines: the TPU v1 ({@link org.sinapsis.simulator.systolic.TpuMachine}, a CISC
 * program on a weight-stationary matrix unit, timed and computed in int8), generic systolic arrays
 * ({@link org.sinapsis.simulator.systolic.SystolicMachine}, any dataflow as a preset mapping,
 * SCALE-Sim's timing or the overlapped one) with their fast analytical counterparts
 * ({@link org.sinapsis.simulator.systolic.FoldAnalysis},
 * {@link org.sinapsis.simulator.systolic.SystolicAnalyticalModel}, and
 * {@link org.sinapsis.simulator.systolic.SystolicAnalyticalEvaluator}, the design-space search's
 * cost), and the targets of both.
 * Machines run programs and mappings, never the compiler that made them.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.systolic;
