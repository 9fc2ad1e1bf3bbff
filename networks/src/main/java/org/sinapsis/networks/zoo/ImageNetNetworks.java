// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;

/**
 * ImageNet classifiers with published shapes, for workload studies (they are not trained here).
 *
 * <p>Per example: AlexNet 724,406,816 MACs and 60,965,224 parameters; ResNet-50 v1.5
 * 4,089,184,256 MACs and 25,530,472 parameters (torchvision's 25,557,032 with each batch norm's
 * scale and shift folded into one conv bias per channel).
 */
public final class ImageNetNetworks {

    private ImageNetNetworks() {
    }

    /** {@code alexnet}: the original two-tower network, towers expressed as groups=2. */
    public static Network alexnet() {
        return Network.builder("alexnet")
                .description("AlexNet (Krizhevsky, Sutskever, Hinton, NIPS 2012), the original two-GPU network:"
                        + " each GPU's tower holds half of the filters and, in conv2, conv4 and conv5, reads"
                        + " only its own half of the previous layer, which is exactly groups=2; conv3 and the"
                        + " FC layers read both towers. Input 227x227, not the paper's 224: with an 11x11"
                        + " filter at stride 4 and no padding only 227 gives the paper's 55x55 conv1 output"
                        + " ((227 - 11) / 4 + 1 = 55), as in Caffe's reference model. conv1 96@11x11/4,"
                        + " max pool 3/2, conv2 256@5x5 pad 2 groups 2, max pool 3/2, conv3 384@3x3 pad 1,"
                        + " conv4 384@3x3 pad 1 groups 2, conv5 256@3x3 pad 1 groups 2, max pool 3/2,"
                        + " fc6 4096, fc7 4096, fc8 1000, softmax; ReLU after every conv and after fc6 and"
                        + " fc7. Not modelled: local response normalization after conv1 and conv2, and"
                        + " dropout before fc6 and fc7 (a training-time layer). 724 M MACs per image.")
                .input("input", 3, 227, 227)
                .add("conv1", Conv2D.of(96, 11).stride(4))
                .add("conv1_relu", Activation.relu())
                .add("pool1", Pool2D.max(3, 2))
                .add("conv2", Conv2D.of(256, 5).pad(2).groups(2))
                .add("conv2_relu", Activation.relu())
                .add("pool2", Pool2D.max(3, 2))
                .add("conv3", Conv2D.of(384, 3).pad(1))
                .add("conv3_relu", Activation.relu())
                .add("conv4", Conv2D.of(384, 3).pad(1).groups(2))
                .add("conv4_relu", Activation.relu())
                .add("conv5", Conv2D.of(256, 3).pad(1).groups(2))
                .add("conv5_relu", Activation.relu())
                .add("pool5", Pool2D.max(3, 2))
                .add("flatten", new Flatten())
                .add("fc6", Dense.of(4096))
                .add("fc6_relu", Activation.relu())
                .add("fc7", Dense.of(4096))
                .add("fc7_relu", Activation.relu())
                .add("fc8", Dense.of(1000))
                .add("softmax", Activation.softmax())
                .build();
    }

