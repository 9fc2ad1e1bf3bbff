// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sinapsis.networks.reference.ReferenceTesting.assertClose;
import static org.sinapsis.networks.reference.ReferenceTesting.randomParameters;
import static org.sinapsis.networks.reference.ReferenceTesting.randomTensor;
import static org.sinapsis.networks.reference.ReferenceTesting.toDouble;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;

class Fp32ExecutorTest {
    private static final double TOLERANCE = 1e-5;

    @Test
    void denseMatchesHandComputedValues() {
        Network net = Network.builder("d").input("x", 2).add("fc", Dense.of(1)).build();
        NetworkParameters p = NetworkParameters.of(net, Map.of("fc", List.of(new float[] {3, 4}, new float[] {0.5f})));
        Tensor y = new Fp32Executor(net, p, 1).run(Tensor.of(TensorShape.of(2), 1, 2));
        assertArrayEquals(new float[] {11.5f}, y.data());
    }

    @Test
    void denseAcrossPanelAndChunkBoundariesMatchesNaiveLoops() {
        int in = 37;
        int units = 300;
        int batch = 70;
        Network net = Network.builder("d").input("x", in).add("fc", Dense.of(units)).build();
        NetworkParameters p = randomParameters(net, 1, 1f);
        Tensor x = randomTensor(2, batch, TensorShape.of(in), -1, 1);
        Tensor y = new Fp32Executor(net, p, 3).run(x);
        assertClose(NaiveFp32.dense(x.data(), batch, in, p.get("fc", "weight"), p.get("fc", "bias"), units), y.data(),
                TOLERANCE);
    }

    @Test
    void denseOnSequenceAppliesToLastDimensionWithoutBias() {
        Network net = Network.builder("d").input("x", 4, 6).add("fc", new Dense(5, false)).build();
        NetworkParameters p = randomParameters(net, 3, 1f);
        Tensor x = randomTensor(4, 2, TensorShape.of(4, 6), -1, 1);
        Tensor y = new Fp32Executor(net, p, 1).run(x);
        assertEquals(TensorShape.of(4, 5), y.shape());
        assertClose(NaiveFp32.dense(x.data(), 8, 6, p.get("fc", "weight"), null, 5), y.data(), TOLERANCE);
    }

    @ParameterizedTest(name = "C={0} H={1} W={2} M={3} k={4}x{5} s={6}x{7} p={8}x{9} G={10} bias={11}")
    @CsvSource({
        "3, 7, 6, 4, 3, 3, 1, 1, 0, 0, 1, true",
        "3, 9, 9, 5, 3, 3, 2, 2, 1, 1, 1, true",
        "4, 8, 7, 6, 3, 2, 1, 2, 1, 0, 2, false",
        "6, 8, 8, 6, 3, 3, 1, 1, 1, 1, 6, true",
        "2, 20, 19, 3, 5, 5, 1, 1, 2, 2, 1, true",
        "8, 5, 5, 16, 1, 1, 1, 1, 0, 0, 4, true",
    })
    void convMatchesNaiveLoops(int c, int h, int w, int m, int kh, int kw, int sh, int sw, int ph, int pw, int groups,
            boolean bias) {
        Network net = Network.builder("c").input("x", c, h, w)
                .add("conv", new Conv2D(m, kh, kw, sh, sw, ph, pw, groups, bias)).build();
        NetworkParameters p = randomParameters(net, 5, 1f);
        Tensor x = randomTensor(6, 2, TensorShape.of(c, h, w), -1, 1);
        Tensor y = new Fp32Executor(net, p, 2).run(x);
        double[] expected = NaiveFp32.conv(x.data(), 2, c, h, w, p.get("conv", "weight"),
                bias ? p.get("conv", "bias") : null, m, kh, kw, sh, sw, ph, pw, groups);
        assertClose(expected, y.data(), TOLERANCE);
    }

