// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sinapsis.compilers.tpu.TpuCompilation;
import org.sinapsis.compilers.tpu.TpuCompiler;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;

/**
 * The TPU target end to end: compiled programs run on the machine in int8 must give the int8
 * reference executor's codes bit for bit, on every zoo network (small ones by default, all with
 * {@code -Pslow}) and on networks built to reach every lowering path.
 */
class TpuTargetTest {
    private static final TpuSpec TPU = (TpuSpec) ArchSpecs.presets().get("tpu-v1");

    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "fashion-mlp", "fashion-cnn", "lenet5", "imdb-lstm"})
    void smallZooNetworksAreBitExact(String name) {
        assertExact(Zoo.find(name).orElseThrow().network(), 2);
    }

    @Tag("slow")
    @ParameterizedTest
    @CsvSource({"alexnet, 1", "resnet50, 1", "mlp0, 4", "mlp1, 4", "lstm0, 2", "lstm1, 2", "cnn0, 1", "cnn1, 1"})
    void largeZooNetworksAreBitExact(String name, int batch) {
        assertExact(Zoo.find(name).orElseThrow().network(), batch);
    }

    @Test
    void everyLoweringPathIsBitExact() {
        Network residual = Network.builder("residual").input("x", 5, 9, 9)
                .add("c1", Conv2D.of(300, 3).same()).add("r1", Activation.relu())
                .add("c2", Conv2D.of(300, 1)).add("sum", new Add(), "c2", "r1").add("r2", Activation.relu())
                .add("dw", Conv2D.of(300, 3).stride(2).pad(1).groups(300)).add("t", Activation.tanh())
                .add("grouped", Conv2D.of(60, 3, 1).groups(3)).add("s", Activation.sigmoid())
                .add("avg", new Pool2D(PoolMode.AVG, 3, 3, 2, 2, 1, 1))
                .add("max", Pool2D.max(2, 1)).add("flat", new Flatten()).add("fc", Dense.of(7))
                .add("softmax", Activation.softmax()).build();
        assertExact(residual, 3);
        Network recurrent = Network.builder("recurrent").input("x", 6, 40)
                .add("proj", Dense.of(300)).add("gru", new Gru(20, true)).add("lstm", new Lstm(270, true))
                .add("step", Dense.of(9)).add("last", new Gru(33, false)).add("out", Dense.of(4)).build();
        assertExact(recurrent, 3);
    }

    @Test
    void aBatchTooLargeForTheUnifiedBufferRunsInPassesAndStaysExact() {
        TpuSpec small = withUnifiedBufferKiB(512);
        Network net = Zoo.find("fashion-cnn").orElseThrow().network();
        TpuCompilation c = new TpuCompiler(small).compile(net, 5, null);
        assertTrue(c.passes() > 1, "passes: " + c.passes());
        RunResult r = new TpuTarget(small).run(request(net, 5));
        assertEquals("exact", r.referenceMatch());
    }

    @Test
    void aNetworkThatDoesNotFitNamesTheResource() {
        InfeasibleException e = assertThrows(InfeasibleException.class,
                () -> new TpuCompiler(withUnifiedBufferKiB(64)).compile(Zoo.find("alexnet").orElseThrow().network(), 1,
                        null));
        assertEquals("unified buffer", e.resource());
        assertTrue(e.getMessage().startsWith("target 'tpu-v1': unified buffer: one example needs "), e.getMessage());
        InvalidInputException p = assertThrows(InvalidInputException.class, () -> new TpuTarget(TPU).run(new RunRequest(
                workload(Zoo.find("perceptron").orElseThrow().network(), 1), Optional.of(Precision.FP32), 1,
                TraceOpener.NONE)));
        assertTrue(p.getMessage().startsWith("--precision: target 'tpu-v1' runs int8"), p.getMessage());
    }

    @Test
    void accuracyComesFromTheMachinesOutputs() {
        Network net = Zoo.find("fashion-mlp").orElseThrow().network();
        Map<String, Tensor> inputs = SyntheticInputs.generate(net, 5, 9);
        int[] labels = {1, 2, 3, 4, 5};
        LabelledSamples samples = new LabelledSamples("test", inputs, labels);
        Workload w = new Workload(net, 2, "seed 1", () -> NetworkParameters.initialize(net, 1),
                () -> SyntheticInputs.generate(net, 2, 1), () -> Optional.of(samples),
                () -> SyntheticInputs.generate(net, 2, 2));
        RunResult r = new TpuTarget(TPU).run(new RunRequest(w, Optional.empty(), 1, TraceOpener.NONE));
        double expected = samples.top1Accuracy(new Int8Executor(w.quantized(), 1).run(inputs).output());
        assertNotNull(r.accuracy());
        assertEquals(expected, r.accuracy());
        assertEquals(5, r.samples());
    }

    private static void assertExact(Network net, int batch) {
        RunResult r = new TpuTarget(TPU).run(request(net, batch));
        assertEquals("exact", r.referenceMatch(), net.name());
        assertTrue(r.cycles() > 0);
    }

    private static RunRequest request(Network net, int batch) {
        return new RunRequest(workload(net, batch), Optional.empty(), 1, TraceOpener.NONE);
    }

    private static Workload workload(Network net, int batch) {
        return new Workload(net, batch, "seed 1", () -> NetworkParameters.initialize(net, 1),
                () -> SyntheticInputs.generate(net, batch, 1), Optional::empty, () -> SyntheticInputs.generate(net, 2, 2));
    }

    private static TpuSpec withUnifiedBufferKiB(int kib) {
        return new TpuSpec("tpu-v1", TPU.description(), TPU.clockHz(), TPU.mxuRows(), TPU.mxuCols(), kib,
                TPU.accumulatorRows(), TPU.weightFifoTiles(), TPU.weightMemoryGiB(), TPU.weightMemoryBytesPerSecond(),
                TPU.hostBytesPerSecond(), TPU.weightShiftCycles(), TPU.matrixLatencyCycles(), TPU.ubRowsPerCycle(),
                TPU.activationRowsPerCycle(), TPU.activationLatencyCycles(), TPU.issueCyclesPerInstruction(),
                TPU.energyTable());
    }
}
