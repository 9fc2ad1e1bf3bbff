// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Conv2D in int8 (see {@link QuantizedMatrixLayer}) by im2col and {@link Int8Gemm}, fused per task
 * so no whole im2col matrix is ever built.
 *
 * <p>Two orientations of the same exact product; the kernel vectorizes along its columns, so the
 * wider side goes there:
 * <ul>
 *   <li>filters as columns (when {@code M/G >= min(PQ, 64)}): the filters of each group are packed
 *       once as {@code [K, M/G]}; a task gathers the byte patches of up to
 *       {@value #PATCH_ROWS} output pixels as rows and multiplies them by every column block;</li>
 *   <li>pixels as columns (few filters per group, depthwise): a task gathers the patches of up to
 *       {@value Int8Gemm#BLOCK_COLUMNS} pixels as packed int columns and multiplies the group's
 *       filter rows (read straight from the weight codes) by them.</li>
 * </ul>
 * Tasks are (example, group, pixel chunk); they write disjoint outputs.
 */
final class Int8Conv implements Int8Op {
    static final int PATCH_ROWS = 64;
    private static final int WIDE_FILTERS = 64;

    private final ConvGeometry geometry;
    private final TensorShape outputShape;
    private final double outputScale;
    private final byte[] weights;
    private final int[] bias;
    private final FixedPointMultiplier[] multipliers;
    private final boolean filtersAsColumns;
    private final int[][][][] packedFiltersByGroup;

    Int8Conv(QuantizedMatrixLayer layer) {
        geometry = ConvGeometry.of(layer.node());
        outputShape = layer.node().outputShape();
        outputScale = layer.outputScale();
        weights = layer.weights();
        bias = layer.bias();
        multipliers = layer.multipliers();
        int mg = geometry.outChannelsPerGroup();
        int k = geometry.patchSize();
        filtersAsColumns = mg >= Math.min(geometry.outPixels(), WIDE_FILTERS);
        packedFiltersByGroup = new int[filtersAsColumns ? geometry.groups() : 0][][][];
        for (int g = 0; g < packedFiltersByGroup.length; g++) {
            packedFiltersByGroup[g] = Int8Gemm.pack(weights, g * mg * k, k, mg, 1, k);
        }
    }

    @Override
    public Int8Tensor apply(Int8Tensor[] inputs, ParallelTasks tasks) {
        Int8Tensor x = inputs[0];
        ConvGeometry geo = geometry;
        int pq = geo.outPixels();
        int chunkPixels = filtersAsColumns ? PATCH_ROWS : Int8Gemm.BLOCK_COLUMNS;
        int chunks = (pq + chunkPixels - 1) / chunkPixels;
        int groups = geo.groups();
        byte[] out = new byte[x.batch() * geo.outChannels() * pq];
        tasks.run(x.batch() * groups * chunks, t -> {
            int n = t / (groups * chunks);
            int g = t / chunks % groups;
            int pixel0 = t % chunks * chunkPixels;
            int count = Math.min(chunkPixels, pq - pixel0);
            if (filtersAsColumns) {
                pixelRows(x.codes(), n, g, pixel0, count, out);
            } else {
                pixelColumns(x.codes(), n, g, pixel0, count, out);
            }
        });
        return new Int8Tensor(x.batch(), outputShape, out, outputScale);
    }

    private void pixelRows(byte[] x, int n, int g, int pixel0, int count, byte[] out) {
        ConvGeometry geo = geometry;
        int k = geo.patchSize();
        int mg = geo.outChannelsPerGroup();
        int pq = geo.outPixels();
        byte[] patches = new byte[count * k];
        geo.gatherRows(x, n * geo.inputSize(), g, pixel0, count, patches);
        int[][][] packed = packedFiltersByGroup[g];
        for (int blk = 0; blk < packed.length; blk++) {
            int m0 = blk * Int8Gemm.BLOCK_COLUMNS;
            int width = packed[blk][0].length;
            int[][] accs = new int[count][width];
            for (int[] acc : accs) {
                System.arraycopy(bias, g * mg + m0, acc, 0, width);
            }
            Int8Gemm.accumulate(patches, 0, k, count, k, packed[blk], width, accs);
            for (int j = 0; j < width; j++) {
                int channel = g * mg + m0 + j;
                FixedPointMultiplier m = multipliers[channel];
                int base = (n * geo.outChannels() + channel) * pq + pixel0;
                for (int r = 0; r < count; r++) {
                    out[base + r] = (byte) Int8Arithmetic.requantize(accs[r][j], m);
                }
            }
        }
    }

    private void pixelColumns(byte[] x, int n, int g, int pixel0, int count, byte[] out) {
        ConvGeometry geo = geometry;
        int k = geo.patchSize();
        int mg = geo.outChannelsPerGroup();
        int pq = geo.outPixels();
        int[][] cols = new int[k][count];
        geo.gatherColumns(x, n * geo.inputSize(), g, pixel0, count, cols);
        int[][] accs = new int[mg][count];
        for (int m = 0; m < mg; m++) {
            Arrays.fill(accs[m], bias[g * mg + m]);
        }
        Int8Gemm.accumulate(weights, g * mg * k, k, mg, k, cols, count, accs);
        for (int m = 0; m < mg; m++) {
            int channel = g * mg + m;
            FixedPointMultiplier mult = multipliers[channel];
            int base = (n * geo.outChannels() + channel) * pq + pixel0;
            int[] acc = accs[m];
            for (int j = 0; j < count; j++) {
                out[base + j] = (byte) Int8Arithmetic.requantize(acc[j], mult);
            }
        }
    }
}
