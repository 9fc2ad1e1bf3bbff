// SPDX-License-Identifier: Apache-2.0
/**
 * Programs for the instruction-driven machines. A compiler in {@code compilers} produces them and
 * a machine in {@code simulator} runs them (hand-written ones included), without either depending
 * on the other.
 *
 * <p>For the TPU: its CISC instruction set ({@link org.sinapsis.isa.program.TpuOpcode},
 * {@link org.sinapsis.isa.program.TpuInstruction}), the binary encoding the host sends
 * ({@link org.sinapsis.isa.program.TpuBinary}), the text assembly
 * ({@link org.sinapsis.isa.program.TpuAssembly}), the configuration blocks Set_Config loads, the
 * Unified Buffer tensor layouts, the whole executable ({@link org.sinapsis.isa.program.TpuProgram})
 * and its validator ({@link org.sinapsis.isa.program.TpuProgramValidator}).
 *
 * <p>For the FPGA: the tile program ({@link org.sinapsis.isa.program.FpgaProgram}: tiled kernels
 * of load-input, load-weight, compute and store-output instructions with loop bounds and
 * double-buffer flags, plus element-wise work), the mapping of one layer
 * ({@link org.sinapsis.isa.program.FpgaTiling}), the loop-nest view of a layer
 * ({@link org.sinapsis.isa.program.FpgaLayerShape}) and the resource model
 * ({@link org.sinapsis.isa.program.FpgaResources}) that both the compiler and the machine use.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.program;
