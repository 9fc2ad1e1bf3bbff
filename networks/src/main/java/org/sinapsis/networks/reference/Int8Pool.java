// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

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
            for (int plane = t * PLANES_PER_TASK; plane < Math.min(planes, (t + 1) * PLANES_PER_TASK); plane++) {
                int src = plane * inPlane;
                int dst = plane * outPlane;
                for (int oy = 0; oy < geo.outHeight(); oy++) {
                    int y0 = Math.max(0, oy * geo.strideH() - geo.padH());
                    int y1 = Math.min(geo.height(), oy * geo.strideH() - geo.padH() + geo.kernelH());
                    for (int ox = 0; ox < geo.outWidth(); ox++) {
                        int x0 = Math.max(0, ox * geo.strideW() - geo.padW());
                        int x1 = Math.min(geo.width(), ox * geo.strideW() - geo.padW() + geo.kernelW());
                        int acc = max ? Integer.MIN_VALUE : 0;
                        for (int iy = y0; iy < y1; iy++) {
                            for (int ix = x0; ix < x1; ix++) {
                                int v = in[src + iy * geo.width() + ix];
                                acc = max ? Math.max(acc, v) : acc + v;
                            }
                        }
                        y[dst + oy * geo.outWidth() + ox] =
                                (byte) (max ? acc : Int8Arithmetic.averagePool(acc, (y1 - y0) * (x1 - x0)));
                    }
                }
            }
        });
        return new Int8Tensor(x.batch(), outputShape, y, x.scale());
    }
}
