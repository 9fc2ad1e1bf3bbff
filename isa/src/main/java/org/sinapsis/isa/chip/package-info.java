// SPDX-License-Identifier: Apache-2.0
/**
 * The neuromorphic chip's program: a {@link org.sinapsis.isa.chip.ChipConfig} of
 * {@link org.sinapsis.isa.chip.CoreProgram}s (crossbars, neuron parameters, routes), how host
 * inputs enter and outputs leave, its file form and readable dump
 * ({@link org.sinapsis.isa.chip.ChipConfigs}), the mesh geometry both the compiler and the chip
 * use ({@link org.sinapsis.isa.chip.ChipGeometry}), and the mapping report (cores used,
 * utilization, hop histogram).
 *
 * <p>{@code compilers.snn} produces these types and {@code neuromorphic} runs them, so neither
 * depends on the other; a hand-written configuration runs as well as a compiled one.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.chip;
