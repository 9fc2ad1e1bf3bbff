// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.GpuSpec;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.traces.golden.Goldens;

/**
 * The roofline model's equations on hand-computed layers, its ridge point (Jouppi et al. 2017,
 * Figure 7), the upper bound it must be on the K80's measured MLP0 throughput (Table 4), and a
 * golden regression of the TPU-paper workloads on both GPUs.
 */
class GpuRooflineModelTest {
    private static final GpuSpec K80 = (GpuSpec) ArchSpecs.presets().get("gpu-k80");
    private static final GpuSpec P100 = (GpuSpec) ArchSpecs.presets().get("gpu-p100");

    private static Node only(Network net) {
        return net.layers().get(0);
    }

    @Test
    void aDenseLayerAtBatch200IsComputeBound() {
        Network net = Network.builder("fc").input("x", 2000).add("fc", Dense.of(2000)).build();
        LayerRoofline l = new GpuRooflineModel(K80).evaluate(only(net), 200);
        assertEquals(800_000_000L, l.macs());
        assertEquals(320_513, l.computeCycles(), "ceil(800e6 / 2496)");
        assertEquals(4L * (200 * 2000 + 2000 * 2000 + 2000 + 200 * 2000), l.dramBytes(),
                "input, weights with bias and output once each: the input fits in half the 8 MiB");
        assertEquals(67_228, l.memoryCycles(), "ceil(19.208e6 B / (160e9 / 560e6) B per cycle)");
        assertFalse(l.memoryBound());
        assertEquals(0, l.dramStallCycles());
    }

    @Test
    void theSameLayerAtBatch1IsMemoryBound() {
        Network net = Network.builder("fc").input("x", 2000).add("fc", Dense.of(2000)).build();
        LayerRoofline l = new GpuRooflineModel(K80).evaluate(only(net), 1);
        assertEquals(1603, l.computeCycles());
        assertEquals(56_084, l.memoryCycles(), "ceil(4 x (2000 + 4002000 + 2000) B / 285.71 B per cycle)");
        assertTrue(l.memoryBound());
        assertEquals(56_084 - 1603, l.dramStallCycles());
        assertTrue(l.macsPerByte() < K80.ridgeMacsPerByte());
    }

    @Test
    void operandsLargerThanHalfTheChipAreStreamedOncePerChunk() {
        Network net = Network.builder("big").input("x", 512, 32, 32).add("conv", Conv2D.of(512, 3).same()).build();
        LayerRoofline l = new GpuRooflineModel(K80).evaluate(only(net), 1);
        long x = 4L * 512 * 32 * 32;
        long w = 4L * (512 * 512 * 9 + 512);
        assertEquals(x + w + x, l.dramBytes(), "the 2 MiB input fits in half the chip: everything moves once");
        LayerRoofline b4 = new GpuRooflineModel(K80).evaluate(only(net), 4);
        long x4 = 4 * x;
        assertEquals(x4 + 2 * w + x4, b4.dramBytes(), "8 MiB of input and 9 MiB of weights: 2 chunks of the input");
    }

    @Test
    void lstmWeightsAreReadEveryStepWhenTheyDoNotFitOnChip() {
        Network small = Network.builder("s").input("x", 10, 64).add("l", new Lstm(64, false)).build();
        Network big = Network.builder("b").input("x", 10, 1024).add("l", new Lstm(1024, false)).build();
        GpuRooflineModel m = new GpuRooflineModel(K80);
        long smallWeights = 4L * only(small).parameters();
        long bigWeights = 4L * only(big).parameters();
        assertEquals(smallWeights + 4L * (10 * 64 + 64 + 4 * 64 * 10), m.evaluate(only(small), 1).dramBytes());
        assertEquals(10 * bigWeights + 4L * (10 * 1024 + 1024 + 4 * 1024 * 10), m.evaluate(only(big), 1).dramBytes());
    }

    @Test
    void flattenIsFree() {
        Network net = Network.builder("f").input("x", 3, 4, 5).add("flat", new Flatten()).add("fc", Dense.of(2))
                .build();
        LayerRoofline l = new GpuRooflineModel(K80).evaluate(net.layers().get(0), 8);
        assertEquals(0, l.cycles());
    }

    private static double inferencesPerSecond(GpuSpec gpu, String network, int batch) {
        long cycles = new GpuRooflineModel(gpu).evaluate(Zoo.find(network).orElseThrow().network(), batch).stream()
                .mapToLong(LayerRoofline::cycles).sum();
        return batch / (cycles / gpu.clockHz());
    }

    /**
     * A roofline bounds what the hardware attains: the modelled K80 must be faster than the TPU
     * paper's measurements. MLP0: Table 4 (13,461 IPS at batch 16, 36,465 at 64, host time
     * included). CNN1: no K80 figure is tabulated; 4,700 IPS on the TPU (section 8) x 2.7 / 71.0
     * (Table 6, K80 and TPU relative to Haswell) gives 179 IPS.
     */
    @Test
    void k80IsAnUpperBoundOnTheTpuPapersMeasurements() {
        assertTrue(inferencesPerSecond(K80, "mlp0", 16) > 13_461);
        assertTrue(inferencesPerSecond(K80, "mlp0", 64) > 36_465);
        assertTrue(inferencesPerSecond(K80, "cnn1", 32) > 4_700 * 2.7 / 71.0);
    }

    @Test
    void tpuPaperWorkloadsOnBothGpus() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("gpu network batch cycles latency_ms memory_bound_layers macs_per_dram_byte\n");
        for (GpuSpec gpu : List.of(K80, P100)) {
            GpuRooflineModel m = new GpuRooflineModel(gpu);
            for (String name : List.of("mlp0", "mlp1", "lstm0", "lstm1", "cnn0", "cnn1")) {
                var entry = Zoo.find(name).orElseThrow();
                List<LayerRoofline> layers = m.evaluate(entry.network(), entry.defaultBatch());
                long cycles = layers.stream().mapToLong(LayerRoofline::cycles).sum();
                long bound = layers.stream().filter(LayerRoofline::memoryBound).count();
                long macs = layers.stream().mapToLong(LayerRoofline::macs).sum();
                long bytes = layers.stream().mapToLong(LayerRoofline::dramBytes).sum();
                sb.append(String.format(Locale.ROOT, "%s %s %d %d %.4f %d/%d %.2f%n", gpu.name(), name,
                        entry.defaultBatch(), cycles, cycles / gpu.clockHz() * 1e3, bound, layers.size(),
                        (double) macs / bytes));
            }
        }
        Goldens.assertMatches("gpu/roofline-tpu-paper-workloads.txt", sb.toString());
    }
}
