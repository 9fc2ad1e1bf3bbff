// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroCoreSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipConfigs;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.traces.golden.Goldens;

/** The compiler: conversion math, splitting, quantization, mapping, refusals and determinism. */
class SnnCompilerTest {
    static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");
    static final NeuroChipSpec TRUENORTH = (NeuroChipSpec) ArchSpecs.presets().get("truenorth");

    static Network mlp() {
        return Network.builder("mlp").input("x", 12).add("fc1", Dense.of(8)).add("r1", Activation.relu())
                .add("fc2", Dense.of(3)).add("sm", Activation.softmax()).build();
    }

    static SnnProgram compile(NeuroChipSpec spec, Network net, long seed) {
        NetworkParameters p = NetworkParameters.initialize(net, seed);
        return SnnCompiler.compile(spec, net, p, SyntheticInputs.generate(net, 64, seed + 1), SnnOptions.defaults());
    }

    /** Weight over threshold of every synapse of the core holding layer {@code prefix}, by (axon, neuron). */
    static double ratio(CoreProgram c, int axon, int neuron) {
        for (int s = c.axonStart()[axon]; s < c.axonStart()[axon + 1]; s++) {
            if ((c.synapseNeuron()[s] & 0xFFFF) == neuron) {
                return (double) c.weight(axon, s) / c.threshold()[neuron];
            }
        }
        return 0;
    }

