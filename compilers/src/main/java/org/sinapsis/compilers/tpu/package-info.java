// SPDX-License-Identifier: Apache-2.0
/**
 * Lowering to the TPU v1 and other weight-stationary systolic machines: {@link
 * org.sinapsis.compilers.tpu.TpuCompiler} tiles matrix layers into weight tiles, allocates the
 * Unified Buffer and the accumulators with double buffering, and emits a CISC
 * {@link org.sinapsis.isa.program.TpuProgram} with its weight image; {@link
 * org.sinapsis.compilers.tpu.TpuHostIo} moves a batch's tensors between the host and the program's
 * buffers. docs/tpu-v1.md has the lowering rules, the memory plan and the timing they feed.
 */
package org.sinapsis.compilers.tpu;
