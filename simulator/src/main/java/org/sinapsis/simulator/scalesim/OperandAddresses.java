// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import org.sinapsis.isa.mapping.GemmOperand;

/**
 * The addresses (without offsets) of a layer's GEMM operands, as {@link ScaleSimLayer} defines
 * them; ifmap windows that overhang the input give -1, SCALE-Sim's "no request".
 */
final class OperandAddresses {
    final int k;
    final int n;
    final int[] windowBase;
    final int[] rowRoom;
    final int[] colRoom;
    final int[] elementOffset;
    final int[] elementRow;
    final int[] elementCol;
    /** Whether some window overhangs the ifmap (SCALE-Sim's padded addresses exist). */
    final boolean overhang;

    OperandAddresses(ScaleSimLayer layer) {
        this.k = Math.toIntExact(layer.k());
        this.n = layer.filters();
        int pixels = Math.toIntExact(layer.m());
        int f = layer.ofmapW();
        int rowBytes = layer.ifmapW() * layer.channels();
        windowBase = new int[pixels];
        rowRoom = new int[pixels];
        colRoom = new int[pixels];
        for (int p = 0; p < pixels; p++) {
            int iRow = p / f * layer.strideH();
            int iCol = p % f * layer.strideW();
            windowBase[p] = iRow * rowBytes + iCol * layer.channels();
            rowRoom[p] = layer.ifmapH() - iRow;
            colRoom[p] = layer.ifmapW() - iCol;
        }
        elementOffset = new int[k];
        elementRow = new int[k];
        elementCol = new int[k];
        int perRow = layer.filterW() * layer.channels();
        for (int e = 0; e < k; e++) {
            int r = e / perRow;
            int s = e % perRow / layer.channels();
            int c = e % layer.channels();
            elementRow[e] = r;
            elementCol[e] = s;
            elementOffset[e] = r * rowBytes + s * layer.channels() + c;
        }
        overhang = (layer.ofmapH() - 1) * layer.strideH() + layer.filterH() > layer.ifmapH()
                || (layer.ofmapW() - 1) * layer.strideW() + layer.filterW() > layer.ifmapW();
    }

    /** The address of element {@code (m, k)} / {@code (k, n)} / {@code (m, n)} of {@code operand}, or -1. */
    int address(GemmOperand operand, int mIndex, int nIndex, int kIndex) {
        return switch (operand) {
            case IFMAP -> elementRow[kIndex] < rowRoom[mIndex] && elementCol[kIndex] < colRoom[mIndex]
                    ? windowBase[mIndex] + elementOffset[kIndex] : -1;
            case FILTER -> nIndex * k + kIndex;
            case OFMAP -> mIndex * n + nIndex;
        };
    }
}
