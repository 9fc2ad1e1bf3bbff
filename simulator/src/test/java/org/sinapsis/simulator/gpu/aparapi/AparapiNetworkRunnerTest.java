// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.SyntheticInputs;
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
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;

/**
 * The kernels against the fp32 reference executor (the oracle): every output within a normwise
 * relative error of 1e-4, on the small zoo networks and on networks built to reach every kernel
 * path (grouped, strided and padded convolutions, both poolings with padding, unfused ReLU,
 * residual sums, GRU and LSTM with and without sequences, softmax over sequences, sizes that are
 * not multiples of the tiles).
 */
class AparapiNetworkRunnerTest {
    private static final double TOLERANCE = 1e-4;

    /** Runs {@code net} on the device and on the reference; returns the worst normwise relative error. */
    static double worstError(Network net, int batch, ExecutionDevice device) {
        NetworkParameters p = NetworkParameters.initialize(net, 7);
        Map<String, Tensor> in = SyntheticInputs.generate(net, batch, 11);
        Map<String, Tensor> ref = new Fp32Executor(net, p, 1).run(in);
        try (AparapiNetworkRunner r = AparapiNetworkRunner.compile(net, p, batch, device, "gpu")) {
            r.stage(in);
            r.run();
            Map<String, Tensor> out = r.outputs();
            assertEquals(ref.keySet(), out.keySet());
            double worst = 0;
            for (String node : ref.keySet()) {
                worst = Math.max(worst, error(out.get(node), ref.get(node)));
            }
            return worst;
        }
    }

