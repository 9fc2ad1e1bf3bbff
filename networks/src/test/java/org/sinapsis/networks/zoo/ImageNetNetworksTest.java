// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.LayerCensus;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

class ImageNetNetworksTest {

    @Test
    void alexnetShapesAndTowers() {
        Network n = ImageNetNetworks.alexnet();
        assertEquals(TensorShape.of(96, 55, 55), n.node("conv1").outputShape());
        assertEquals(TensorShape.of(96, 27, 27), n.node("pool1").outputShape());
        assertEquals(TensorShape.of(256, 13, 13), n.node("pool2").outputShape());
        assertEquals(TensorShape.of(256, 6, 6), n.node("pool5").outputShape());
        assertEquals(TensorShape.of(9216), n.node("flatten").outputShape());
        assertEquals(new GemmView(729, 128, 1200, 2), n.node("conv2").gemm(1).orElseThrow());
        assertEquals(new GemmView(169, 384, 2304, 1), n.node("conv3").gemm(1).orElseThrow());
        assertEquals(new GemmView(169, 192, 1728, 2), n.node("conv4").gemm(1).orElseThrow());
        assertEquals(new GemmView(169, 128, 1728, 2), n.node("conv5").gemm(1).orElseThrow());
        assertEquals(new LayerCensus(5, 3, 3, 0), LayerCensus.of(n));
    }

    @Test
    void alexnetMacsAndParameters() {
        Network n = ImageNetNetworks.alexnet();
        long conv1 = 55L * 55 * 96 * 3 * 11 * 11;
        long conv2 = 27L * 27 * 256 * 48 * 5 * 5;
        long conv3 = 13L * 13 * 384 * 256 * 3 * 3;
        long conv4 = 13L * 13 * 384 * 192 * 3 * 3;
        long conv5 = 13L * 13 * 256 * 192 * 3 * 3;
        long fc = 9216L * 4096 + 4096L * 4096 + 4096L * 1000;
        assertEquals(conv1 + conv2 + conv3 + conv4 + conv5 + fc, n.macs());
        assertEquals(724_406_816L, n.macs());
        assertEquals(1.0, n.macs() / 724e6, 0.01);
        assertEquals(60_965_224L, n.parameters());
    }

    @Test
    void alexnetConvIsOneTowerOfAlexnetsConvolutions() {
        Network tower = ImageNetNetworks.alexnetConv();
        assertEquals(5, tower.outputs().size());
        assertEquals(TensorShape.of(48, 55, 55), tower.node("conv1").outputShape());
        assertEquals(TensorShape.of(128, 27, 27), tower.node("conv2").outputShape());
        assertEquals(TensorShape.of(192, 13, 13), tower.node("conv3").outputShape());
        assertEquals(TensorShape.of(192, 13, 13), tower.node("conv4").outputShape());
        assertEquals(TensorShape.of(128, 13, 13), tower.node("conv5").outputShape());
        for (Node n : tower.layers()) {
            assertEquals(1, ((Conv2D) n.layer()).groups(), n.name());
        }
        Network full = ImageNetNetworks.alexnet();
        long fullConv = full.layers().stream().filter(n -> n.layer() instanceof Conv2D).mapToLong(Node::macs).sum();
        assertEquals(332_892_432L, tower.macs());
        assertEquals(fullConv, 2 * tower.macs());
    }

    @Test
    void resnet50MacsAndParameters() {
        Network n = ImageNetNetworks.resnet50();
        assertEquals(independentResnet50Macs(), n.macs());
        assertEquals(4_089_184_256L, n.macs());
        assertEquals(1.0, n.macs() / 4.1e9, 0.02);
        // torchvision's 25,557,032 minus one of the two batch-norm parameters per channel (26,560 channels)
        assertEquals(25_557_032L - 26_560L, n.parameters());
    }

    @Test
    void resnet50Structure() {
        Network n = ImageNetNetworks.resnet50();
        // 16 residual Adds, and the ReLU after each Add is not fused (an Add is no matrix layer)
        assertEquals(new LayerCensus(53, 1, 2, 32), LayerCensus.of(n));
        assertEquals(TensorShape.of(64, 56, 56), n.node("pool1").outputShape());
        assertEquals(TensorShape.of(256, 56, 56), n.node("res2a").outputShape());
        assertEquals(TensorShape.of(128, 28, 28), n.node("res3a_branch2b").outputShape());
        assertEquals(TensorShape.of(128, 56, 56), n.node("res3a_branch2a").outputShape());
        assertEquals(TensorShape.of(2048, 7, 7), n.node("res5c_relu").outputShape());
        assertEquals(TensorShape.of(2048, 1, 1), n.node("pool5").outputShape());
        Conv2D v15 = (Conv2D) n.node("res4a_branch2b").layer();
        assertEquals(2, v15.strideH());
        assertEquals(1, ((Conv2D) n.node("res4a_branch2a").layer()).strideH());
        assertEquals(2, ((Conv2D) n.node("res4a_branch1").layer()).strideH());
        Node add = n.node("res4b");
        assertTrue(add.layer() instanceof Add);
        assertEquals("res4a_relu", add.inputs().get(1));
        assertEquals(4, n.nodes().stream().filter(x -> x.name().endsWith("_branch1")).count());
    }

    /** ResNet-50 v1.5 MACs from the stage table, independently of the network builder. */
    private static long independentResnet50Macs() {
        long macs = 112L * 112 * 64 * 3 * 49;
        int[] blocks = {3, 4, 6, 3};
        int[] outSide = {56, 28, 14, 7};
        int in = 64;
        for (int s = 0; s < 4; s++) {
            int w = 64 << s;
            int q = outSide[s];
            int inSide = s == 0 ? 56 : 2 * q;
            for (int i = 0; i < blocks[s]; i++) {
                int a = i == 0 ? inSide : q;
                int c = i == 0 ? in : 4 * w;
                macs += (long) a * a * w * c;
                macs += (long) q * q * w * w * 9;
                macs += (long) q * q * 4 * w * w;
                if (i == 0) {
                    macs += (long) q * q * 4 * w * in;
                }
            }
            in = 4 * w;
        }
        return macs + 2048L * 1000;
    }
}
