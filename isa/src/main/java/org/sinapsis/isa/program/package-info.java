// SPDX-License-Identifier: Apache-2.0
/**
 * The TPU's program: its CISC instruction set ({@link org.sinapsis.isa.program.TpuOpcode},
 * {@link org.sinapsis.isa.program.TpuInstruction}), the binary encoding the host sends
 * ({@link org.sinapsis.isa.program.TpuBinary}), the text assembly
 * ({@link org.sinapsis.isa.program.TpuAssembly}), the configuration blocks Set_Config loads, the
 * Unified Buffer tensor layouts, the whole executable ({@link org.sinapsis.isa.program.TpuProgram})
 * and its validator ({@link org.sinapsis.isa.program.TpuProgramValidator}). The compiler
 * ({@code compilers.tpu}) produces programs; the machine ({@code simulator.systolic}) runs them,
 * hand-written ones included.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.program;