    static double error(Tensor got, Tensor expected) {
        assertEquals(expected.shape(), got.shape());
        assertEquals(expected.batch(), got.batch());
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < got.data().length; i++) {
            diff = Math.max(diff, Math.abs((double) got.data()[i] - expected.data()[i]));
            scale = Math.max(scale, Math.abs(expected.data()[i]));
        }
        return diff / scale;
    }

    /** Every kernel path in a few small networks. */
    static List<Network> coverage() {
        Network conv = Network.builder("conv-paths").input("x", 6, 13, 11)
                .add("grouped", new Conv2D(10, 3, 3, 2, 1, 1, 1, 2, true))
                .add("relu1", Activation.relu())
                .add("pool", new Pool2D(PoolMode.AVG, 3, 2, 2, 1, 1, 1))
                .add("plain", Conv2D.of(70, 1).noBias())
                .add("tanh", Activation.tanh())
                .add("maxpool", new Pool2D(PoolMode.MAX, 2, 3, 1, 2, 1, 1))
                .add("wide", new Conv2D(5, 5, 3, 1, 1, 2, 1, 1, true))
                .add("flat", new Flatten())
                .add("fc", Dense.of(33))
                .add("sigmoid", Activation.sigmoid())
                .build();
        Network.Builder res = Network.builder("residual").input("x", 37);
        res.add("a", Dense.of(37)).add("ra", Activation.relu());
        res.add("b", new Dense(37, false), "ra").add("sum", new Add(), "ra", "b").add("rs", Activation.relu())
                .add("twice", new Add(), "rs", "rs").add("out", Dense.of(9)).add("softmax", Activation.softmax());
        Network seq = Network.builder("sequences").input("tokens", 7)
                .add("emb", new Embedding(50, 12))
                .add("gru", new Gru(19, true))
                .add("lstm", new Lstm(23, true))
                .add("proj", Dense.of(6))
                .add("softmax", Activation.softmax())
                .add("gru2", new Gru(5, false))
                .build();
        Network last = Network.builder("lstm-last").input("x", 4, 70).add("lstm", new Lstm(65, false))
                .add("fc", Dense.of(3)).build();
        return List.of(conv, res.build(), seq, last);
    }

    @Test
    @Tag("gpu")
    void smallZooNetworksMatchTheReference() {
        ExecutionDevice device = OpenClDevices.required();
        for (String name : List.of("perceptron", "fashion-mlp", "fashion-cnn", "lenet5", "imdb-lstm")) {
            double e = worstError(Zoo.find(name).orElseThrow().network(), 3, device);
            assertTrue(e <= TOLERANCE, name + ": relative error " + e);
        }
    }

    @Test
    @Tag("gpu")
    void everyKernelPathMatchesTheReference() {
        ExecutionDevice device = OpenClDevices.required();
        for (Network net : coverage()) {
            double e = worstError(net, 5, device);
            assertTrue(e <= TOLERANCE, net.name() + ": relative error " + e);
        }
    }

    @Test
    @Tag("gpu")
    void batchesAreBitForBitRepeatableAndInputsCanChange() {
        ExecutionDevice device = OpenClDevices.required();
        Network net = Zoo.find("lenet5").orElseThrow().network();
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        try (AparapiNetworkRunner r = AparapiNetworkRunner.compile(net, p, 2, device, "gpu")) {
            r.stage(SyntheticInputs.generate(net, 2, 1));
            r.run();
            float[] first = r.outputSnapshot();
            r.run();
            assertTrue(r.outputsEqual(first));
            r.stage(SyntheticInputs.generate(net, 2, 2));
            r.run();
            assertTrue(!r.outputsEqual(first), "new inputs reach the device");
            Map<String, Tensor> ref = new Fp32Executor(net, p).run(SyntheticInputs.generate(net, 2, 2));
            assertTrue(error(r.outputs().get("softmax"), ref.get("softmax")) <= TOLERANCE);
        }
    }

    @Test
    void theJavaThreadPoolRunsTheSameKernels() {
        Network net = coverage().get(1);
        assertTrue(worstError(net, 2, ExecutionDevices.javaThreadPool()) <= TOLERANCE);
    }

    @Test
    @Tag("gpu")
    void aLaunchThatRunsElsewhereIsRefused() {
        ExecutionDevice real = OpenClDevices.required();
        ExecutionDevice expectingJava = new ExecutionDevice(real.device(), "java-thread-pool", "java-thread-pool",
                false, false, "java", Long.MAX_VALUE, Long.MAX_VALUE, 256, 1);
        Network net = Zoo.find("perceptron").orElseThrow().network();
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        try (AparapiNetworkRunner r = AparapiNetworkRunner.compile(net, p, 1, expectingJava, "gpu")) {
            r.stage(SyntheticInputs.generate(net, 1, 1));
            IllegalStateException e = assertThrows(IllegalStateException.class, r::run);
            assertTrue(e.getMessage().startsWith("launch 'copy-in' of node 'input' was to run on java-thread-pool but "
                    + "Aparapi ran it on "), e.getMessage());
            assertTrue(e.getMessage().contains("not accepted as a measurement"), e.getMessage());
        }
    }

    @Test
    void tokenIdsAreCheckedOnTheHost() {
        Network net = Zoo.find("imdb-lstm").orElseThrow().network();
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        Map<String, Tensor> in = new HashMap<>(SyntheticInputs.generate(net, 1, 1));
        float[] ids = in.get("tokens").data().clone();
        ids[3] = 20000;
        in.put("tokens", new Tensor(1, in.get("tokens").shape(), ids));
        try (AparapiNetworkRunner r = AparapiNetworkRunner.compile(net, p, 1, ExecutionDevices.javaThreadPool(),
                "gpu")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.stage(in));
            assertEquals("network 'imdb-lstm': layer 'embedding': example 0 position 3: token id 20000.0 is not an "
                    + "integer in [0, 20000)", e.getMessage());
        }
    }

    @Test
    void aNetworkLargerThanTheDevicesLargestBufferIsInfeasible() {
        ExecutionDevice small = new ExecutionDevice(ExecutionDevices.javaThreadPool().device(), "tiny", "tiny device",
                false, false, "java", 1 << 20, 4 << 20, 256, 1);
        Network mlp0 = Zoo.find("mlp0").orElseThrow().network();
        InfeasibleException e = assertThrows(InfeasibleException.class, () -> AparapiNetworkRunner.compile(mlp0,
                NetworkParameters.initialize(mlp0, 1), 200, small, "gpu"));
        assertEquals("target 'gpu': device buffer: 77 MiB in one buffer (arena 4 MiB, weights 77 MiB at batch 200); "
                + "tiny device allocates at most 1 MiB", e.getMessage());
    }

    @Test
    void inputsOfTheWrongBatchAreRejected() {
        Network net = Zoo.find("perceptron").orElseThrow().network();
        try (AparapiNetworkRunner r = AparapiNetworkRunner.compile(net, NetworkParameters.initialize(net, 1), 2,
                ExecutionDevices.javaThreadPool(), "gpu")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> r.stage(SyntheticInputs.generate(net, 3, 1)));
            assertEquals("network 'perceptron': input 'input': expected a batch of 2 examples of shape [1, 28, 28], "
                    + "got a batch of 3 of shape [1, 28, 28]", e.getMessage());
        }
    }
}
