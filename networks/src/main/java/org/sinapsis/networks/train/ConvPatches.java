// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Arrays;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The sizes of one sliding-window node (Conv2D or Pool2D) and the im2col gather and its adjoint,
 * the col2im scatter-add.
 *
 * <p>Patch element {@code p = (c R + r) S + s} of output pixel {@code l = oy Q + ox} of group
 * {@code g} is input channel {@code g C/G + c} at row {@code oy strideH - padH + r} and column
 * {@code ox strideW - padW + s}, or 0 outside the input; the order is that of the Conv2D weight
 * {@code [M, C/G, R, S]}, so a filter row times the patch matrix gives one output channel.
 */
record ConvPatches(int channels, int height, int width, int groups, int kernelH, int kernelW, int strideH,
        int strideW, int padH, int padW, int outChannels, int outHeight, int outWidth) {

    static ConvPatches of(Node node) {
        TensorShape in = node.inputShapes().get(0);
        TensorShape out = node.outputShape();
        if (node.layer() instanceof Conv2D c) {
            return new ConvPatches(in.dim(0), in.dim(1), in.dim(2), c.groups(), c.kernelH(), c.kernelW(),
                    c.strideH(), c.strideW(), c.padH(), c.padW(), out.dim(0), out.dim(1), out.dim(2));
        }
        Pool2D p = (Pool2D) node.layer();
        return new ConvPatches(in.dim(0), in.dim(1), in.dim(2), in.dim(0), p.kernelH(), p.kernelW(), p.strideH(),
                p.strideW(), p.padH(), p.padW(), out.dim(0), out.dim(1), out.dim(2));
    }

    /** Input channels per group. */
    int channelsPerGroup() {
        return channels / groups;
    }

    /** Output channels per group. */
    int outChannelsPerGroup() {
        return outChannels / groups;
    }

    /** Patch length {@code K = C/G R S}. */
    int patchSize() {
        return channelsPerGroup() * kernelH * kernelW;
    }

    /** Output pixels per channel {@code L = P Q}. */
    int outPixels() {
        return outHeight * outWidth;
    }

    /** Input values per example. */
    int inputSize() {
        return channels * height * width;
    }

    /** Output values per example. */
    int outputSize() {
        return outChannels * outPixels();
    }

    /** The first output column whose tap {@code s} is inside the input, at least 0. */
    int firstColumn(int s) {
        return Math.min(outWidth, Math.max(0, -Math.floorDiv(s - padW, strideW)));
    }

    /** One past the last output column whose tap {@code s} is inside the input, at most {@code Q}. */
    int endColumn(int s) {
        return Math.max(firstColumn(s), Math.min(outWidth, Math.floorDiv(width - 1 + padW - s, strideW) + 1));
    }

    /** Writes the {@code [K, L]} patch matrix of group {@code g} of the example at {@code xOffset}. */
    void im2col(float[] x, int xOffset, int g, float[] cols) {
        int pixels = outPixels();
        int p = 0;
        for (int c = 0; c < channelsPerGroup(); c++) {
            int plane = xOffset + (g * channelsPerGroup() + c) * height * width;
            for (int r = 0; r < kernelH; r++) {
                for (int s = 0; s < kernelW; s++, p++) {
                    int lo = firstColumn(s);
                    int hi = endColumn(s);
                    for (int oy = 0, dst = p * pixels; oy < outHeight; oy++, dst += outWidth) {
                        int iy = oy * strideH - padH + r;
                        if (iy < 0 || iy >= height) {
                            Arrays.fill(cols, dst, dst + outWidth, 0f);
                            continue;
                        }
                        Arrays.fill(cols, dst, dst + lo, 0f);
                        int src = plane + iy * width - padW + s;
                        if (strideW == 1) {
                            System.arraycopy(x, src + lo, cols, dst + lo, hi - lo);
                        } else {
                            for (int ox = lo; ox < hi; ox++) {
                                cols[dst + ox] = x[src + ox * strideW];
                            }
                        }
                        Arrays.fill(cols, dst + hi, dst + outWidth, 0f);
                    }
                }
            }
        }
    }

    /** Adds the {@code [K, L]} patch-gradient matrix of group {@code g} into the example at {@code xOffset}. */
    void col2imAdd(float[] cols, int g, float[] dx, int xOffset) {
        int pixels = outPixels();
        int p = 0;
        for (int c = 0; c < channelsPerGroup(); c++) {
            int plane = xOffset + (g * channelsPerGroup() + c) * height * width;
            for (int r = 0; r < kernelH; r++) {
                for (int s = 0; s < kernelW; s++, p++) {
                    int lo = firstColumn(s);
                    int hi = endColumn(s);
                    for (int oy = 0, src = p * pixels; oy < outHeight; oy++, src += outWidth) {
                        int iy = oy * strideH - padH + r;
                        if (iy < 0 || iy >= height) {
                            continue;
                        }
                        int dst = plane + iy * width - padW + s;
                        for (int ox = lo; ox < hi; ox++) {
                            dx[dst + ox * strideW] += cols[src + ox];
                        }
                    }
                }
            }
        }
    }
}
