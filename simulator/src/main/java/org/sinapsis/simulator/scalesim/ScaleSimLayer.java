// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/**
 * One layer as SCALE-Sim v2 simulates it: an unpadded convolution of an
 * {@code ifmapH x ifmapW x channels} input by {@code filters} filters of
 * {@code filterH x filterW x channels}. Its GEMM view is {@code M = E F} output pixels,
 * {@code N = filters}, {@code K = filterH filterW channels}, with
 * {@code E = ceil((ifmapH - filterH + strideH) / strideH)} (and F likewise), so a last window may
 * overhang the bottom or right edge and read nothing there.
 *
 * <p>Operand addresses (SCALE-Sim's {@code operand_matrix.py}), without offsets: ifmap element
 * {@code (p, k)} of output pixel {@code p = orow F + ocol} and window element
 * {@code k = (r filterW + s) channels + c} is {@code ((orow strideH + r) ifmapW + ocol strideW + s)
 * channels + c}, or none when outside the ifmap; filter element {@code (k, n)} is
 * {@code n K + k}; ofmap element {@code (p, n)} is {@code p N + n}.
 *
 * @param name the layer name
 * @param ifmapH input rows
 * @param ifmapW input columns
 * @param filterH filter rows
 * @param filterW filter columns
 * @param channels input channels
 * @param filters output channels
 * @param strideH vertical stride
 * @param strideW horizontal stride
 */
public record ScaleSimLayer(String name, int ifmapH, int ifmapW, int filterH, int filterW, int channels, int filters,
        int strideH, int strideW) {

    /** Validates the layer as SCALE-Sim's topology reader does. */
    public ScaleSimLayer {
        if (ifmapH < 1 || ifmapW < 1 || filterH < 1 || filterW < 1 || channels < 1 || filters < 1 || strideH < 1
                || strideW < 1 || filterH > ifmapH || filterW > ifmapW) {
            throw new IllegalArgumentException("invalid SCALE-Sim layer '" + name + "'");
        }
    }

    /** Output rows E. */
    public int ofmapH() {
        return (ifmapH - filterH + strideH + strideH - 1) / strideH;
    }

    /** Output columns F. */
    public int ofmapW() {
        return (ifmapW - filterW + strideW + strideW - 1) / strideW;
    }

    /** GEMM M: output pixels per filter. */
    public long m() {
        return (long) ofmapH() * ofmapW();
    }

    /** GEMM N: filters. */
    public long n() {
        return filters;
    }

    /** GEMM K: the convolution window. */
    public long k() {
        return (long) filterH * filterW * channels;
    }

    /** Multiply-accumulates {@code M N K}, SCALE-Sim's {@code num_compute}. */
    public long macs() {
        return m() * n() * k();
    }

    /** Distinct addresses an operand can take, for sizing lookup tables: ifmap {@code H W C}, filter {@code K N}, ofmap {@code M N}. */
    public long addressSpace(GemmOperand operand) {
        return switch (operand) {
            case IFMAP -> (long) ifmapH * ifmapW * channels;
            case FILTER -> k() * n();
            case OFMAP -> m() * n();
        };
    }

    /**
     * The layers SCALE-Sim simulates for a network read by
     * {@link org.sinapsis.networks.io.TopologyCsvReader}: one per Conv2D or Dense node, in order; a
     * depthwise node ({@code groups = channels}) becomes one single-channel layer per channel,
     * named {@code <name>Channel_<i>}, as SCALE-Sim expands {@code DP} rows.
     *
     * @throws IllegalArgumentException for a node SCALE-Sim cannot express (other groupings,
     *     padding other than its overhang)
     */
    public static List<ScaleSimLayer> of(Network network) {
        List<ScaleSimLayer> layers = new ArrayList<>();
        for (Node node : network.layers()) {
            TensorShape in = node.inputShapes().get(0);
            if (node.layer() instanceof Conv2D c) {
                int inChannels = in.dim(0);
                if (c.groups() == 1) {
                    layers.add(new ScaleSimLayer(node.name(), in.dim(1), in.dim(2), c.kernelH(), c.kernelW(), inChannels,
                            c.outChannels(), c.strideH(), c.strideW()));
                } else if (c.groups() == inChannels) {
                    for (int i = 0; i < inChannels; i++) {
                        layers.add(new ScaleSimLayer(node.name() + "Channel_" + i, in.dim(1), in.dim(2), c.kernelH(),
                                c.kernelW(), 1, c.outChannels() / inChannels, c.strideH(), c.strideW()));
                    }
                } else {
                    throw new IllegalArgumentException("layer '" + node.name() + "': SCALE-Sim has no grouped"
                            + " convolution with " + c.groups() + " groups");
                }
            } else if (node.layer() instanceof Dense d) {
                if (in.rank() != 2) {
                    throw new IllegalArgumentException("layer '" + node.name() + "': a GEMM row needs an [M, K] input");
                }
                layers.add(new ScaleSimLayer(node.name(), in.dim(0), in.dim(1), 1, in.dim(1), 1, d.units(), 1, 1));
            } else {
                throw new IllegalArgumentException("layer '" + node.name() + "' (" + node.layer().kind()
                        + "): SCALE-Sim simulates only convolution and GEMM layers");
            }
        }
        return layers;
    }
}
