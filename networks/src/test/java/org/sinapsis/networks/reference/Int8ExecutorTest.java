// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sinapsis.networks.reference.ReferenceTesting.randomParameters;
import static org.sinapsis.networks.reference.ReferenceTesting.randomTensor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * The int8 executor against the specification (plain loops over the public records, bit for bit)
 * and against the fp32 executor (within stated tolerances).
 */
class Int8ExecutorTest {

    @ParameterizedTest(name = "C={0} {1}x{2} M={3} k={4} s={5} p={6} G={7}")
    @CsvSource({
        "3, 9, 9, 8, 3, 1, 1, 1",
        "3, 20, 17, 5, 3, 1, 1, 1",
        "40, 6, 7, 70, 3, 1, 1, 1",
        "5, 11, 10, 300, 1, 1, 0, 1",
        "4, 13, 12, 6, 3, 2, 1, 2",
        "8, 12, 12, 8, 3, 1, 1, 8",
        "6, 20, 20, 12, 5, 2, 2, 3",
        "6, 11, 10, 6, 5, 2, 2, 6",
    })
    void convolutionMatchesTheSpecificationBitForBit(int c, int h, int w, int m, int k, int stride, int pad,
            int groups) {
        Network net = Network.builder("conv").input("x", c, h, w)
                .add("conv", new Conv2D(m, k, k, stride, stride, pad, pad, groups, true))
                .build();
        Tensor x = randomTensor(1, 3, TensorShape.of(c, h, w), -1, 1);
        Map<String, Int8Tensor> codes = runAll(net, randomParameters(net, 2, 0.5f), x, 2);
        QuantizedNetwork q = quantize(net, randomParameters(net, 2, 0.5f), x);
        assertArrayEquals(NaiveInt8.conv(q.layer("conv", QuantizedMatrixLayer.class), codes.get("x").codes(), 3),
                codes.get("conv").codes());
    }

    @ParameterizedTest(name = "F={0} units={1} batch={2}")
    @CsvSource({"3, 5, 1", "259, 300, 70", "64, 513, 4"})
    void denseMatchesTheSpecificationBitForBit(int features, int units, int batch) {
        Network net = Network.builder("fc").input("x", features).add("fc", Dense.of(units)).build();
        NetworkParameters p = randomParameters(net, 3, 0.3f);
        Tensor x = randomTensor(4, batch, TensorShape.of(features), -1, 1);
        Map<String, Int8Tensor> codes = runAll(net, p, x, 3);
        assertArrayEquals(NaiveInt8.dense(quantize(net, p, x).layer("fc", QuantizedMatrixLayer.class),
                codes.get("x").codes()), codes.get("fc").codes());
    }

    @ParameterizedTest(name = "{0} k={1} s={2} p={3}")
    @CsvSource({"MAX, 2, 2, 0", "MAX, 3, 2, 1", "AVG, 2, 2, 0", "AVG, 3, 2, 1", "AVG, 3, 1, 1"})
    void poolingMatchesTheSpecificationBitForBit(PoolMode mode, int kernel, int stride, int pad) {
        Network net = Network.builder("pool").input("x", 3, 9, 8)
                .add("pool", new Pool2D(mode, kernel, kernel, stride, stride, pad, pad)).build();
        Tensor x = randomTensor(5, 2, TensorShape.of(3, 9, 8), -1, 1);
        Map<String, Int8Tensor> codes = runAll(net, NetworkParameters.initialize(net, 1), x, 1);
        QuantizedSameScale pool = quantize(net, NetworkParameters.initialize(net, 1), x)
                .layer("pool", QuantizedSameScale.class);
        assertArrayEquals(NaiveInt8.pool(pool, codes.get("x").codes(), 2), codes.get("pool").codes());
        assertEquals(codes.get("x").scale(), codes.get("pool").scale());
    }

    @ParameterizedTest(name = "lstm={0} returnSequences={1}")
    @CsvSource({"true, true", "true, false", "false, true", "false, false"})
    void recurrentLayersMatchTheSpecificationBitForBit(boolean lstm, boolean sequences) {
        Network net = Network.builder("rnn").input("x", 7, 5)
                .add("rnn", lstm ? new Lstm(6, sequences) : new Gru(6, sequences)).build();
        NetworkParameters p = randomParameters(net, 6, 0.8f);
        Tensor x = randomTensor(7, 3, TensorShape.of(7, 5), -1, 1);
        Map<String, Int8Tensor> codes = runAll(net, p, x, 2);
        QuantizedRecurrentLayer layer = quantize(net, p, x).layer("rnn", QuantizedRecurrentLayer.class);
        assertArrayEquals(NaiveInt8.recurrent(layer, codes.get("x").codes(), 3), codes.get("rnn").codes());
    }

