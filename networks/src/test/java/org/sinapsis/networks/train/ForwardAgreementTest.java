// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.CourseNetworks;

/**
 * The trainer's forward pass is the fp32 reference executor's, bit for bit: the logits (the
 * input of the final softmax) of both agree exactly, on the zoo's trainable networks and on
 * strided, padded, grouped convolutions with average pooling.
 */
class ForwardAgreementTest {

    @Test
    void courseNetworks() {
        agree(CourseNetworks.perceptron(), 5);
        agree(CourseNetworks.fashionMlp(), 33);
        agree(CourseNetworks.fashionCnn(), 20);
        agree(CourseNetworks.lenet5(), 3);
    }

    @Test
    void stridedPaddedGroupedConvolutionAndAveragePooling() {
        agree(Network.builder("odd").input("x", 4, 17, 13).add("c1", new Conv2D(6, 3, 5, 2, 1, 1, 2, 2, true))
                .add("t", Activation.tanh()).add("p", Pool2D.avg(3, 2).pad(1)).add("c2", Conv2D.of(300, 1))
                .add("s", Activation.sigmoid()).add("m", Pool2D.max(2, 2)).add("f", new Flatten())
                .add("fc", Dense.of(7)).add("softmax", Activation.softmax()).build(), 4);
    }

    private static void agree(Network network, int batch) {
        NetworkParameters p = NetworkParameters.initialize(network, 3);
        Map<String, Tensor> in = SyntheticInputs.generate(network, batch, 4);
        Node softmax = network.outputs().get(0);
        float[] expected = new Fp32Executor(network, p, 2).runAll(in).get(softmax.inputs().get(0)).data();
        TrainableNetwork graph = new TrainableNetwork(network);
        List<float[]> flat = new ArrayList<>();
        p.toMap().values().forEach(flat::addAll);
        graph.prepare(flat.toArray(new float[0][]));
        float[][] acts = graph.forward(in.values().iterator().next().data(), batch);
        assertArrayEquals(expected, acts[acts.length - 1], network.name());
    }
}
