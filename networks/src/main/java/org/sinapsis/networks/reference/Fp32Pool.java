// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

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
            for (int plane = t * PLANES_PER_TASK; plane < Math.min(planes, (t + 1) * PLANES_PER_TASK); plane++) {
                int src = plane * inPlane;
                int dst = plane * outPlane;
                for (int oy = 0; oy < geo.outHeight(); oy++) {
                    int y0 = Math.max(0, oy * geo.strideH() - geo.padH());
                    int y1 = Math.min(geo.height(), oy * geo.strideH() - geo.padH() + geo.kernelH());
                    for (int ox = 0; ox < geo.outWidth(); ox++) {
                        int x0 = Math.max(0, ox * geo.strideW() - geo.padW());
                        int x1 = Math.min(geo.width(), ox * geo.strideW() - geo.padW() + geo.kernelW());
                        float acc = max ? Float.NEGATIVE_INFINITY : 0f;
                        for (int iy = y0; iy < y1; iy++) {
                            for (int ix = x0; ix < x1; ix++) {
                                float v = in[src + iy * geo.width() + ix];
                                acc = max ? Math.max(acc, v) : acc + v;
                            }
                        }
                        y[dst + oy * geo.outWidth() + ox] = max ? acc : acc / ((y1 - y0) * (x1 - x0));
                    }
                }
            }
        });
        return new Tensor(x.batch(), outputShape, y);
    }
}
