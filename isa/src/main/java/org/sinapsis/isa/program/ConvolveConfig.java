// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;

/**
 * The geometry a Convolve instruction gathers its input rows by (the systolic data setup). The
 * input feature map is {@code input} moved to the instruction's {@code ub} row. Output pixel
 * {@code q} is example {@code q / (P Q)}, row {@code oy}, column {@code ox}; window element
 * {@code p} (in {@code order}) is channel {@code channelOffset + c}, kernel row {@code r},
 * column {@code s}, read at input row {@code oy strideH - padH + r} and column
 * {@code ox strideW - padW + s}, or 0 outside the input.
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
 * @param channelOffset the first input channel of this group
 * @param channelsPerGroup input channels C/G the window covers
 * @param order the window element order
 */
public record ConvolveConfig(UbTensor input, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW,
        int outHeight, int outWidth, int channelOffset, int channelsPerGroup, KernelOrder order) implements TpuConfig {

    /** Validates the geometry. */
    public ConvolveConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(order, "order");
        if (kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || padH < 0 || padW < 0 || outHeight < 1
                || outWidth < 1 || channelOffset < 0 || channelsPerGroup < 1
                || channelOffset + channelsPerGroup > input.channels()) {
            throw new IllegalArgumentException("invalid convolution geometry");
        }
    }

    /** Window elements {@code channelsPerGroup kernelH kernelW}: the reduction depth K. */
    public int windowSize() {
        return channelsPerGroup * kernelH * kernelW;
    }

    /** Output pixels of one example, {@code P Q}. */
    public int outPixels() {
        return outHeight * outWidth;
    }

    /** The channel (within the group) of window element {@code p}. */
    public int channelOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p / (kernelH * kernelW) : p % channelsPerGroup;
    }

    /** The kernel row of window element {@code p}. */
    public int rowOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p / kernelW % kernelH : p / channelsPerGroup / kernelW;
    }

    /** The kernel column of window element {@code p}. */
    public int columnOf(int p) {
        return order == KernelOrder.CHANNEL_MAJOR ? p % kernelW : p / channelsPerGroup % kernelW;
    }

    /** The window element index of channel {@code c}, kernel row {@code r}, column {@code s}. */
    public int elementOf(int c, int r, int s) {
        return order == KernelOrder.CHANNEL_MAJOR ? (c * kernelH + r) * kernelW + s
                : (r * kernelW + s) * channelsPerGroup + c;
    }

    @Override
    public long bytes() {
        return 48;
    }
}
