// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.List;

/**
 * One layer's tiled matrix work on the PE array, and the element-wise work that follows it. Its
 * loop nest (printed by {@link FpgaPrograms#dump}) is Zhang et al.'s tiled convolution:
 * <pre>
 * for t < T                         (recurrent steps, each waiting for the previous one)
 *  for b < batch, g < groups
 *   for row < R step Tr, col < C step Tc, to < M step Tm
 *    for ti < N step Tn
 *      LOAD_INPUT   Tn x ((Tr-1) Sh + Kh) x ((Tc-1) Sw + Kw)   double-buffered
 *      LOAD_WEIGHT  Tm x Tn x Kh x Kw                          double-buffered, or once if resident
 *      COMPUTE      Kh Kw Tr Tc cycles of Tm x Tn MACs
 *    STORE_OUTPUT   Tm x Tr x Tc                               double-buffered
 * </pre>
 * Edge tiles are the remainders ({@code min(Tr, R - row)} and so on).
 *
 * @param node the network node
 * @param layer the layer as users write it, such as {@code Conv2D 96 11x11/4}
 * @param shape the matrix work
 * @param tr output rows per tile
 * @param tc output columns per tile
 * @param weightsResident whether the layer's weights stay on chip (loaded once)
 * @param doubleBuffered whether loads and stores overlap compute (ping-pong buffers)
 * @param vectorOps element-wise layers that follow, in network order
 */
public record FpgaKernel(String node, String layer, FpgaLayerShape shape, int tr, int tc, boolean weightsResident,
        boolean doubleBuffered, List<FpgaVectorOp> vectorOps) {

    /** Validates the tile and copies the list. */
    public FpgaKernel {
        if (node == null || node.isBlank() || layer == null || layer.isBlank() || shape == null) {
            throw new IllegalArgumentException("a kernel needs a node, a layer and a shape");
        }
        if (tr < 1 || tc < 1 || tr > shape.outRows() || tc > shape.outCols()) {
            throw new IllegalArgumentException("kernel '" + node + "': Tr=" + tr + " and Tc=" + tc
                    + " must be in [1, R=" + shape.outRows() + "] and [1, C=" + shape.outCols() + "]");
        }
        vectorOps = List.copyOf(vectorOps);
    }
}
