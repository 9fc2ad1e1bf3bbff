// SPDX-License-Identifier: Apache-2.0
/**
 * The FPGA machine (Zhang et al., FPGA 2015 style loop-tiled PE array): a fast closed-form
 * evaluator for design-space search ({@link org.sinapsis.simulator.fpga.FpgaAnalyticalEvaluator}),
 * a cycle-approximate tile pipeline with double buffering, DDR bandwidth and latency and pipeline
 * fill and drain ({@link org.sinapsis.simulator.fpga.FpgaCycleEvaluator} for one layer,
 * {@link org.sinapsis.simulator.fpga.FpgaMachine} for a whole
 * {@link org.sinapsis.isa.program.FpgaProgram}), functional execution in the program's number
 * format checked against the reference executors
 * ({@link org.sinapsis.simulator.fpga.FpgaFunctionalExecutor},
 * {@link org.sinapsis.simulator.fpga.FpgaReferenceCheck}), and action counts for the energy tables.
 * Every model runs hand-written programs and tilings as well as compiled ones.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.fpga;
