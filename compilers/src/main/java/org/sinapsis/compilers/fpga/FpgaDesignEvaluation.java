// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.List;
import org.sinapsis.isa.eval.Evaluation;

/**
 * A cross-layer design evaluated on a network: the network's evaluation (cycles, stalls and
 * actions summed over its matrix layers; the statuses of the first layer that failed when
 * illegal) and the tile chosen for every layer shape.
 *
 * @param design the array design
 * @param evaluation the whole network's matrix work under the design
 * @param tiles the chosen tile per distinct layer shape, in network order; empty when illegal
 * @param bramBlocks block RAMs of the design's buffers and shell; 0 when illegal
 */
public record FpgaDesignEvaluation(FpgaArrayDesign design, Evaluation evaluation, List<FpgaLayerTile> tiles,
        long bramBlocks) {

    /** Copies the list. */
    public FpgaDesignEvaluation {
        tiles = List.copyOf(tiles);
    }
}
