// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinapsis.compilers.tpu.TpuCompilation;
import org.sinapsis.compilers.tpu.TpuCompiler;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.networks.zoo.ZooEntry;
import org.sinapsis.simulator.systolic.TpuMachine;
import org.sinapsis.simulator.systolic.TpuRun;
import org.sinapsis.traces.golden.Goldens;
import org.sinapsis.traces.sink.NullSink;

/**
 * The tpu-v1 preset against the TPU paper (Jouppi et al., ISCA 2017; anchors.md section 1): peak,
 * ridge, measured TOPS of the six applications (Table 3) and busy power (Table 2), each figure
 * produced by the model's own mechanism on the zoo's stand-ins at Table 1's batches (timing runs:
 * the arithmetic does not change the timing). The published numbers are used only here, as
 * expectations. The validation table of {@code docs/tpu-v1.md} is sealed as a golden file.
 */
class TpuFidelityTest {
    private static final TpuSpec TPU = (TpuSpec) ArchSpecs.presets().get("tpu-v1");
    /** Table 3, row 9: measured TOPS (anchors 1.5). */
    private static final Map<String, Double> PAPER_TOPS = Map.of("mlp0", 12.3, "mlp1", 9.7, "lstm0", 3.7,
            "lstm1", 2.8, "cnn0", 86.0, "cnn1", 14.1);
    /** Table 3, row 2: useful MACs as a percentage of the matrix unit's peak over all cycles (anchors 1.5). */
    private static final Map<String, Double> PAPER_USEFUL_MAC_PERCENT = Map.of("mlp0", 12.5, "mlp1", 9.4, "lstm0",
            8.2, "lstm1", 6.3, "cnn0", 78.2, "cnn1", 22.5);
    private static final List<String> APPS = List.of("mlp0", "mlp1", "lstm0", "lstm1", "cnn0", "cnn1");
    /**
     * Table 1's share of the July 2016 TPU workload, split evenly inside each pair the table gives
     * jointly (MLP0 + MLP1 61%, LSTM0 + LSTM1 29%, CNN0 + CNN1 5%): the weights of the paper's
     * weighted mean.
     */
    private static final Map<String, Double> WORKLOAD_SHARE = Map.of("mlp0", 30.5, "mlp1", 30.5, "lstm0", 14.5,
            "lstm1", 14.5, "cnn0", 2.5, "cnn1", 2.5);
    private static final Map<String, Result> RESULTS = new LinkedHashMap<>();

    /** One app's figures. */
    private record Result(int batch, TpuRun run, long macs, double intensity, double tops, double watts,
            double weightLinkBusy) {
    }

    @BeforeAll
    static void simulate() {
        for (String name : APPS) {
            ZooEntry e = Zoo.find(name).orElseThrow();
            Network net = e.network();
            int batch = e.defaultBatch();
            TpuRun run = time(TPU, net, batch);
            long macs = net.macs() * batch;
            double steadySeconds = run.steadyStateCycles() / TPU.clockHz();
            EnergyBreakdown energy = EnergyCalculator.estimate(run.actions(), EnergyTables.builtIn(TPU.energyTable()));
            double watts = energy.totalJoules() / (run.cycles() / TPU.clockHz());
            RESULTS.put(name, new Result(batch, run, macs, (double) macs / net.parameters(),
                    2.0 * macs / steadySeconds / 1e12, watts,
                    (double) run.counters().weightDmaBusyCycles() / run.steadyStateCycles()));
        }
    }

    private static TpuRun time(TpuSpec spec, Network net, int batch) {
        TpuCompilation c = new TpuCompiler(spec).compile(net, batch, null);
        return new TpuMachine(spec).time(c.program(), NullSink.INSTANCE);
    }

    /** The tpu-v1 preset with an {@code n x n} matrix unit (shift n cycles, skew and drain 2n), weight memory and clock scaled. */
    private static TpuSpec variant(int n, double bandwidthScale, double clockScale) {
        return new TpuSpec("tpu-v1-variant", TPU.description(), TPU.clockHz() * clockScale, n, n,
                TPU.unifiedBufferKiB(), TPU.accumulatorRows(), TPU.weightFifoTiles(), TPU.weightMemoryGiB(),
                TPU.weightMemoryBytesPerSecond() * bandwidthScale, TPU.hostBytesPerSecond(), n, 2 * n,
                TPU.ubRowsPerCycle(), TPU.activationRowsPerCycle(), TPU.activationLatencyCycles(),
                TPU.issueCyclesPerInstruction(), TPU.energyTable());
    }

