// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The sizes of one sliding-window node (Conv2D or Pool2D), the im2col gathers built on them, and
 * the gather's adjoint (the col2im scatter-add that back-propagation needs).
 *
 * <p>A patch element {@code p = (c R + r) S + s} of output pixel {@code (oy, ox)} of group
 * {@code g} reads input channel {@code g C/G + c} at row {@code oy strideH - padH + r} and column
 * {@code ox strideW - padW + s}, or 0 outside the input. Patch elements are ordered like the
 * Conv2D weight {@code [M, C/G, R, S]}, so a filter row dotted with a patch is one output value.
 */
public record ConvGeometry(int channels, int height, int width, int groups, int kernelH, int kernelW, int strideH,
        int strideW, int padH, int padW, int outChannels, int outHeight, int outWidth) {

    /** The geometry of a Conv2D or Pool2D node. */
    public static ConvGeometry of(Node node) {
        TensorShape in = node.inputShapes().get(0);
        TensorShape out = node.outputShape();
        if (node.layer() instanceof Conv2D c) {
            return new ConvGeometry(in.dim(0), in.dim(1), in.dim(2), c.groups(), c.kernelH(), c.kernelW(),
                    c.strideH(), c.strideW(), c.padH(), c.padW(), out.dim(0), out.dim(1), out.dim(2));
        }
        Pool2D p = (Pool2D) node.layer();
        return new ConvGeometry(in.dim(0), in.dim(1), in.dim(2), in.dim(0), p.kernelH(), p.kernelW(), p.strideH(),
                p.strideW(), p.padH(), p.padW(), out.dim(0), out.dim(1), out.dim(2));
    }

    /** Input channels per group, {@code C / G}. */
    public int channelsPerGroup() {
        return channels / groups;
    }

    /** Output channels per group, {@code M / G}. */
    public int outChannelsPerGroup() {
        return outChannels / groups;
    }

    /** Patch length {@code K = C/G R S}. */
    public int patchSize() {
        return channelsPerGroup() * kernelH * kernelW;
    }

    /** Output pixels per channel, {@code P Q}. */
    public int outPixels() {
        return outHeight * outWidth;
    }

    /** Input values per example, {@code C H W}. */
    public int inputSize() {
        return channels * height * width;
    }

    /** Output values per example, {@code M P Q}. */
    public int outputSize() {
        return outChannels * outPixels();
    }

    /**
     * Writes the patches of output pixels {@code [pixel0, pixel0 + count)} of group {@code g} as
     * columns: {@code cols[p * count + j]} is patch element p of pixel {@code pixel0 + j}.
     */
    public void gatherColumns(float[] x, int xOffset, int g, int pixel0, int count, float[] cols) {
        int cg = channelsPerGroup();
        int p = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xOffset + (g * cg + c) * height * width;
            for (int r = 0; r < kernelH; r++) {
                for (int s = 0; s < kernelW; s++, p++) {
                    int base = p * count;
                    int j = 0;
                    int oy = pixel0 / outWidth;
                    int ox0 = pixel0 % outWidth;
                    while (j < count) {
                        int run = Math.min(outWidth - ox0, count - j);
                        int iy = oy * strideH - padH + r;
                        int lo = ox0 + run;
                        int hi = lo;
                        if (iy >= 0 && iy < height) {
                            lo = Math.min(lo, Math.max(ox0, firstInside(s)));
                            hi = Math.max(lo, Math.min(hi, lastInside(s) + 1));
                        }
                        int dst = base + j - ox0;
                        Arrays.fill(cols, dst + ox0, dst + lo, 0f);
                        int src = plane + iy * width - padW + s;
                        if (strideW == 1 && hi > lo) {
                            System.arraycopy(x, src + lo, cols, dst + lo, hi - lo);
                        } else {
                            for (int ox = lo; ox < hi; ox++) {
                                cols[dst + ox] = x[src + ox * strideW];
                            }
                        }
                        Arrays.fill(cols, dst + hi, dst + ox0 + run, 0f);
                        j += run;
                        oy++;
                        ox0 = 0;
                    }
                }
            }
        }
    }

    /**
     * The adjoint of {@link #gatherColumns(float[], int, int, int, int, float[])} over all output
     * pixels: adds patch element p of pixel l, {@code cols[p * P Q + l]}, into the input value it
     * was gathered from (nothing for padding) of group {@code g} of the example at
     * {@code dxOffset}.
     */
    public void scatterAddColumns(float[] cols, int g, float[] dx, int dxOffset) {
        int pixels = outPixels();
        int cg = channelsPerGroup();
        int p = 0;
        for (int c = 0; c < cg; c++) {
            int plane = dxOffset + (g * cg + c) * height * width;
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

    /**
     * Writes the patches of output pixels {@code [pixel0, pixel0 + count)} of group {@code g} as
     * rows: {@code rows[j * K + p]} is patch element p of pixel {@code pixel0 + j}.
     */
    void gatherRows(byte[] x, int xOffset, int g, int pixel0, int count, byte[] rows) {
        int cg = channelsPerGroup();
        int k = patchSize();
        int oy = pixel0 / outWidth;
        int ox = pixel0 % outWidth;
        for (int j = 0; j < count; j++) {
            int p = j * k;
            int y0 = oy * strideH - padH;
            int x0 = ox * strideW - padW;
            for (int c = 0; c < cg; c++) {
                int plane = xOffset + (g * cg + c) * height * width;
                for (int r = 0; r < kernelH; r++) {
                    int iy = y0 + r;
                    boolean rowInside = iy >= 0 && iy < height;
                    int rowBase = plane + iy * width;
                    for (int s = 0; s < kernelW; s++, p++) {
                        int ix = x0 + s;
                        rows[p] = rowInside && ix >= 0 && ix < width ? x[rowBase + ix] : 0;
                    }
                }
            }
            if (++ox == outWidth) {
                ox = 0;
                oy++;
            }
        }
    }

    /**
     * Writes the patches of output pixels {@code [pixel0, pixel0 + count)} of group {@code g} as
     * separate int rows: {@code cols[p][j]} is patch element p of pixel {@code pixel0 + j}.
     */
    void gatherColumns(byte[] x, int xOffset, int g, int pixel0, int count, int[][] cols) {
        int cg = channelsPerGroup();
        int p = 0;
        for (int c = 0; c < cg; c++) {
            int plane = xOffset + (g * cg + c) * height * width;
            for (int r = 0; r < kernelH; r++) {
                for (int s = 0; s < kernelW; s++, p++) {
                    int[] col = cols[p];
                    int j = 0;
                    int oy = pixel0 / outWidth;
                    int ox0 = pixel0 % outWidth;
                    while (j < count) {
                        int run = Math.min(outWidth - ox0, count - j);
                        int iy = oy * strideH - padH + r;
                        int lo = ox0 + run;
                        int hi = lo;
                        if (iy >= 0 && iy < height) {
                            lo = Math.min(lo, Math.max(ox0, firstInside(s)));
                            hi = Math.max(lo, Math.min(hi, lastInside(s) + 1));
                        }
                        int dst = j - ox0;
                        Arrays.fill(col, dst + ox0, dst + lo, 0);
                        int src = plane + iy * width - padW + s;
                        for (int ox = lo; ox < hi; ox++) {
                            col[dst + ox] = x[src + ox * strideW];
                        }
                        Arrays.fill(col, dst + hi, dst + ox0 + run, 0);
                        j += run;
                        oy++;
                        ox0 = 0;
                    }
                }
            }
        }
    }

    /**
     * The first output column whose tap {@code s} falls inside the input:
     * {@code ceil((padW - s) / strideW)}.
     */
    int firstInside(int s) {
        return -Math.floorDiv(s - padW, strideW);
    }

    /**
     * The last output column whose tap {@code s} falls inside the input:
     * {@code floor((W - 1 + padW - s) / strideW)}.
     */
    int lastInside(int s) {
        return Math.floorDiv(width - 1 + padW - s, strideW);
    }

    /** The first output column, at least 0, whose tap {@code s} falls inside the input. */
    int firstColumn(int s) {
        return Math.max(0, firstInside(s));
    }

    /** One past the last output column, at most {@code Q}, whose tap {@code s} falls inside the input. */
    int endColumn(int s) {
        return Math.max(firstColumn(s), Math.min(outWidth, lastInside(s) + 1));
    }

    /** The first kernel row inside the input for output row {@code oy}. */
    public int firstRow(int oy) {
        return Math.max(0, padH - oy * strideH);
    }

    /** One past the last kernel row inside the input for output row {@code oy}. */
    public int endRow(int oy) {
        return Math.min(kernelH, height + padH - oy * strideH);
    }

    /** The first kernel column inside the input for output column {@code ox}. */
    public int firstKernelColumn(int ox) {
        return Math.max(0, padW - ox * strideW);
    }

    /** One past the last kernel column inside the input for output column {@code ox}. */
    public int endKernelColumn(int ox) {
        return Math.min(kernelW, width + padW - ox * strideW);
    }

    /** How many taps of output column {@code ox}'s window row fall inside the input. */
    int columnsInside(int ox) {
        int left = ox * strideW - padW;
        return Math.min(kernelW, width - left) - Math.max(0, -left);
    }
}
