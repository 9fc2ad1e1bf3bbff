// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * Max or average pooling over {@code kernelH x kernelW} windows of a {@code [C, H, W]} input,
 * channel by channel.
 *
 * <p>Output extents as {@link Conv2D}'s. Padding never contributes: a max ignores it and an
 * average divides by the number of window elements inside the input (PyTorch's
 * {@code count_include_pad=False}). Padding must be smaller than the kernel, so every window
 * holds at least one input element. Loop nest: {@code N = batch, C, R, S, P, Q}.
 *
 * @param mode max or average
 * @param kernelH window height
 * @param kernelW window width
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH rows of padding above and below
 * @param padW columns of padding left and right
 */
public record Pool2D(PoolMode mode, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW)
        implements Layer {

    /** Validates the configuration. */
    public Pool2D {
        if (kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1) {
            throw new IllegalArgumentException("pooling kernel and stride must be >= 1");
        }
        if (padH < 0 || padW < 0 || padH >= kernelH || padW >= kernelW) {
            throw new IllegalArgumentException("pooling padding must be >= 0 and smaller than the kernel");
        }
    }

    /** Max pooling over {@code kernel x kernel} windows with the given stride, no padding. */
    public static Pool2D max(int kernel, int stride) {
        return new Pool2D(PoolMode.MAX, kernel, kernel, stride, stride, 0, 0);
    }

    /** Average pooling over {@code kernel x kernel} windows with the given stride, no padding. */
    public static Pool2D avg(int kernel, int stride) {
        return new Pool2D(PoolMode.AVG, kernel, kernel, stride, stride, 0, 0);
    }

    /** This pooling with {@code p} elements of padding on every side. */
    public Pool2D pad(int p) {
        return new Pool2D(mode, kernelH, kernelW, strideH, strideW, p, p);
    }

    @Override
    public String kind() {
        return mode == PoolMode.MAX ? "MaxPool" : "AvgPool";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.POOL;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape in = inputs.get(0);
        if (in.rank() != 3) {
            throw new IllegalArgumentException(kind() + " needs a [C, H, W] input, got " + in);
        }
        int p = Windows.outputExtent(in.dim(1), kernelH, strideH, padH, "height");
        int q = Windows.outputExtent(in.dim(2), kernelW, strideW, padW, "width");
        return TensorShape.of(in.dim(0), p, q);
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return LoopBounds.builder()
                .set(Dim.N, batch)
                .set(Dim.C, output.dim(0))
                .set(Dim.R, kernelH)
                .set(Dim.S, kernelW)
                .set(Dim.P, output.dim(1))
                .set(Dim.Q, output.dim(2))
                .build();
    }

    @Override
    public String describe() {
        String s = kernelH + "x" + kernelW + "/" + (strideH == strideW ? String.valueOf(strideH) : strideH + "x" + strideW);
        return padH != 0 || padW != 0 ? s + " pad " + (padH == padW ? String.valueOf(padH) : padH + "x" + padW) : s;
    }
}
