// SPDX-License-Identifier: Apache-2.0
/**
 * How good is a mapping: the {@link org.sinapsis.isa.eval.Evaluator} contract every machine's
 * cost model implements (architecture.md R6), and what it answers, an
 * {@link org.sinapsis.isa.eval.Evaluation} with one {@link org.sinapsis.isa.eval.EvalStatus} per
 * level, cycles and action counts. An illegal mapping is data (a failed status naming the level and
 * the reason), never an exception, as in Timeloop's {@code Engine::Evaluate}.
 *
 * <p>Implementations live in {@code simulator} (a fast analytical evaluator and a
 * cycle-approximate one per machine); searches in {@code compilers.search} get one injected, so
 * {@code compilers} never depends on {@code simulator}. The mapping type is a type parameter: the
 * FPGA's loop tiling, a systolic array's loop nest.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.eval;
