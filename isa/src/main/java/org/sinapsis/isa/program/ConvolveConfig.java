// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Arrays;
import java.util.Objects;

/**
 * The geometry a Convolve instruction gathers its input rows by (the systolic data setup). The
 * input feature map is {@code input} moved to the instruction's {@code ub} row. Output pixel
 * {@code q} is example {@code q / (P Q)}, row {@code oy}, column {@code ox}; window element
 * {@code p} (in {@code order}) of the instruction's channel group {@code g} is channel
 * {@code g channelsPerGroup + c}, kernel row {@code r},
 * column {@code s}, read at input row {@code oy strideH - padH + r} and column
 * {@code ox strideW - padW + s}, or 0 outside the input.
 *
 * <p>Element order: {@link KernelOrder#CHANNEL_MAJOR} {@code p = (c R + r) S + s};
 * {@link KernelOrder#TAP_MAJOR} {@code p = (r S + s) channelStride + c}, where positions with
 * {@code c >= channelsPerGroup} are zero padding: a stride of a multiple of the row width puts each
 * tap's channels in their own reduction chunks, so a gathered row comes from one Unified Buffer
 * row at the cost of emptier weight tiles.
 *
 * @param input the input tensor's layout (its base row is replaced by the instruction's)
 * @param kernelH kernel rows R
 * @param kernelW kernel columns S
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH rows of zeros above (and below)
 * @param padW columns of zeros left (and right)
 * @param outHeight output rows P
 * @param outWidth output columns Q
 * @param channelsPerGroup input channels C/G the window covers
 * @param channelStride window positions per tap in tap-major order (at least channelsPerGroup);
 *     equal to channelsPerGroup in channel-major order
 * @param order the window element order
 */
public record ConvolveConfig(UbTensor input, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW,
        int outHeight, int outWidth, int channelsPerGroup, int channelStride, KernelOrder order)
        implements TpuConfig {

    /** Validates the geometry. */
    public ConvolveConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(order, "order");
        if (kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || padH < 0 || padW < 0 || outHeight < 1
                || outWidth < 1 || channelsPerGroup < 1 || channelsPerGroup > input.channels()
                || input.channels() % channelsPerGroup != 0 || channelStride < channelsPerGroup
                || order == KernelOrder.CHANNEL_MAJOR && channelStride != channelsPerGroup) {
            throw new IllegalArgumentException("invalid convolution geometry");
        }
    }

    /** Window positions, padding included: the reduction depth K the weight tiles cover. */
    public int windowSize() {
        return channelStride * kernelH * kernelW;
    }

    /** Output pixels of one example, {@code P Q}. */
    public int outPixels() {
        return outHeight * outWidth;
    }

    /** The channel (within the group) of window position {@code p}; {@code >= channelsPerGroup} for padding. */
    public int channelOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p / (kernelH * kernelW) : p % channelStride;
    }

    /** The kernel row of window position {@code p}. */
    public int rowOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p / kernelW % kernelH : p / channelStride / kernelW;
    }

    /** The kernel column of window position {@code p}. */
    public int columnOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p % kernelW : p / channelStride % kernelW;
    }

    /** Whether window position {@code p} is zero padding. */
    public boolean padding(int p) {
        return channelOf(p) >= channelsPerGroup;
    }

    /** Channel groups of the input: {@code channels / channelsPerGroup}. */
    public int groups() {
        return input.channels() / channelsPerGroup;
    }

    /**
     * The Unified Buffer rows the data setup reads to gather one input row of window chunk
     * {@code chunk} ({@code chunkSize} positions), for an output pixel in the middle of the first
     * example's map, group 0: the distinct rows holding its non-padding elements inside the input,
     * at least 1.
     */
    public int gatherRows(int chunk, int chunkSize) {
        int from = chunk * chunkSize;
        int to = Math.min(windowSize(), from + chunkSize);
        int oy = outHeight / 2;
        int ox = outWidth / 2;
        long[] rows = new long[to - from];
        int n = 0;
        for (int p = from; p < to; p++) {
            if (padding(p)) {
                continue;
            }
            int iy = oy * strideH - padH + rowOf(p);
            int ix = ox * strideW - padW + columnOf(p);
            if (iy >= 0 && iy < input.height() && ix >= 0 && ix < input.width()) {
                rows[n++] = input.address(0, channelOf(p), iy, ix) / input.rowBytes();
            }
        }
        Arrays.sort(rows, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || rows[i] != rows[i - 1]) {
                distinct++;
            }
        }
        return Math.max(1, distinct);
    }

    /** Window positions of chunk {@code chunk} up to its last non-padding one: the weight tile rows it needs. */
    public int chunkRows(int chunk, int chunkSize) {
        int from = chunk * chunkSize;
        int to = Math.min(windowSize(), from + chunkSize);
        for (int p = to - 1; p >= from; p--) {
            if (!padding(p)) {
                return p - from + 1;
            }
        }
        return 0;
    }

    @Override
    public long bytes() {
        return 48;
    }
}
