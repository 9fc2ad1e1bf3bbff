// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * Back-propagation against central finite differences, {@code (L(w + h) - L(w - h)) / 2h} with
 * {@code h = 1e-3}, for every parameter of small networks that together use every layer type the
 * trainer supports, each placed between parameterized layers so its backward pass is exercised.
 * The loss is the mean cross-entropy of a batch of 3 random examples.
 */
class GradientCheckTest {
    private static final float H = 1e-3f;

    @Test
    void denseWithReluAndBias() {
        check(Network.builder("dense").input("x", 6).add("fc1", Dense.of(5)).add("relu", Activation.relu())
                .add("fc2", Dense.of(4)).add("softmax", Activation.softmax()).build());
    }

    @Test
    void denseOverSequenceRowsWithSigmoidAndTanh() {
        check(Network.builder("rows").input("x", 3, 4).add("fc1", Dense.of(5)).add("sig", Activation.sigmoid())
                .add("fc2", new Dense(2, false)).add("tanh", Activation.tanh()).add("flat", new Flatten())
                .add("fc3", Dense.of(3)).add("softmax", Activation.softmax()).build());
    }

    @Test
    void convolutionWithStridePaddingAndGroups() {
        check(Network.builder("conv").input("x", 2, 5, 6).add("conv1", new Conv2D(4, 3, 2, 2, 1, 1, 0, 2, true))
                .add("tanh", Activation.tanh()).add("conv2", Conv2D.of(3, 2).noBias()).add("flat", new Flatten())
                .add("fc", Dense.of(3)).add("softmax", Activation.softmax()).build());
    }

    @Test
    void maxAndAveragePoolingWithPadding() {
        check(Network.builder("pool").input("x", 1, 7, 7).add("conv1", Conv2D.of(3, 3).same())
                .add("max", Pool2D.max(3, 2).pad(1)).add("conv2", Conv2D.of(2, 2))
                .add("avg", Pool2D.avg(2, 2).pad(1)).add("flat", new Flatten()).add("fc", Dense.of(3))
                .add("softmax", Activation.softmax()).build());
    }

    @Test
    void residualAddSumsTheGradientsOfBothBranches() {
        Network.Builder b = Network.builder("residual").input("x", 1, 5, 5).add("conv1", Conv2D.of(2, 3).same())
                .add("relu1", Activation.relu()).add("conv2", Conv2D.of(2, 3).same());
        check(b.add("add", new Add(), "relu1", "conv2").add("relu2", Activation.relu()).add("flat", new Flatten())
                .add("fc", Dense.of(3)).add("softmax", Activation.softmax()).build());
    }

    private static void check(Network network) {
        TrainableNetwork graph = new TrainableNetwork(network);
        List<float[]> list = new ArrayList<>();
        NetworkParameters.initialize(network, 5).toMap().values().forEach(list::addAll);
        float[][] w = list.toArray(new float[0][]);
        Random random = new Random(11);
        for (float[] t : w) {
            for (int i = 0; i < t.length; i++) {
                t[i] += 0.1f * (2 * random.nextFloat() - 1);
            }
        }
        int count = 3;
        float[] x = new float[(int) (count * network.inputs().get(0).outputShape().elements())];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * random.nextFloat() - 1;
        }
        int[] labels = {0, 2, 1};
        float[][] analytic = new float[w.length][];
        for (int t = 0; t < w.length; t++) {
            analytic[t] = new float[w[t].length];
        }
        graph.prepare(w);
        graph.lossAndGradients(x, labels, count, count, analytic, new int[1]);
        List<String> bad = new ArrayList<>();
        for (int t = 0; t < w.length; t++) {
            for (int i = 0; i < w[t].length; i++) {
                float saved = w[t][i];
                w[t][i] = saved + H;
                double plus = loss(graph, w, x, labels);
                w[t][i] = saved - H;
                double minus = loss(graph, w, x, labels);
                w[t][i] = saved;
                double numeric = (plus - minus) / (2 * H);
                double a = analytic[t][i];
                if (Math.abs(a - numeric) > 2e-4 + 1e-2 * Math.max(Math.abs(a), Math.abs(numeric))) {
                    bad.add(graph.tensorNodes().get(t) + "." + graph.tensorSpecs().get(t).name() + "[" + i
                            + "]: back-propagation " + a + ", finite difference " + numeric);
                }
            }
        }
        assertTrue(bad.isEmpty(), network.name() + ": " + bad.size() + " gradients differ:\n" + String.join("\n", bad));
    }

    private static double loss(TrainableNetwork graph, float[][] w, float[] x, int[] labels) {
        graph.prepare(w);
        float[][] acts = graph.forward(x, labels.length);
        return SoftmaxCrossEntropy.loss(acts[acts.length - 1], graph.classes(), labels, labels.length, labels.length,
                null, new int[1]) / labels.length;
    }
}
