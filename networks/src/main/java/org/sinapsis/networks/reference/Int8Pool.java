// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Max or average pooling on int8 codes at an unchanged scale (see {@link QuantizedSameScale}):
 * the largest code, or {@link Int8Arithmetic#averagePool} of the int32 sum of the window elements
 * inside the input.
 */
final class Int8Pool implements Int8Op {
    private static final int PLANES_PER_TASK = 16;

    private final ConvGeometry geometry;
    private final TensorShape outputShape;
    private final boolean max;

    Int8Pool(QuantizedSameScale layer) {
        geometry = ConvGeometry.of(layer.node());
        outputShape = layer.node().outputShape();
        max = ((Pool2D) layer.node().layer()).mode() == PoolMode.MAX;
    }

    @Override
    public Int8Tensor apply(Int8Tensor[] inputs, ParallelTasks tasks) {
        Int8Tensor x = inputs[0];
        ConvGeometry geo = geometry;
        int planes = x.batch() * geo.channels();
        int inPlane = geo.height() * geo.width();
        int outPlane = geo.outPixels();
        byte[] in = x.codes();
        byte[] y = new byte[planes * outPlane];
        tasks.run((planes + PLANES_PER_TASK - 1) / PLANES_PER_TASK, t -> {
            int[] acc = new int[geo.outWidth()];
            for (int plane = t * PLANES_PER_TASK; plane < Math.min(planes, (t + 1) * PLANES_PER_TASK); plane++) {
                pool(in, plane * inPlane, acc, y, plane * outPlane);
            }
        });
        return new Int8Tensor(x.batch(), outputShape, y, x.scale());
    }

    /** One plane: every kernel tap updates the whole output row, then averages are rounded. */
    private void pool(byte[] in, int src, int[] acc, byte[] y, int dst) {
        ConvGeometry geo = geometry;
        int q = geo.outWidth();
        for (int oy = 0; oy < geo.outHeight(); oy++) {
            Arrays.fill(acc, 0, q, max ? Integer.MIN_VALUE : 0);
            int r0 = geo.firstRow(oy);
            int r1 = geo.endRow(oy);
            for (int r = r0; r < r1; r++) {
                int row = src + (oy * geo.strideH() - geo.padH() + r) * geo.width() - geo.padW();
                for (int s = 0; s < geo.kernelW(); s++) {
                    int from = row + s;
                    int stride = geo.strideW();
                    int end = geo.endColumn(s);
                    for (int ox = geo.firstColumn(s); ox < end; ox++) {
                        int v = in[from + ox * stride];
                        acc[ox] = max ? Math.max(acc[ox], v) : acc[ox] + v;
                    }
                }
            }
            int out = dst + oy * q;
            for (int ox = 0; ox < q; ox++) {
                int count = (r1 - r0) * geo.columnsInside(ox);
                y[out + ox] = (byte) (max ? acc[ox] : Int8Arithmetic.averagePool(acc[ox], count));
            }
        }
    }
}
