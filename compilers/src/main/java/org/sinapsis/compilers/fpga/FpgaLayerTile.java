// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * The tile chosen for one layer shape in a design, with its evaluation.
 *
 * @param shape the layer shape (layers of equal shape share it)
 * @param layers how many layers of the network have this shape
 * @param tiling the mapping
 * @param evaluation the evaluator's answer for one layer of this shape
 * @param inputBramBlocks block RAMs its input tiles need (both buffer halves)
 * @param outputBramBlocks block RAMs its output tiles need (both buffer halves)
 */
public record FpgaLayerTile(FpgaLayerShape shape, int layers, FpgaTiling tiling, Evaluation evaluation,
        long inputBramBlocks, long outputBramBlocks) {
}
