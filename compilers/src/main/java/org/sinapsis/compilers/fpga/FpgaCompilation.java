// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import org.sinapsis.isa.program.FpgaProgram;

/**
 * What {@link FpgaCompiler#compile} produced: the tile program and the search behind it.
 *
 * @param program the program for the machine
 * @param search the cross-layer search that chose its design
 */
public record FpgaCompilation(FpgaProgram program, FpgaArraySearch search) {
}
