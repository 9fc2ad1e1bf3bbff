// SPDX-License-Identifier: Apache-2.0
/**
 * The FPGA compiler: roofline-driven loop tiling {@code <Tm, Tn, Tr, Tc>} of convolutions, dense
 * layers and the matrix-vector steps of LSTMs and GRUs under a device's DSP, block-RAM and DDR
 * limits (Zhang et al., FPGA 2015), a per-layer and a cross-layer design-space search on
 * {@code compilers.search}, and the tile program ({@code isa.program.FpgaProgram}) of the chosen
 * design. Precision modes (fp32, 16- and 18-bit fixed point, int8, block floating point) come from
 * the spec's datapaths; they change lanes per DSP and bytes per operand, so the search's optimum
 * moves with them.
 *
 * <p>Costs come only from an injected {@code isa.eval.Evaluator}. Must not import
 * {@code org.sinapsis.simulator}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.compilers.fpga;
