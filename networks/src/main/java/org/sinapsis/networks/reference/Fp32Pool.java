// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Max or average pooling, one channel plane at a time. Padding never contributes: a max ignores
 * it and an average sums the window elements inside the input (in row-major window order) and
 * divides by their count.
 */
final class Fp32Pool implements Fp32Op {
    private static final int PLANES_PER_TASK = 16;

    private final ConvGeometry geometry;
    private final TensorShape outputShape;
    private final boolean max;

    Fp32Pool(Node node) {
        geometry = ConvGeometry.of(node);
        outputShape = node.outputShape();
        max = ((Pool2D) node.layer()).mode() == PoolMode.MAX;
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        Tensor x = inputs[0];
        ConvGeometry geo = geometry;
        int planes = x.batch() * geo.channels();
        int inPlane = geo.height() * geo.width();
        int outPlane = geo.outPixels();
        float[] y = new float[planes * outPlane];
        float[] in = x.data();
        tasks.run((planes + PLANES_PER_TASK - 1) / PLANES_PER_TASK, t -> {
            float[] acc = new float[geo.outWidth()];
            for (int plane = t * PLANES_PER_TASK; plane < Math.min(planes, (t + 1) * PLANES_PER_TASK); plane++) {
                pool(in, plane * inPlane, acc, y, plane * outPlane);
            }
        });
        return new Tensor(x.batch(), outputShape, y);
    }

    /**
     * One plane: every kernel tap updates the whole output row (so an average sums its window in
     * row-major tap order), then averages are divided by their element counts.
     */
    private void pool(float[] in, int src, float[] acc, float[] y, int dst) {
        ConvGeometry geo = geometry;
        int q = geo.outWidth();
        for (int oy = 0; oy < geo.outHeight(); oy++) {
            Arrays.fill(acc, 0, q, max ? Float.NEGATIVE_INFINITY : 0f);
            int r0 = geo.firstRow(oy);
            int r1 = geo.endRow(oy);
            for (int r = r0; r < r1; r++) {
                int row = src + (oy * geo.strideH() - geo.padH() + r) * geo.width() - geo.padW();
                for (int s = 0; s < geo.kernelW(); s++) {
                    int from = row + s;
                    int stride = geo.strideW();
                    int end = geo.endColumn(s);
                    for (int ox = geo.firstColumn(s); ox < end; ox++) {
                        float v = in[from + ox * stride];
                        acc[ox] = max ? Math.max(acc[ox], v) : acc[ox] + v;
                    }
                }
            }
            int out = dst + oy * q;
            for (int ox = 0; ox < q; ox++) {
                y[out + ox] = max ? acc[ox] : acc[ox] / ((r1 - r0) * geo.columnsInside(ox));
            }
        }
    }
}