    @Test
    void elementwiseNodesFollowTheirRecords() {
        Network net = Network.builder("ew").input("x", 2, 3, 3)
                .add("relu", Activation.relu())
                .add("sum", new Add(), "x", "relu")
                .add("flat", new Flatten())
                .add("sig", Activation.sigmoid())
                .add("tanh", Activation.tanh(), "flat")
                .build();
        Tensor x = randomTensor(8, 4, TensorShape.of(2, 3, 3), -1, 1);
        QuantizedNetwork q = quantize(net, NetworkParameters.initialize(net, 1), x);
        Map<String, Int8Tensor> codes = new Int8Executor(q, 1).runAll(Map.of("x", x));
        byte[] in = codes.get("x").codes();
        QuantizedAdd add = q.layer("sum", QuantizedAdd.class);
        byte[] sig = q.layer("sig", QuantizedTableActivation.class).table();
        byte[] tanh = q.layer("tanh", QuantizedTableActivation.class).table();
        for (int i = 0; i < in.length; i++) {
            int relu = Math.max(0, in[i]);
            assertEquals(relu, codes.get("relu").codes()[i]);
            int sum = Int8Arithmetic.add(in[i], relu, add.multiplier());
            assertEquals(sum, codes.get("sum").codes()[i]);
            assertEquals(sum, codes.get("flat").codes()[i]);
            assertEquals(sig[sum + 128], codes.get("sig").codes()[i]);
            assertEquals(tanh[sum + 128], codes.get("tanh").codes()[i]);
        }
        assertEquals(Int8Arithmetic.UNIT_SCALE, codes.get("sig").scale());
    }

    @Test
    void mlpAgreesWithFp32() {
        Network net = Network.builder("mlp").input("x", 64)
                .add("fc1", Dense.of(128)).add("r1", Activation.relu())
                .add("fc2", Dense.of(64)).add("r2", Activation.relu())
                .add("fc3", Dense.of(10))
                .build();
        Agreement a = compare(net, NetworkParameters.initialize(net, 11), TensorShape.of(64), 12);
        assertTrue(a.argmax >= 0.95, "argmax agreement " + a.argmax);
        assertTrue(a.relativeError <= 0.04, "relative error " + a.relativeError);
    }

    @Test
    void residualCnnAgreesWithFp32() {
        Network net = Network.builder("cnn").input("x", 3, 16, 16)
                .add("c1", Conv2D.of(16, 3).same()).add("r1", Activation.relu())
                .add("c2", Conv2D.of(16, 3).same()).add("r2", Activation.relu())
                .add("c3", Conv2D.of(16, 3).same())
                .add("res", new Add(), "r1", "c3").add("r3", Activation.relu())
                .add("pool", Pool2D.max(2, 2))
                .add("dw", Conv2D.of(16, 3).same().groups(16)).add("r4", Activation.relu())
                .add("avg", Pool2D.avg(2, 2))
                .add("flat", new Flatten()).add("fc", Dense.of(10))
                .build();
        Agreement a = compare(net, NetworkParameters.initialize(net, 13), TensorShape.of(3, 16, 16), 14);
        assertTrue(a.argmax >= 0.95, "argmax agreement " + a.argmax);
        assertTrue(a.relativeError <= 0.04, "relative error " + a.relativeError);
    }

    @ParameterizedTest(name = "lstm={0}")
    @CsvSource({"true", "false"})
    void recurrentNetAgreesWithFp32(boolean lstm) {
        Network net = Network.builder("seq").input("tokens", 12)
                .add("emb", new Embedding(50, 16))
                .add("rnn1", lstm ? new Lstm(32, true) : new Gru(32, true))
                .add("rnn2", lstm ? new Lstm(32, false) : new Gru(32, false))
                .add("fc", Dense.of(10))
                .build();
        NetworkParameters p = randomParameters(net, 15, 0.4f);
        Tensor tokens = tokens(16, 200, 12, 50);
        QuantizedNetwork q = Quantizer.quantize(net, p, tokens.examples(0, 100), QuantizationConfig.defaults());
        Agreement a = agreement(new Fp32Executor(net, p, 2).run(tokens), new Int8Executor(q, 2).run(tokens).output());
        assertTrue(a.argmax >= 0.95, "argmax agreement " + a.argmax);
        assertTrue(a.relativeError <= 0.04, "relative error " + a.relativeError);
    }

