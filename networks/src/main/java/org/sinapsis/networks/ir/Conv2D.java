// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * 2-D convolution (cross-correlation, as in every framework) over a {@code [C, H, W]} input with
 * zero padding, stride and groups.
 *
 * <p>Output: {@code P = floor((H + 2 padH - kernelH) / strideH) + 1}, likewise {@code Q}; shape
 * {@code [M, P, Q]} with {@code M = outChannels}. With {@code groups = G}, input channel group
 * {@code g} feeds only output channel group {@code g}; {@code G = C = M} is a depthwise
 * convolution. Parameters: {@code weight [M, C / G, kernelH, kernelW]}, then {@code bias [M]} when
 * {@code bias} is true. Loop nest: {@code N = batch, G, M = M / G, C = C / G, R = kernelH,
 * S = kernelW, P, Q}; MACs per example {@code P Q M (C / G) R S}. Batch normalization is not a
 * separate layer: it is folded into the weights and bias, as for inference.
 *
 * @param outChannels output channels (filters), {@code M}
 * @param kernelH filter height {@code R}
 * @param kernelW filter width {@code S}
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH zero rows added above and below
 * @param padW zero columns added left and right
 * @param groups channel groups {@code G}; divides both C and M
 * @param bias whether the layer adds a bias per output channel
 */
public record Conv2D(int outChannels, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW,
        int groups, boolean bias) implements Layer {

    /** Validates the configuration. */
    public Conv2D {
        if (outChannels < 1 || kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || groups < 1) {
            throw new IllegalArgumentException("Conv2D channels, kernel, stride and groups must be >= 1");
        }
        if (padH < 0 || padW < 0) {
            throw new IllegalArgumentException("Conv2D padding must be >= 0");
        }
        if (outChannels % groups != 0) {
            throw new IllegalArgumentException(
                    "Conv2D groups " + groups + " must divide the output channels " + outChannels);
        }
    }

    /** A square {@code kernel x kernel} convolution, stride 1, no padding, one group, with bias. */
    public static Conv2D of(int outChannels, int kernel) {
        return new Conv2D(outChannels, kernel, kernel, 1, 1, 0, 0, 1, true);
    }

    /** A {@code kernelH x kernelW} convolution, stride 1, no padding, one group, with bias. */
    public static Conv2D of(int outChannels, int kernelH, int kernelW) {
        return new Conv2D(outChannels, kernelH, kernelW, 1, 1, 0, 0, 1, true);
    }

    /** This convolution with stride {@code s} in both directions. */
    public Conv2D stride(int s) {
        return new Conv2D(outChannels, kernelH, kernelW, s, s, padH, padW, groups, bias);
    }

    /** This convolution with {@code p} zeros of padding on every side. */
    public Conv2D pad(int p) {
        return new Conv2D(outChannels, kernelH, kernelW, strideH, strideW, p, p, groups, bias);
    }

    /** This convolution with {@code ph} rows and {@code pw} columns of zero padding. */
    public Conv2D pad(int ph, int pw) {
        return new Conv2D(outChannels, kernelH, kernelW, strideH, strideW, ph, pw, groups, bias);
    }

    /** This convolution with padding that keeps {@code H x W} at stride 1 (odd kernels only). */
    public Conv2D same() {
        if (kernelH % 2 == 0 || kernelW % 2 == 0) {
            throw new IllegalArgumentException("same padding needs an odd kernel, got " + kernelH + "x" + kernelW);
        }
        return pad(kernelH / 2, kernelW / 2);
    }

    /** This convolution split into {@code g} channel groups. */
    public Conv2D groups(int g) {
        return new Conv2D(outChannels, kernelH, kernelW, strideH, strideW, padH, padW, g, bias);
    }

    /** This convolution without a bias. */
    public Conv2D noBias() {
        return new Conv2D(outChannels, kernelH, kernelW, strideH, strideW, padH, padW, groups, false);
    }

    @Override
    public String kind() {
        return "Conv2D";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.CONV;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape in = inputs.get(0);
        if (in.rank() != 3) {
            throw new IllegalArgumentException("Conv2D needs a [C, H, W] input, got " + in);
        }
        int c = in.dim(0);
        if (c % groups != 0) {
            throw new IllegalArgumentException("groups " + groups + " must divide the input channels " + c);
        }
        int p = Windows.outputExtent(in.dim(1), kernelH, strideH, padH, "height");
        int q = Windows.outputExtent(in.dim(2), kernelW, strideW, padW, "width");
        return TensorShape.of(outChannels, p, q);
    }

    @Override
    public List<ParameterSpec> parameters(List<TensorShape> inputs) {
        List<ParameterSpec> list = new ArrayList<>();
        int cPerGroup = inputs.get(0).dim(0) / groups;
        list.add(new ParameterSpec("weight", TensorShape.of(outChannels, cPerGroup, kernelH, kernelW)));
        if (bias) {
            list.add(new ParameterSpec("bias", TensorShape.of(outChannels)));
        }
        return list;
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return LoopBounds.builder()
                .set(Dim.N, batch)
                .set(Dim.G, groups)
                .set(Dim.M, outChannels / groups)
                .set(Dim.C, inputs.get(0).dim(0) / groups)
                .set(Dim.R, kernelH)
                .set(Dim.S, kernelW)
                .set(Dim.P, output.dim(1))
                .set(Dim.Q, output.dim(2))
                .build();
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(outChannels).append(' ').append(kernelH).append('x').append(kernelW);
        if (strideH != 1 || strideW != 1) {
            sb.append('/').append(strideH == strideW ? String.valueOf(strideH) : strideH + "x" + strideW);
        }
        if (padH != 0 || padW != 0) {
            sb.append(" pad ").append(padH == padW ? String.valueOf(padH) : padH + "x" + padW);
        }
        if (groups != 1) {
            sb.append(" groups ").append(groups);
        }
        if (!bias) {
            sb.append(" no-bias");
        }
        return sb.toString();
    }
}