    @Test
    void weightsAreNormalizedByThePercentileActivations() {
        Network net = mlp();
        NetworkParameters p = NetworkParameters.initialize(net, 3);
        Map<String, Tensor> cal = SyntheticInputs.generate(net, 64, 4);
        SnnProgram prog = SnnCompiler.compile(LOIHI, net, p, cal, SnnOptions.defaults());
        Map<String, Tensor> acts = new Fp32Executor(net, p, 1).runAll(cal);
        double lambda1 = AnnToSnnConverter.percentile(acts.get("r1").data(), 99.9);
        float[] w1 = p.get("fc1", "weight");
        CoreProgram hidden = prog.config().cores().stream().filter(c -> c.label().startsWith("fc1")).findFirst()
                .orElseThrow();
        // input channel i is axon i of the hidden core; W'_ij = W_ij x 1 / lambda_1
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 8; j++) {
                double expected = w1[i * 8 + j] / lambda1;
                assertEquals(expected, ratio(hidden, i, j), 1.0 / hidden.threshold()[j] + 1e-9, "w[" + i + "][" + j + "]");
            }
        }
        assertEquals(lambda1, prog.layers().get(0).lambda(), 1e-6);
        assertEquals(SpikeCoding.RATE_HALF_THRESHOLD, prog.coding());
        assertEquals(hidden.threshold()[0] / 2, hidden.initialPotential()[0]);
    }

    @Test
    void partialSumsMergeBackToThePreActivation() {
        AnnToSnnConverter.Conversion conv = convert(mlp(), 5);
        List<SpikingLayer> split = FanInSplitter.split("t", conv, 5, 64, 99.9);
        assertEquals(List.of("fc1/partial", "fc1/merge", "fc2/partial", "fc2/merge"),
                split.stream().map(l -> l.name).toList());
        SpikingLayer fc1 = conv.layers().get(0);
        SpikingLayer partial = split.get(0);
        SpikingLayer merge = split.get(1);
        Tensor x = conv.sourceActivations().get(0);
        for (int e = 0; e < 4; e++) {
            for (int j = 0; j < fc1.size; j++) {
                double z = fc1.bias[j];
                for (int s = fc1.rowStart[j]; s < fc1.rowStart[j + 1]; s++) {
                    z += fc1.weight[s] * x.data()[e * 12 + fc1.src[s]];
                }
                double merged = 0;
                for (int s = merge.rowStart[j]; s < merge.rowStart[j + 1]; s++) {
                    int p = merge.src[s];
                    double r = partial.bias[p];
                    for (int t = partial.rowStart[p]; t < partial.rowStart[p + 1]; t++) {
                        r += partial.weight[t] * x.data()[e * 12 + partial.src[t]];
                    }
                    merged += merge.weight[s] * Math.max(0, r);
                }
                assertEquals(z, merged, 1e-4, "example " + e + " neuron " + j);
            }
        }
    }

    @Test
    void trueNorthUsesAxonTypesCopiesAndPartialSums() {
        SnnProgram prog = compile(TRUENORTH, Zoo.find("fashion-mlp").orElseThrow().network(), 1);
        ChipConfig c = prog.config();
        ChipConfigs.check(c, TRUENORTH);
        assertEquals(List.of("fc1/partial", "fc1/merge", "fc2/partial", "fc2/merge", "fc3/partial", "fc3/merge"),
                prog.layers().stream().map(SnnLayerSummary::name).toList());
        for (CoreProgram core : c.cores()) {
            assertEquals(4, core.axonTypes());
            for (int n = 0; n < core.neurons(); n++) {
                assertTrue(core.targetStart()[n + 1] - core.targetStart()[n] <= 1, "one target per neuron");
            }
        }
        assertEquals(784, c.input().channels());
        assertTrue(prog.mapping().coresUsed() > 100, "fan-in splitting and copies take many cores");
    }

    @Test
    void convolutionsAndAveragePoolingConvert() {
        Network net = Network.builder("cnn").input("x", 2, 6, 6).add("c1", Conv2D.of(3, 3).pad(1))
                .add("r1", Activation.relu()).add("p1", Pool2D.avg(2, 2)).add("f", new Flatten())
                .add("fc", Dense.of(4)).build();
        SnnProgram prog = compile(LOIHI, net, 2);
        // conv: every output (3 x 6 x 6) reads the 3x3 window of both channels inside the 6x6 map
        long expected = 0;
        for (int p = 0; p < 6; p++) {
            for (int q = 0; q < 6; q++) {
                int rows = Math.min(p + 1, 5) - Math.max(p - 1, 0) + 1;
                int cols = Math.min(q + 1, 5) - Math.max(q - 1, 0) + 1;
                expected += 3L * 2 * rows * cols;
            }
        }
        assertEquals("c1", prog.layers().get(0).name());
        assertTrue(prog.layers().get(0).synapses() <= expected && prog.layers().get(0).synapses() > expected * 0.9,
                prog.layers().get(0).synapses() + " of " + expected);
        assertEquals(3 * 3 * 3 * 4, prog.layers().get(1).synapses(), "2x2 average pooling of 3 x 6 x 6");
        // the realized conv kernel is one value per weight: the same at every position
        float[] realized = prog.realizedParameters().get("c1", "weight");
        float[] original = NetworkParameters.initialize(net, 2).get("c1", "weight");
        for (int i = 0; i < realized.length; i++) {
            assertEquals(original[i], realized[i], 0.02 * Math.abs(original[i]) + 0.01, "kernel weight " + i);
        }
    }

    @Test
    void unsupportedLayersAreRefusedByName() {
        InfeasibleException max = assertThrows(InfeasibleException.class,
                () -> compile(LOIHI, Zoo.find("fashion-cnn").orElseThrow().network(), 1));
        assertEquals("layer 'pool1' (MaxPool)", max.resource());
        InfeasibleException tanh = assertThrows(InfeasibleException.class,
                () -> compile(LOIHI, Zoo.find("lenet5").orElseThrow().network(), 1));
        assertEquals("layer 'c1_tanh' (Tanh)", tanh.resource());
        InfeasibleException big = assertThrows(InfeasibleException.class, () -> SnnCompiler.compile(LOIHI,
                Zoo.find("alexnet").orElseThrow().network(), null, Map.of(), SnnOptions.defaults()));
        assertEquals("synapses", big.resource());
    }

    @Test
    void aNetworkNeedingMoreCoresThanTheChipIsRefused() {
        NeuroCoreSpec c = LOIHI.core();
        NeuroChipSpec tiny = new NeuroChipSpec("tiny", "d", "d", new org.sinapsis.isa.arch.NeuroMeshSpec(1, 1, 1),
                new NeuroCoreSpec(4, c.axonsPerCore(), c.synapsesPerCore(), c.synapseEncoding(), 0, c.weightBits(),
                        c.membraneBits(), c.thresholdBits(), c.biasBits(), c.maxTargetsPerNeuron(), c.maxDelayTicks()),
                LOIHI.timing(), LOIHI.modelVariant(), LOIHI.energyTable());
        InfeasibleException e = assertThrows(InfeasibleException.class, () -> compile(tiny, mlp(), 1));
        assertEquals("cores", e.resource());
        assertTrue(e.getMessage().contains("needs 3 cores; the chip has 1"), e.getMessage());
    }

    @Test
    void compilationIsDeterministicAndItsMapIsSealed() throws Exception {
        Network net = Zoo.find("fashion-mlp").orElseThrow().network();
        SnnProgram a = compile(LOIHI, net, 1);
        SnnProgram b = compile(LOIHI, net, 1);
        assertEquals(a.config(), b.config());
        Goldens.assertMatches("snn/fashion-mlp-loihi.map.txt", ChipConfigs.dump(a.config(), LOIHI));
    }

    private static AnnToSnnConverter.Conversion convert(Network net, long seed) {
        return AnnToSnnConverter.convert("t", net, NetworkParameters.initialize(net, seed),
                SyntheticInputs.generate(net, 16, seed), 99.9);
    }
}