    /** Seconds of one batch in steady state. */
    private static double steadySeconds(TpuSpec spec, String app) {
        ZooEntry e = Zoo.find(app).orElseThrow();
        return time(spec, e.network(), e.defaultBatch()).steadyStateCycles() / spec.clockHz();
    }

    /** {@code variant}'s speed-up over tpu-v1 on each application, against the runs {@link #simulate} made. */
    private static Map<String, Double> speedups(TpuSpec variant) {
        Map<String, Double> speedups = new LinkedHashMap<>();
        for (String app : APPS) {
            speedups.put(app, RESULTS.get(app).run().steadyStateCycles() / TPU.clockHz() / steadySeconds(variant, app));
        }
        return speedups;
    }

    /** The paper's weighted mean (Table 1's workload shares) of speed-ups by application. */
    private static double weightedMean(Map<String, Double> speedups) {
        double sum = 0;
        double weights = 0;
        for (String app : APPS) {
            sum += WORKLOAD_SHARE.get(app) * speedups.get(app);
            weights += WORKLOAD_SHARE.get(app);
        }
        return sum / weights;
    }

    /** The geometric mean of speed-ups across the six applications. */
    private static double geometricMean(Map<String, Double> speedups) {
        double logs = 0;
        for (String app : APPS) {
            logs += Math.log(speedups.get(app));
        }
        return Math.exp(logs / APPS.size());
    }

    @Test
    void peakIs92TopsAndTheRidgeComesFromTheMachine() {
        assertEquals(92e12, TPU.peakOpsPerSecond(), 0.01 * 92e12);
        assertEquals(1350, TPU.ridgeMacsPerWeightByte(), 1.0);
        for (String name : List.of("mlp0", "mlp1", "lstm0", "lstm1")) {
            // anchors 1.3: ops per weight byte = batch for the MLPs and LSTMs, all far below the ridge
            assertEquals(RESULTS.get(name).batch(), RESULTS.get(name).intensity(), 0.01 * RESULTS.get(name).batch(), name);
        }
        assertTrue(RESULTS.get("cnn0").intensity() > TPU.ridgeMacsPerWeightByte(), "CNN0 is compute-bound");
        assertTrue(RESULTS.get("cnn1").intensity() > TPU.ridgeMacsPerWeightByte(), "CNN1's convolutions are");
    }

    @Test
    void measuredThroughputWithin25PercentWhereTheStandInAllowsIt() {
        for (String name : List.of("mlp0", "mlp1", "lstm0", "cnn0")) {
            double paper = PAPER_TOPS.get(name);
            assertEquals(paper, RESULTS.get(name).tops(), 0.25 * paper, name + " TOPS");
        }
    }

    @Test
    void theMechanismsTheTableAttributesAreTheOnesThatBind() {
        for (String name : List.of("mlp0", "mlp1", "lstm0", "lstm1")) {
            assertTrue(RESULTS.get(name).weightLinkBusy() > 0.85, name + " streams weights most of the time: "
                    + RESULTS.get(name).weightLinkBusy());
            Map<String, Long> stalls = RESULTS.get(name).run().stallCycles();
            assertTrue(stalls.get("weights") > stalls.get("raw") && stalls.get("weights") > stalls.get("non_matrix"),
                    name + " waits mostly for weights: " + stalls);
        }
        TpuRun cnn0 = RESULTS.get("cnn0").run();
        assertTrue(cnn0.counters().mxuActiveCycles() > 0.75 * cnn0.steadyStateCycles(), "CNN0 keeps the MXU busy");
        double cnn1Utilization = RESULTS.get("cnn1").tops() * 1e12 / TPU.peakOpsPerSecond();
        assertTrue(cnn1Utilization < 0.35, "CNN1 uses the MXU poorly (152 channels fill 59% of a tile): "
                + cnn1Utilization);
    }

    /**
     * Table 3's useful-MAC counter (row 2) where it is consistent with Tables 1 and 2. LSTM0's 8.2%
     * is not: at Table 1's 64 MACs per weight byte, weights arriving at Table 2's 34 GB/s allow at
     * most 64 x 34e9 = 2.18 T MAC/s, 4.7% of the matrix unit's peak, so no machine with those two
     * tables' figures reaches 8.2%; the validation table shows it.
     */
    @Test
    void usefulMacsWithin25PercentOfTable3() {
        for (String name : List.of("mlp0", "mlp1", "lstm1", "cnn0", "cnn1")) {
            double paper = PAPER_USEFUL_MAC_PERCENT.get(name);
            assertEquals(paper, usefulMacPercent(RESULTS.get(name).run()), 0.25 * paper, name + " useful MACs %");
        }
        double lstm0Bound = 100 * 64 * TPU.weightMemoryBytesPerSecond() / (TPU.peakOpsPerSecond() / 2);
        assertTrue(PAPER_USEFUL_MAC_PERCENT.get("lstm0") > lstm0Bound, "LSTM0's counter exceeds its roofline");
        assertTrue(usefulMacPercent(RESULTS.get("lstm0").run()) <= lstm0Bound, "the model stays under it");
    }

