// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinapsis.compilers.fpga.FpgaArrayDesign;
import org.sinapsis.compilers.fpga.FpgaCompilation;
import org.sinapsis.compilers.fpga.FpgaCompiler;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Layer;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.simulator.fpga.FpgaAnalyticalEvaluator;
import org.sinapsis.simulator.fpga.FpgaMachine;
import org.sinapsis.simulator.fpga.FpgaRunTiming;
import org.sinapsis.traces.sink.NullSink;

/**
 * The FPGA presets against their published figures (anchors.md section 5; docs/fpga.md has the
 * validation table). Only V and V2 figures are pass/fail anchors; U figures get plausibility
 * bands and are labelled so.
 */
class FpgaFidelityTest {

    /** What one compiled network takes on the cycle-approximate machine. */
    private record Run(FpgaCompilation compilation, FpgaRunTiming timing, FpgaSpec spec, long macs) {
        double seconds() {
            return timing.cycles() / spec.clockHz();
        }

        double flopsPerSecond() {
            return 2.0 * macs / seconds();
        }

        double watts() {
            return EnergyCalculator.estimate(timing.actions(), EnergyTables.builtIn(spec.energyTable())).totalJoules()
                    / seconds();
        }
    }

    private static Run run(String preset, Network network, int batch, Precision precision) {
        FpgaSpec spec = (FpgaSpec) ArchSpecs.presets().get(preset);
        FpgaCompilation c = new FpgaCompiler(new FpgaAnalyticalEvaluator(), 2).compile(network, batch, spec, precision);
        return new Run(c, new FpgaMachine(spec).run(c.program(), NullSink.INSTANCE), spec, c.program().macs());
    }

    @Test
    void zhangsVx485tReaches61GflopsOnAlexnetsConvolutionsWithTheirArray() {
        Run r = run("fpga-vx485t", Zoo.find("alexnet-conv").orElseThrow().network(), 1, Precision.FP32);
        assertEquals(new FpgaArrayDesign(64, 7, false), r.compilation().search().chosen().design(),
                "Zhang et al.'s cross-layer unroll factors <Tm, Tn> = <64, 7>");
        assertEquals(100e6, r.spec().clockHz());
        double gflops = r.flopsPerSecond() / 1e9;
        assertEquals(61.62, gflops, 0.10 * 61.62, "61.62 GFLOPS at 100 MHz (V, Zhang et al. abstract): " + gflops);
    }

    @Test
    void brainwaveServesLargeRnnsAtBatchOneAtTensOfTflops() {
        FpgaSpec spec = (FpgaSpec) ArchSpecs.presets().get("fpga-brainwave");
        double peak = 2.0 * spec.fixedTm().getAsInt() * spec.fixedTn().getAsInt() * spec.clockHz();
        double previous = 0;
        for (int hidden : new int[] {512, 1024, 1536, 2048}) {
            for (boolean lstm : new boolean[] {true, false}) {
                Layer layer = lstm ? new Lstm(hidden, false) : new Gru(hidden, false);
                Network n = Network.builder((lstm ? "lstm" : "gru") + hidden).input("x", 50, hidden).add("rnn", layer)
                        .build();
                Run r = run("fpga-brainwave", n, 1, Precision.BFP8);
                double tflops = r.flopsPerSecond() / 1e12;
                assertTrue(tflops < peak / 1e12, n.name() + ": " + tflops + " TFLOPS below the 48 TFLOPS peak");
                if (hidden >= 1536) {
                    assertTrue(tflops >= 10, n.name() + ": " + tflops + " TFLOPS, the published range is ten to over"
                            + " thirty without batching (V, Fowers et al. abstract)");
                }
                if (lstm) {
                    assertTrue(tflops > previous, "larger RNNs use the array better: " + n.name() + " " + tflops);
                    previous = tflops;
                }
            }
        }
    }

    @Tag("slow")
    @Test
    void catapultRunsAlexnetWithinItsBoardsPowerAndNearItsPublishedRate() {
        Network alexnet = Zoo.find("alexnet").orElseThrow().network();
        for (int batch : List.of(1, 16)) {
            Run r = run("fpga-catapult", alexnet, batch, Precision.FIXED18);
            double watts = r.watts();
            assertTrue(watts <= 25 && watts > 10, "within the 25 W board (V, TPU paper section 9): " + watts + " W");
            double imagesPerSecond = batch / r.seconds();
            if (batch == 16) {
                assertTrue(imagesPerSecond >= 134 / 2.0 && imagesPerSecond <= 134 * 2.0, "within a factor of 2 of"
                        + " Ovtcharov et al.'s ~134 images/s (U: plausibility band): " + imagesPerSecond);
            }
        }
    }
}
