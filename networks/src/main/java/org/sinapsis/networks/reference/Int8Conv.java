// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Conv2D in int8 (see {@link QuantizedMatrixLayer}) by im2col and {@link Int8Gemm}, fused per task
 * so no whole im2col matrix is ever built.
 *
 * <p>Three ways to compute the same exact sums; the kernel vectorizes along its columns, so the
 * wider side goes there:
 * <ul>
 *   <li>pixels as columns (the usual case): a task gathers the patches of up to
 *       {@value Int8Gemm#BLOCK_COLUMNS} output pixels as packed int columns and multiplies the
 *       group's filter rows (read straight from the weight codes) by them;</li>
 *   <li>filters as columns (when {@code M/G >= min(PQ, 256)}, small late feature maps): the
 *       filters of each group are packed once as {@code [K, M/G]}; a task gathers the byte patches
 *       of up to {@value #PATCH_ROWS} pixels as rows and multiplies them by every column block;</li>
 *   <li>direct (depthwise, one input and one output channel per group): a task loops over the
 *       windows of {@value #PLANES_PER_TASK} channel planes.</li>
 * </ul>
 * Tasks are (example, group, pixel chunk) or plane chunks; they write disjoint outputs.
 */
final class Int8Conv implements Int8Op {
    static final int PATCH_ROWS = 64;
    static final int PLANES_PER_TASK = 8;

    private final ConvGeometry geometry;
    private final TensorShape outputShape;
    private final double outputScale;
    private final byte[] weights;
    private final int[] bias;
    private final FixedPointMultiplier[] multipliers;
    private final boolean filtersAsColumns;
    private final boolean depthwise;
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
        depthwise = mg == 1 && geometry.channelsPerGroup() == 1;
        filtersAsColumns = !depthwise && mg >= Math.min(geometry.outPixels(), Int8Gemm.BLOCK_COLUMNS);
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
        byte[] out = new byte[x.batch() * geo.outChannels() * pq];
        if (depthwise) {
            int planes = x.batch() * geo.outChannels();
            tasks.run((planes + PLANES_PER_TASK - 1) / PLANES_PER_TASK, t -> {
                int[] acc = new int[geo.outWidth()];
                for (int plane = t * PLANES_PER_TASK; plane < Math.min(planes, (t + 1) * PLANES_PER_TASK); plane++) {
                    directPlane(x.codes(), plane, acc, out);
                }
            });
            return new Int8Tensor(x.batch(), outputShape, out, outputScale);
        }
        int chunkPixels = filtersAsColumns ? PATCH_ROWS : Int8Gemm.BLOCK_COLUMNS;
        int chunks = (pq + chunkPixels - 1) / chunkPixels;
        int groups = geo.groups();
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

    /**
     * One output plane of a depthwise convolution ({@code plane = n M + channel}): for every
     * output row, each kernel tap adds its weight times the input along the whole row.
     */
    private void directPlane(byte[] x, int plane, int[] acc, byte[] out) {
        ConvGeometry geo = geometry;
        int channel = plane % geo.outChannels();
        int in = plane * geo.height() * geo.width();
        int w0 = channel * geo.kernelH() * geo.kernelW();
        int q = geo.outWidth();
        FixedPointMultiplier m = multipliers[channel];
        for (int oy = 0; oy < geo.outHeight(); oy++) {
            Arrays.fill(acc, 0, q, bias[channel]);
            int r1 = geo.endRow(oy);
            for (int r = geo.firstRow(oy); r < r1; r++) {
                int row = in + (oy * geo.strideH() - geo.padH() + r) * geo.width() - geo.padW();
                for (int s = 0; s < geo.kernelW(); s++) {
                    int w = weights[w0 + r * geo.kernelW() + s];
                    int src = row + s;
                    int stride = geo.strideW();
                    int end = geo.endColumn(s);
                    for (int ox = geo.firstColumn(s); ox < end; ox++) {
                        acc[ox] += w * x[src + ox * stride];
                    }
                }
            }
            int dst = plane * geo.outPixels() + oy * q;
            for (int ox = 0; ox < q; ox++) {
                out[dst + ox] = (byte) Int8Arithmetic.requantize(acc[ox], m);
            }
        }
    }

    private void pixelRows(byte[] x, int n, int g, int pixel0, int count, byte[] out) {
        ConvGeometry geo = geometry;
        int k = geo.patchSize();
        int mg = geo.outChannelsPerGroup();
        int pq = geo.outPixels();
        Scratch scratch = Scratch.get();
        byte[] patches = scratch.bytes(count * k);
        geo.gatherRows(x, n * geo.inputSize(), g, pixel0, count, patches);
        int[][][] packed = packedFiltersByGroup[g];
        for (int blk = 0; blk < packed.length; blk++) {
            int m0 = blk * Int8Gemm.BLOCK_COLUMNS;
            int width = packed[blk][0].length;
            int[][] accs = scratch.accumulators(count);
            for (int r = 0; r < count; r++) {
                System.arraycopy(bias, g * mg + m0, accs[r], 0, width);
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
        Scratch scratch = Scratch.get();
        int[][] cols = scratch.columns(k);
        geo.gatherColumns(x, n * geo.inputSize(), g, pixel0, count, cols);
        int[][] accs = scratch.accumulators(mg);
        for (int m = 0; m < mg; m++) {
            Arrays.fill(accs[m], 0, count, bias[g * mg + m]);
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