    private static double usefulMacPercent(TpuRun run) {
        return 100.0 * run.counters().macs() / ((double) run.cycles() * TPU.mxuRows() * TPU.mxuCols());
    }

    /**
     * Section 7's fragmentation example: LSTM1's 600x600 matrix takes 9 tile loads, 18 us, on the
     * 256x256 unit and 4 loads of four times the bytes, 32 us, on a 512x512 one (anchors 1.2). The
     * model gets it from moving whole tiles; moving only the 360,000 used bytes would take 10.6 us
     * on both.
     */
    @Test
    void a600x600MatrixTakes18UsOn256And32UsOn512() {
        Network net = Network.builder("dense600").input("input", 600).add("fc", Dense.of(600)).build();
        TpuRun small = time(TPU, net, 8);
        TpuRun large = time(variant(512, 1, 1), net, 8);
        assertEquals(9, small.counters().weightTiles());
        assertEquals(4, large.counters().weightTiles());
        assertEquals(18e-6, small.cycles() / TPU.clockHz(), 0.1 * 18e-6);
        assertEquals(32e-6, large.cycles() / TPU.clockHz(), 0.1 * 32e-6);
    }

    /**
     * Section 7 (Figure 11): four times the weight memory bandwidth gives about 3x on the weighted
     * mean; a 512x512 matrix unit is slightly worse than the 256x256 one. TPU', GDDR5 weight memory
     * moving the ridge to 250 MACs per weight byte (anchors 1.6), is 2.6x faster on the geometric
     * mean and 3.9x on the weighted mean, host time left out.
     */
    @Test
    void section7DesignAlternativesMoveTheMeansAsThePaperFound() {
        assertEquals(3.0, weightedMean(speedups(variant(256, 4, 1))), 0.25 * 3.0, "4x weight memory bandwidth");
        double mxu512 = weightedMean(speedups(variant(512, 1, 1)));
        assertTrue(mxu512 < 1 && mxu512 > 0.7, "512x512 matrix unit: slightly worse, got " + mxu512);
        TpuSpec tpuPrime = variant(256, TPU.ridgeMacsPerWeightByte() / 250, 1);
        Map<String, Double> tpuPrimeSpeedups = speedups(tpuPrime);
        assertEquals(2.6, geometricMean(tpuPrimeSpeedups), 0.25 * 2.6, "TPU' geometric mean");
        assertEquals(3.9, weightedMean(tpuPrimeSpeedups), 0.25 * 3.9, "TPU' weighted mean");
    }

    /**
     * The paper's 40 W is the busy power per die, "40W per die incremental" (section 7): the TPU card,
     * its DDR3 weight memory included. The model's average power of a batch (energy / latency, the
     * result's averagePowerWatts) is static power from the idle 28 W plus the priced actions.
     */
    @Test
    void busyPowerIsNearThePapers40Watts() {
        for (String name : APPS) {
            assertEquals(40, RESULTS.get(name).watts(), 0.25 * 40, name + " average watts");
        }
    }

    @Test
    void validationTableIsSealed() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("| app | batch | MACs/weight byte | model TOPS | paper TOPS | model / paper | useful MACs %:")
                .append(" model / paper | MXU active % | weight stall % | weight shift % | non-matrix % | RAW % | host % |")
                .append(" power W |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String name : APPS) {
            Result r = RESULTS.get(name);
            Map<String, Long> s = r.run().stallCycles();
            double cycles = r.run().cycles();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.2f | %.1f / %.1f | %.1f | %.1f |"
                    + " %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, r.batch(), r.intensity(), r.tops(),
                    PAPER_TOPS.get(name), r.tops() / PAPER_TOPS.get(name), usefulMacPercent(r.run()),
                    PAPER_USEFUL_MAC_PERCENT.get(name), 100 * r.run().counters().mxuActiveCycles() / cycles,
                    100 * s.get("weights") / cycles, 100 * s.get("weight_shift") / cycles,
                    100 * s.get("non_matrix") / cycles, 100 * s.get("raw") / cycles, 100 * s.get("host") / cycles,
                    r.watts()));
        }
        Goldens.assertMatches("tpu/validation.md", sb.toString());
        String docs = Files.readString(Path.of("../docs/tpu-v1.md"));
        assertTrue(docs.contains(sb.toString()), "docs/tpu-v1.md must show the validation table as it is now");
    }
}