    @ParameterizedTest(name = "{0} k={1} s={2} p={3}")
    @CsvSource({"MAX, 2, 2, 0", "MAX, 3, 2, 1", "AVG, 2, 2, 0", "AVG, 3, 2, 1", "AVG, 3, 1, 1"})
    void poolMatchesNaiveLoops(PoolMode mode, int kernel, int stride, int pad) {
        Network net = Network.builder("p").input("x", 3, 7, 8)
                .add("pool", new Pool2D(mode, kernel, kernel, stride, stride, pad, pad)).build();
        Tensor x = randomTensor(7, 2, TensorShape.of(3, 7, 8), -2, 1);
        Tensor y = new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1).run(x);
        assertClose(NaiveFp32.pool(x.data(), 2, 3, 7, 8, kernel, kernel, stride, stride, pad, pad,
                mode == PoolMode.MAX), y.data(), TOLERANCE);
    }

    @Test
    void activationsMatchHandComputedValues() {
        float[] in = {-2f, -0.5f, 0f, 0.5f, 3f};
        assertArrayEquals(new float[] {0, 0, 0, 0.5f, 3}, activate(Activation.relu(), in), 0f);
        float[] sig = activate(Activation.sigmoid(), in);
        float[] tanh = activate(Activation.tanh(), in);
        for (int i = 0; i < in.length; i++) {
            assertEquals(1 / (1 + Math.exp(-in[i])), sig[i], 1e-7);
            assertEquals(Math.tanh(in[i]), tanh[i], 1e-7);
        }
    }

    @Test
    void softmaxNormalizesEachRowOfTheLastDimension() {
        Network net = Network.builder("s").input("x", 2, 3).add("sm", Activation.softmax()).build();
        float[] in = {1, 2, 3, 1000, 1000, 1000};
        Tensor y = new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1)
                .run(Tensor.of(TensorShape.of(2, 3), in));
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertClose(new double[] {Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z, 1 / 3.0, 1 / 3.0, 1 / 3.0},
                y.data(), 1e-6);
    }

    @Test
    void addAndFlattenMatchHandComputedValues() {
        Network net = Network.builder("a").input("x", 2, 1, 2)
                .add("relu", Activation.relu())
                .add("sum", new Add(), "x", "relu")
                .add("flat", new Flatten())
                .build();
        Tensor y = new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1)
                .run(Tensor.of(TensorShape.of(2, 1, 2), -1, 2, 3, -4));
        assertEquals(TensorShape.of(4), y.shape());
        assertArrayEquals(new float[] {-1, 4, 6, -4}, y.data());
    }

    @Test
    void embeddingLooksUpRowsAndRejectsBadTokenIds() {
        Network net = Network.builder("e").input("tokens", 3).add("emb", new Embedding(4, 2)).build();
        float[] table = {0, 1, 10, 11, 20, 21, 30, 31};
        NetworkParameters p = NetworkParameters.of(net, Map.of("emb", List.of(table)));
        Fp32Executor exec = new Fp32Executor(net, p, 1);
        Tensor y = exec.run(new Tensor(2, TensorShape.of(3), new float[] {3, 0, 1, 2, 2, 0}));
        assertArrayEquals(new float[] {30, 31, 0, 1, 10, 11, 20, 21, 20, 21, 0, 1}, y.data());
        InvalidInputException outOfRange = assertThrows(InvalidInputException.class,
                () -> exec.run(Tensor.of(TensorShape.of(3), 0, 4, 1)));
        assertEquals("network 'e': layer 'emb': example 0 position 1: token id 4.0 is not an integer in [0, 4)",
                outOfRange.getMessage());
        assertThrows(InvalidInputException.class, () -> exec.run(Tensor.of(TensorShape.of(3), 0, 1.5f, 1)));
    }

    @ParameterizedTest(name = "returnSequences={0}")
    @CsvSource({"true", "false"})
    void lstmMatchesNaiveLoops(boolean sequences) {
        Network net = Network.builder("l").input("x", 5, 3).add("lstm", new Lstm(4, sequences)).build();
        NetworkParameters p = randomParameters(net, 8, 0.7f);
        Tensor x = randomTensor(9, 3, TensorShape.of(5, 3), -1, 1);
        Tensor y = new Fp32Executor(net, p, 2).run(x);
        assertClose(NaiveFp32.lstm(x.data(), 3, 5, 3, 4, p.get("lstm", "kernel"), p.get("lstm", "recurrent"),
                p.get("lstm", "bias"), sequences), y.data(), TOLERANCE);
    }

    @ParameterizedTest(name = "returnSequences={0}")
    @CsvSource({"true", "false"})
    void gruMatchesNaiveLoops(boolean sequences) {
        Network net = Network.builder("g").input("x", 6, 4).add("gru", new Gru(5, sequences)).build();
        NetworkParameters p = randomParameters(net, 10, 0.7f);
        Tensor x = randomTensor(11, 2, TensorShape.of(6, 4), -1, 1);
        Tensor y = new Fp32Executor(net, p, 2).run(x);
        assertClose(NaiveFp32.gru(x.data(), 2, 6, 4, 5, p.get("gru", "kernel"), p.get("gru", "recurrent"),
                p.get("gru", "bias"), p.get("gru", "recurrentBias"), sequences), y.data(), TOLERANCE);
    }

    @Test
    void resultsAreIdenticalForAnyThreadCount() {
        Network net = Network.builder("cnn").input("x", 3, 24, 24)
                .add("c1", Conv2D.of(16, 3).same()).add("r1", Activation.relu())
                .add("p1", Pool2D.max(2, 2))
                .add("c2", Conv2D.of(24, 3).same().groups(2)).add("r2", Activation.relu())
                .add("flat", new Flatten()).add("fc", Dense.of(300)).add("out", Dense.of(10))
                .build();
        NetworkParameters p = NetworkParameters.initialize(net, 12);
        Tensor x = randomTensor(13, 5, TensorShape.of(3, 24, 24), 0, 1);
        Map<String, Tensor> one = new Fp32Executor(net, p, 1).runAll(Map.of("x", x));
        Map<String, Tensor> many = new Fp32Executor(net, p, 4).runAll(Map.of("x", x));
        assertEquals(one, many);
    }

    @Test
    void runReturnsOutputsAndRunAllReturnsEveryNode() {
        Network net = Network.builder("two").input("x", 4)
                .add("a", Dense.of(3)).add("b", Dense.of(2), "x").build();
        Fp32Executor exec = new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1);
        Map<String, Tensor> in = Map.of("x", randomTensor(1, 2, TensorShape.of(4), 0, 1));
        assertEquals(List.of("a", "b"), List.copyOf(exec.run(in).keySet()));
        assertEquals(List.of("x", "a", "b"), List.copyOf(exec.runAll(in).keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> exec.run(in.get("x")));
        assertTrue(e.getMessage().contains("2 outputs"), e.getMessage());
    }

    @Test
    void rejectsInputsThatDoNotMatchTheNetwork() {
        Network net = Network.builder("n").input("x", 4).add("a", Dense.of(3)).build();
        Fp32Executor exec = new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1);
        InvalidInputException shape = assertThrows(InvalidInputException.class,
                () -> exec.run(Tensor.zeros(1, TensorShape.of(5))));
        assertEquals("network 'n': input 'x': expected shape [4], got [5]", shape.getMessage());
        assertThrows(InvalidInputException.class, () -> exec.run(Map.of("y", Tensor.zeros(1, TensorShape.of(4)))));
        Network other = Network.builder("n").input("x", 4).add("a", Dense.of(2)).build();
        assertThrows(IllegalArgumentException.class,
                () -> new Fp32Executor(other, NetworkParameters.initialize(net, 1), 1));
    }

    private static float[] activate(Activation activation, float[] in) {
        Network net = Network.builder("act").input("x", in.length).add("f", activation).build();
        return new Fp32Executor(net, NetworkParameters.initialize(net, 1), 1)
                .run(Tensor.of(TensorShape.of(in.length), in)).data();
    }
}