    @Test
    void codesAreIdenticalForAnyThreadCountAndRepeatedQuantization() {
        Network net = Network.builder("cnn").input("x", 8, 20, 20)
                .add("c1", Conv2D.of(80, 3).same()).add("r1", Activation.relu())
                .add("c2", Conv2D.of(8, 3).same().groups(2))
                .add("flat", new Flatten()).add("fc", Dense.of(300)).add("out", Dense.of(10))
                .build();
        NetworkParameters p = NetworkParameters.initialize(net, 17);
        Tensor x = randomTensor(18, 6, TensorShape.of(8, 20, 20), 0, 1);
        Map<String, Int8Tensor> one = new Int8Executor(quantize(net, p, x), 1).runAll(Map.of("x", x));
        Map<String, Int8Tensor> many = new Int8Executor(quantize(net, p, x), 4).runAll(Map.of("x", x));
        assertEquals(one, many);
    }

    @Test
    void eachExampleGetsTheSameValuesWhateverTheBatch() {
        Network net = Network.builder("mix").input("x", 6, 5)
                .add("lstm", new Lstm(8, true)).add("fc", Dense.of(70)).add("relu", Activation.relu())
                .add("gru", new Gru(4, false))
                .build();
        NetworkParameters p = randomParameters(net, 28, 0.5f);
        Tensor x = randomTensor(29, 5, TensorShape.of(6, 5), -1, 1);
        QuantizedNetwork q = quantize(net, p, x);
        Int8Executor int8 = new Int8Executor(q, 2);
        Fp32Executor fp32 = new Fp32Executor(net, p, 2);
        Int8Tensor all = int8.run(x).int8Output();
        Tensor allFp32 = fp32.run(x);
        for (int n = 0; n < x.batch(); n++) {
            byte[] one = int8.run(x.example(n)).int8Output().codes();
            assertArrayEquals(Arrays.copyOfRange(all.codes(), 4 * n, 4 * n + 4), one);
            assertEquals(allFp32.example(n), fp32.run(x.example(n)));
        }
    }

