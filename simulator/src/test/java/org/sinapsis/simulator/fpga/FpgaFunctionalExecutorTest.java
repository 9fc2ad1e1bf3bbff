// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.ReferenceMatch;
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
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.QuantizationConfig;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Quantizer;
import org.sinapsis.networks.reference.Tensor;

/**
 * Functional execution against the reference executors: int8 bit for bit on every layer kind, the
 * other formats within {@link FpgaReferenceCheck}'s tolerances, with odd tilings so edge tiles,
 * padding and channel groups are exercised.
 */
class FpgaFunctionalExecutorTest {
    private static final FpgaSpec VX485T = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");

    /** Conv with stride, padding and groups, both poolings, a residual add, dense and softmax. */
    static Network vision() {
        Network.Builder b = Network.builder("vision").input("image", 4, 11, 11)
                .add("conv1", Conv2D.of(6, 3).stride(2).pad(1)).add("conv1_relu", Activation.relu());
        String trunk = b.last();
        b.add("conv2", Conv2D.of(6, 3).pad(1).groups(2), trunk).add("sum", new Add(), "conv2", trunk)
                .add("pool", Pool2D.max(3, 2).pad(1)).add("avg", Pool2D.avg(2, 1))
                .add("flat", new Flatten()).add("fc", Dense.of(7)).add("fc_tanh", Activation.tanh())
                .add("out", Dense.of(5)).add("softmax", Activation.softmax());
        return b.build();
    }

    /** Token embedding into an LSTM returning sequences, then a GRU and a sigmoid output. */
    static Network sequence() {
        return Network.builder("sequence").input("tokens", 6).add("embed", new Embedding(30, 9))
                .add("lstm", new Lstm(11, true)).add("gru", new Gru(7, false)).add("fc", Dense.of(1))
                .add("fc_sigmoid", Activation.sigmoid()).build();
    }

    private static Map<String, Tensor> inputs(Network n, int batch, long seed) {
        return SyntheticInputs.generate(n, batch, seed);
    }

    @Test
    void int8IsBitExactWithTheReferenceOnEveryLayerKind() {
        for (Network n : List.of(vision(), sequence())) {
            NetworkParameters p = NetworkParameters.initialize(n, 3);
            QuantizedNetwork q = Quantizer.quantize(n, p, inputs(n, 6, 9), QuantizationConfig.defaults());
            FpgaDatapath int8 = VX485T.datapath(Precision.INT8).orElseThrow();
            for (int[] t : new int[][] {{5, 3, 2, 3}, {64, 7, 13, 13}, {1, 1, 1, 1}}) {
                var program = HandPrograms.of(n, 3, Precision.INT8, t[0], t[1], t[2], t[3], false);
                FpgaFunctionalResult r = FpgaFunctionalExecutor.int8(program, int8, q).run(inputs(n, 3, 5));
                var reference = new Int8Executor(q, 1).run(inputs(n, 3, 5));
                assertEquals(ReferenceMatch.EXACT, FpgaReferenceCheck.compareInt8(r.int8Outputs(),
                        reference.int8Outputs()), n.name() + " on " + t[0] + "x" + t[1]);
                assertEquals(reference.outputs(), r.outputs());
            }
        }
    }

    @Test
    void fp32AndFixedPointMatchTheFp32ReferenceWithinTheirTolerances() {
        for (Network n : List.of(vision(), sequence())) {
            NetworkParameters p = NetworkParameters.initialize(n, 3);
            Map<String, Tensor> x = inputs(n, 3, 5);
            Map<String, Tensor> reference = new Fp32Executor(n, p, 1).run(x);
            for (Precision precision : List.of(Precision.FP32, Precision.FIXED18, Precision.INT16)) {
                var program = HandPrograms.of(n, 3, precision, 5, 3, 2, 3, false);
                FpgaDatapath d = VX485T.datapath(precision).orElseThrow();
                FpgaFunctionalResult r = FpgaFunctionalExecutor.floating(program, d, n, p, inputs(n, 8, 9)).run(x);
                double error = FpgaReferenceCheck.normalizedRmsError(r.outputs(), reference);
                assertTrue(error <= FpgaReferenceCheck.tolerance(precision), n.name() + " " + precision.label()
                        + ": " + error);
                assertTrue(error > 0 || precision == Precision.FP32, "a narrow format rounds: " + error);
            }
        }
    }

    @Test
    void blockFloatingPointErrorShrinksWithMantissaBits() {
        Network n = vision();
        NetworkParameters p = NetworkParameters.initialize(n, 3);
        Map<String, Tensor> x = inputs(n, 3, 5);
        Map<String, Tensor> reference = new Fp32Executor(n, p, 1).run(x);
        List<Double> errors = new ArrayList<>();
        for (int operandBits : new int[] {3, 5, 9}) {
            FpgaDatapath bfp = new FpgaDatapath(Precision.BFP8, 0, 1, 1, operandBits, 5, 8, 32, 1, 1, "test");
            var program = HandPrograms.of(n, 3, Precision.BFP8, 5, 3, 2, 3, false);
            errors.add(FpgaReferenceCheck.normalizedRmsError(
                    FpgaFunctionalExecutor.floating(program, bfp, n, p, x).run(x).outputs(), reference));
        }
        assertTrue(errors.get(0) > errors.get(1) && errors.get(1) > errors.get(2), errors.toString());
        assertTrue(errors.get(0) <= FpgaReferenceCheck.BFP8_TOLERANCE, errors.toString());
        assertTrue(errors.get(2) < 0.02, "8 mantissa bits: " + errors);
    }

    @Test
    void theFunctionalResultDoesNotDependOnTheTiling() {
        Network n = vision();
        NetworkParameters p = NetworkParameters.initialize(n, 3);
        Map<String, Tensor> x = inputs(n, 2, 5);
        FpgaDatapath fixed = VX485T.datapath(Precision.FIXED18).orElseThrow();
        Map<String, Tensor> a = FpgaFunctionalExecutor.floating(HandPrograms.of(n, 2, Precision.FIXED18, 5, 3, 2, 3,
                false), fixed, n, p, x).run(x).outputs();
        Map<String, Tensor> b = FpgaFunctionalExecutor.floating(HandPrograms.of(n, 2, Precision.FIXED18, 64, 7, 13, 13,
                false), fixed, n, p, x).run(x).outputs();
        assertEquals(a, b, "fixed-point sums are exact, so any tiling gives the same codes");
    }
}
