// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.List;
import org.sinapsis.compilers.search.Candidate;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * The best design for one layer shape on its own (its own array), as Zhang et al.'s per-layer
 * table gives it.
 *
 * @param nodes the layers of this shape, in network order
 * @param shape the layer shape
 * @param best the best tiling found and its evaluation
 * @param designs designs in the layer's space
 * @param explored designs evaluated (with pruning, fewer, and depending on the threads' timing)
 * @param legal evaluated designs every level accepted
 */
public record FpgaLayerOptimum(List<String> nodes, FpgaLayerShape shape,
        Candidate<FpgaTiling> best, long designs, long explored, long legal) {

    /** Copies the list. */
    public FpgaLayerOptimum {
        nodes = List.copyOf(nodes);
    }
}