    @Test
    void softmaxRunsOnTheHostAndReportsProbabilities() {
        Network net = Network.builder("cls").input("x", 6).add("fc", Dense.of(4)).add("sm", Activation.softmax())
                .build();
        NetworkParameters p = randomParameters(net, 19, 1f);
        Tensor x = randomTensor(20, 5, TensorShape.of(6), -1, 1);
        Int8Result result = new Int8Executor(quantize(net, p, x), 1).run(x);
        float[] probabilities = result.output().data();
        byte[] codes = result.int8Output().codes();
        for (int row = 0; row < 5; row++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                sum += probabilities[row * 4 + j];
                assertEquals(Math.round(127 * probabilities[row * 4 + j]), codes[row * 4 + j], 1);
            }
            assertEquals(1, sum, 1e-6);
        }
        float[] fp32 = new Fp32Executor(net, p, 1).run(x).data();
        for (int i = 0; i < fp32.length; i++) {
            assertEquals(fp32[i], probabilities[i], 0.03);
        }
    }

    @Test
    void calibrationMeasuresTheReluOutputAndHonoursThePercentile() {
        Network net = Network.builder("c").input("x", 16).add("fc", Dense.of(32)).add("relu", Activation.relu())
                .add("out", Dense.of(4)).build();
        NetworkParameters p = NetworkParameters.initialize(net, 21);
        Tensor x = randomTensor(22, 64, TensorShape.of(16), -1, 1);
        Map<String, Tensor> fp32 = new Fp32Executor(net, p, 1).runAll(Map.of("x", x));
        QuantizedNetwork absMax = Quantizer.quantize(net, p, x, QuantizationConfig.absMax(true));
        assertEquals(max(fp32.get("relu").data()) / 127.0, absMax.outputScale("fc"), 1e-12);
        assertEquals(absMax.outputScale("fc"), absMax.outputScale("relu"));
        assertEquals(max(fp32.get("x").data()) / 127.0, absMax.outputScale("x"), 1e-12);
        QuantizedNetwork clipped = Quantizer.quantize(net, p, x, QuantizationConfig.percentile(true, 90));
        assertTrue(clipped.outputScale("out") < absMax.outputScale("out"));
        QuantizedMatrixLayer perTensor = Quantizer.quantize(net, p, x, QuantizationConfig.absMax(false))
                .layer("fc", QuantizedMatrixLayer.class);
        double[] scales = perTensor.weightScales();
        assertEquals(scales[0], scales[31]);
        double[] perChannel = absMax.layer("fc", QuantizedMatrixLayer.class).weightScales();
        assertNotEquals(perChannel[0], perChannel[31]);
    }

    @Test
    void anOutputScaleFinerThanTheAccumulatorStepIsFlooredSoEveryMultiplierIsAtMostOne() {
        Network net = Network.builder("cancelling").input("x", 8)
                .add("cancel", Dense.of(1))
                .add("a", Dense.of(8), "x").add("b", Dense.of(8), "x").add("sum", new Add(), "a", "b")
                .build();
        NetworkParameters p = NetworkParameters.initialize(net, 31);
        float[] w = p.view("cancel", "weight");
        Arrays.fill(w, 1e-7f);
        w[0] = 1;
        w[1] = -1;
        p.view("cancel", "bias")[0] = 0;
        for (String t : List.of("weight", "bias")) {
            float[] a = p.view("a", t);
            float[] b = p.view("b", t);
            for (int j = 0; j < a.length; j++) {
                b[j] = -a[j] * 0.999f;
            }
        }
        Tensor x = randomTensor(32, 16, TensorShape.of(8), -1, 1);
        for (int n = 0; n < 16; n++) {
            x.data()[n * 8 + 1] = x.data()[n * 8];
        }
        QuantizedNetwork q = Quantizer.quantize(net, p, x, QuantizationConfig.defaults());
        QuantizedMatrixLayer cancel = q.layer("cancel", QuantizedMatrixLayer.class);
        double step = cancel.inputScale() * cancel.weightScales()[0];
        assertEquals(step, cancel.outputScale(), 1e-12 * step,
                "x0 - x1 cancels: the calibrated range is below one accumulator step, so the floor sets the scale");
        assertEquals(1.0, cancel.multipliers()[0].value(), 1e-9);
        assertEquals(Math.min(q.outputScale("a"), q.outputScale("b")), q.outputScale("sum"), 0,
                "a + b nearly cancels; its scale is floored at the finer input's");
        byte[] cancelled = new Int8Executor(q, 1).run(Map.of("x", x)).int8Output("cancel").codes();
        assertArrayEquals(new byte[16], cancelled, "the residue is below one code");
    }

    @Test
    void tokenInputsPassUnquantizedAndBadIdsAreRejected() {
        Network net = Network.builder("emb").input("tokens", 4).add("emb", new Embedding(10, 3)).build();
        NetworkParameters p = NetworkParameters.initialize(net, 23);
        Tensor tokens = Tensor.of(TensorShape.of(4), 9, 0, 3, 3);
        QuantizedNetwork q = Quantizer.quantize(net, p, tokens, QuantizationConfig.defaults());
        assertTrue(q.layer("tokens", QuantizedInput.class).tokenIds());
        Int8Tensor out = new Int8Executor(q, 1).run(tokens).int8Output();
        byte[] table = q.layer("emb", QuantizedEmbedding.class).table();
        assertEquals(table[27], out.codes()[0]);
        assertEquals(table[9], out.codes()[6]);
        Int8Executor exec = new Int8Executor(q, 1);
        assertThrows(InvalidInputException.class, () -> exec.run(Tensor.of(TensorShape.of(4), 0, 10, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> q.quantizeInput("tokens", tokens));
    }

    @Test
    void quantizerRejectsWhatInt8CannotRun() {
        Network net = Network.builder("bad").input("x", 4).add("fc", Dense.of(4)).add("emb", new Embedding(10, 3))
                .build();
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        Tensor x = Tensor.zeros(1, TensorShape.of(4));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Quantizer.quantize(net, p, x, QuantizationConfig.defaults()));
        assertEquals("network 'bad': layer 'emb': int8 needs an Embedding to read token ids straight from a network"
                + " input", e.getMessage());
    }

    @Test
    void multiInputNetworksReturnEveryOutput() {
        Network net = Network.builder("two").input("a", 8).input("b", 8)
                .add("fa", Dense.of(8), "a").add("fb", Dense.of(8), "b")
                .add("sum", new Add(), "fa", "fb").add("side", Dense.of(2), "fa")
                .build();
        NetworkParameters p = NetworkParameters.initialize(net, 24);
        Map<String, Tensor> in = Map.of("a", randomTensor(25, 4, TensorShape.of(8), 0, 1),
                "b", randomTensor(26, 4, TensorShape.of(8), 0, 1));
        QuantizedNetwork q = Quantizer.quantize(net, p, in, QuantizationConfig.defaults());
        Int8Executor exec = new Int8Executor(q, 2);
        Int8Result result = exec.run(in);
        assertEquals(List.of("sum", "side"), List.copyOf(result.outputs().keySet()));
        assertEquals(result.int8Output("sum").dequantize(), result.output("sum"));
        assertEquals(exec.runAll(in).get("side"), result.int8Output("side"));
        assertThrows(IllegalStateException.class, result::output);
        assertThrows(IllegalArgumentException.class, () -> exec.run(in.get("a")));
        assertThrows(InvalidInputException.class, () -> exec.run(Map.of("a", in.get("a"))));
    }

    @Test
    void quantizedNetworkHandsOutTypedCopies() {
        Network net = Network.builder("q").input("x", 4).add("fc", Dense.of(3)).build();
        QuantizedNetwork q = quantize(net, NetworkParameters.initialize(net, 27), Tensor.zeros(1, TensorShape.of(4)));
        QuantizedMatrixLayer fc = q.layer("fc", QuantizedMatrixLayer.class);
        byte[] weights = fc.weights();
        weights[0]++;
        assertNotEquals(weights[0], fc.weights()[0]);
        assertEquals(4, fc.depth());
        assertEquals(3, fc.channels());
        assertEquals(1.0, q.outputScale("x"));
        assertThrows(IllegalArgumentException.class, () -> q.layer("fc", QuantizedAdd.class));
        assertThrows(IllegalArgumentException.class, () -> q.layer("nope"));
        assertEquals(List.of("x", "fc"), q.layers().stream().map(QuantizedLayer::name).toList());
    }

    private static QuantizedNetwork quantize(Network net, NetworkParameters p, Tensor calibration) {
        return Quantizer.quantize(net, p, calibration, QuantizationConfig.defaults());
    }

    private static Map<String, Int8Tensor> runAll(Network net, NetworkParameters p, Tensor x, int threads) {
        return new Int8Executor(quantize(net, p, x), threads).runAll(Map.of(net.inputs().get(0).name(), x));
    }

    private static Tensor tokens(long seed, int batch, int length, int vocabulary) {
        Random random = new Random(seed);
        float[] ids = new float[batch * length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(vocabulary);
        }
        return new Tensor(batch, TensorShape.of(length), ids);
    }

    /** Calibrates on 100 random examples and compares on 200 others. */
    private static Agreement compare(Network net, NetworkParameters p, TensorShape shape, long seed) {
        Tensor calibration = randomTensor(seed, 100, shape, 0, 1);
        Tensor test = randomTensor(seed + 1, 200, shape, 0, 1);
        QuantizedNetwork q = Quantizer.quantize(net, p, List.of(calibration), QuantizationConfig.defaults());
        return agreement(new Fp32Executor(net, p, 2).run(test), new Int8Executor(q, 2).run(test).output());
    }

    private static Agreement agreement(Tensor fp32, Tensor int8) {
        int width = fp32.exampleSize();
        int same = 0;
        double error = 0;
        double norm = 0;
        for (int n = 0; n < fp32.batch(); n++) {
            int a = 0;
            int b = 0;
            for (int j = 0; j < width; j++) {
                float e = fp32.data()[n * width + j];
                float v = int8.data()[n * width + j];
                a = e > fp32.data()[n * width + a] ? j : a;
                b = v > int8.data()[n * width + b] ? j : b;
                error += (e - v) * (double) (e - v);
                norm += e * (double) e;
            }
            same += a == b ? 1 : 0;
        }
        return new Agreement(same / (double) fp32.batch(), Math.sqrt(error / norm));
    }

    private static float max(float[] values) {
        float m = 0;
        for (float v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private record Agreement(double argmax, double relativeError) {
    }
}
