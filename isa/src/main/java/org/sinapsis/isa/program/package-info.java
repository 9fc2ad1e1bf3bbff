// SPDX-License-Identifier: Apache-2.0
/**
 * Programs for the instruction-driven machines. For the FPGA: the tile program
 * ({@link org.sinapsis.isa.program.FpgaProgram}: tiled kernels of load-input, load-weight,
 * compute and store-output instructions with loop bounds and double-buffer flags, plus
 * element-wise work), the mapping of one layer ({@link org.sinapsis.isa.program.FpgaTiling}), the
 * loop-nest view of a layer ({@link org.sinapsis.isa.program.FpgaLayerShape}) and the resource
 * model ({@link org.sinapsis.isa.program.FpgaResources}) that both the compiler and the machine
 * use, so a program compiled in {@code compilers} runs in {@code simulator} without either
 * depending on the other.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.program;