    /**
     * {@code alexnet-conv}: AlexNet's five convolution layers with the shapes of Zhang et al.'s
     * table (FPGA 2015), each an ungrouped convolution with its own input.
     */
    public static Network alexnetConv() {
        return Network.builder("alexnet-conv")
                .description("The five convolution layers of AlexNet as Zhang, Li, Sun, Guan, Xiao and Cong"
                        + " (FPGA 2015) tile them: the layers of one of the two GPU towers, each an ungrouped"
                        + " convolution (input channels N, output channels M): conv1 3 -> 48, 11x11/4 on 227x227"
                        + " (55x55 out); conv2 48 -> 128, 5x5 pad 2 on 27x27; conv3 256 -> 192 (it reads both"
                        + " towers), conv4 192 -> 192, conv5 192 -> 128, all 3x3 pad 1 on 13x13. Each layer"
                        + " has its own input (pooling, ReLU and normalization between them run elsewhere in"
                        + " their accelerator's flow), like a SCALE-Sim topology. One example is one tower's"
                        + " share of an image: 332,892,432 MACs; a whole image is two such passes (665.8 M"
                        + " MACs, 1.33 GFLOP, the count behind their 61.62 GFLOPS).")
                .input("conv1_input", 3, 227, 227)
                .add("conv1", Conv2D.of(48, 11).stride(4))
                .input("conv2_input", 48, 27, 27)
                .add("conv2", Conv2D.of(128, 5).pad(2))
                .input("conv3_input", 256, 13, 13)
                .add("conv3", Conv2D.of(192, 3).pad(1))
                .input("conv4_input", 192, 13, 13)
                .add("conv4", Conv2D.of(192, 3).pad(1))
                .input("conv5_input", 192, 13, 13)
                .add("conv5", Conv2D.of(128, 3).pad(1))
                .build();
    }

    /** {@code resnet50}: ResNet-50 v1.5 as in torchvision, batch norm folded into the convolutions. */
    public static Network resnet50() {
        Network.Builder b = Network.builder("resnet50")
                .description("ResNet-50 (He, Zhang, Ren, Sun, CVPR 2016, Table 1) in its v1.5 form, as"
                        + " torchvision's resnet50: in a downsampling bottleneck the stride 2 sits on the 3x3"
                        + " conv (branch2b), not on the first 1x1 (v1). Input 224x224; conv1 64@7x7/2 pad 3,"
                        + " max pool 3/2 pad 1, then 3, 4, 6 and 3 bottlenecks (1x1, 3x3, 1x1 with widths 64,"
                        + " 128, 256, 512 and 4x expansion), a projection shortcut (1x1 conv, stride 2 from"
                        + " stage 3 on) in the first bottleneck of each stage, identity shortcuts elsewhere,"
                        + " residual Add then ReLU, global average pool as AvgPool 7/7, fc1000, softmax."
                        + " Names follow the Caffe release (res2a_branch2b, res2a_branch1, res2a). Batch"
                        + " normalization is folded into each conv as a bias (inference form). 4.09 G MACs"
                        + " per image.")
                .input("input", 3, 224, 224)
                .add("conv1", Conv2D.of(64, 7).stride(2).pad(3))
                .add("conv1_relu", Activation.relu())
                .add("pool1", Pool2D.max(3, 2).pad(1));
        String x = b.last();
        int[] blocks = {3, 4, 6, 3};
        for (int stage = 0; stage < blocks.length; stage++) {
            int width = 64 << stage;
            for (int i = 0; i < blocks[stage]; i++) {
                String name = "res" + (stage + 2) + (char) ('a' + i);
                int stride = stage > 0 && i == 0 ? 2 : 1;
                x = bottleneck(b, x, name, width, stride, i == 0);
            }
        }
        return b.add("pool5", Pool2D.avg(7, 7), x)
                .add("flatten", new Flatten())
                .add("fc1000", Dense.of(1000))
                .add("softmax", Activation.softmax())
                .build();
    }

    /**
     * Adds one bottleneck named {@code name} reading {@code in}; returns the name of its output.
     */
    private static String bottleneck(Network.Builder b, String in, String name, int width, int stride,
            boolean projection) {
        b.add(name + "_branch2a", Conv2D.of(width, 1), in)
                .add(name + "_branch2a_relu", Activation.relu())
                .add(name + "_branch2b", Conv2D.of(width, 3).stride(stride).pad(1))
                .add(name + "_branch2b_relu", Activation.relu())
                .add(name + "_branch2c", Conv2D.of(4 * width, 1));
        String shortcut = in;
        if (projection) {
            shortcut = name + "_branch1";
            b.add(shortcut, Conv2D.of(4 * width, 1).stride(stride), in);
        }
        return b.add(name, new Add(), name + "_branch2c", shortcut)
                .add(name + "_relu", Activation.relu())
                .last();
    }
}
