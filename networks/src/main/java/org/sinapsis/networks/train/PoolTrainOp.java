// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.reference.ConvGeometry;

/**
 * Max or average pooling, channel plane by channel plane; padding never contributes.
 *
 * <p>Forward, for the window taps inside the input in row-major order: max {@code y = max x}; average
 * {@code y = (sum x) / n} with n the taps inside, summed from 0 in tap order as the fp32
 * reference executor does, so the two agree bit for bit. Backward: max sends {@code dy} to the
 * first tap (in row-major order) that holds the maximum; average adds {@code dy / n} to every tap
 * inside.
 */
final class PoolTrainOp implements TrainOp {
    private final ConvGeometry geometry;
    private final boolean max;

    PoolTrainOp(Node node) {
        geometry = ConvGeometry.of(node);
        max = ((Pool2D) node.layer()).mode() == PoolMode.MAX;
    }

    @Override
    public void prepare(float[][] parameters) {
        // pooling has no parameters
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        ConvGeometry g = geometry;
        float[] x = inputs[0];
        float[] y = new float[count * g.outputSize()];
        int planes = count * g.channels();
        int inPlane = g.height() * g.width();
        for (int plane = 0; plane < planes; plane++) {
            int src = plane * inPlane;
            int dst = plane * g.outPixels();
            for (int oy = 0; oy < g.outHeight(); oy++) {
                int r0 = g.firstRow(oy);
                int r1 = g.endRow(oy);
                for (int ox = 0; ox < g.outWidth(); ox++) {
                    int s0 = g.firstKernelColumn(ox);
                    int s1 = g.endKernelColumn(ox);
                    float acc = max ? Float.NEGATIVE_INFINITY : 0f;
                    for (int r = r0; r < r1; r++) {
                        int row = src + (oy * g.strideH() - g.padH() + r) * g.width() + ox * g.strideW() - g.padW();
                        for (int s = s0; s < s1; s++) {
                            acc = max ? Math.max(acc, x[row + s]) : acc + x[row + s];
                        }
                    }
                    y[dst + oy * g.outWidth() + ox] = max ? acc : acc / ((r1 - r0) * (s1 - s0));
                }
            }
        }
        return y;
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        float[] dx = inputGradients[0];
        if (dx == null) {
            return;
        }
        ConvGeometry g = geometry;
        float[] x = inputs[0];
        int planes = count * g.channels();
        int inPlane = g.height() * g.width();
        for (int plane = 0; plane < planes; plane++) {
            int src = plane * inPlane;
            int dst = plane * g.outPixels();
            for (int oy = 0; oy < g.outHeight(); oy++) {
                int r0 = g.firstRow(oy);
                int r1 = g.endRow(oy);
                for (int ox = 0; ox < g.outWidth(); ox++) {
                    int s0 = g.firstKernelColumn(ox);
                    int s1 = g.endKernelColumn(ox);
                    int out = dst + oy * g.outWidth() + ox;
                    float dy = gradOutput[out];
                    float share = max ? dy : dy / ((r1 - r0) * (s1 - s0));
                    boolean routed = false;
                    for (int r = r0; r < r1 && !routed; r++) {
                        int row = src + (oy * g.strideH() - g.padH() + r) * g.width() + ox * g.strideW() - g.padW();
                        for (int s = s0; s < s1 && !routed; s++) {
                            if (!max) {
                                dx[row + s] += share;
                            } else if (x[row + s] == output[out]) {
                                dx[row + s] += share;
                                routed = true;
                            }
                        }
                    }
                }
            }
        }
    }
}
