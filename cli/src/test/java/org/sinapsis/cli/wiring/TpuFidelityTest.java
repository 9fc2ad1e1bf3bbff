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
    private static final List<String> APPS = List.of("mlp0", "mlp1", "lstm0", "lstm1", "cnn0", "cnn1");
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
            TpuCompilation c = new TpuCompiler(TPU).compile(net, batch, null);
            TpuRun run = new TpuMachine(TPU).time(c.program(), NullSink.INSTANCE);
            long macs = net.macs() * batch;
            double steadySeconds = run.steadyStateCycles() / TPU.clockHz();
            EnergyBreakdown energy = EnergyCalculator.estimate(run.actions(), EnergyTables.builtIn(TPU.energyTable()));
            double watts = energy.totalJoules() / (run.cycles() / TPU.clockHz());
            RESULTS.put(name, new Result(batch, run, macs, (double) macs / net.parameters(),
                    2.0 * macs / steadySeconds / 1e12, watts,
                    (double) run.counters().weightDmaBusyCycles() / run.steadyStateCycles()));
        }
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
        sb.append("| app | batch | MACs/weight byte | model TOPS | paper TOPS | model / paper | MXU active % |")
                .append(" weight stall % | weight shift % | non-matrix % | RAW % | host % | power W |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String name : APPS) {
            Result r = RESULTS.get(name);
            Map<String, Long> s = r.run().stallCycles();
            double cycles = r.run().cycles();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.2f | %.1f | %.1f | %.1f | %.1f |"
                    + " %.1f | %.1f | %.1f |%n", name, r.batch(), r.intensity(), r.tops(), PAPER_TOPS.get(name),
                    r.tops() / PAPER_TOPS.get(name), 100 * r.run().counters().mxuActiveCycles() / cycles,
                    100 * s.get("weights") / cycles, 100 * s.get("weight_shift") / cycles,
                    100 * s.get("non_matrix") / cycles, 100 * s.get("raw") / cycles, 100 * s.get("host") / cycles,
                    r.watts()));
        }
        Goldens.assertMatches("tpu/validation.md", sb.toString());
        String docs = Files.readString(Path.of("../docs/tpu-v1.md"));
        assertTrue(docs.contains(sb.toString()), "docs/tpu-v1.md must show the validation table as it is now");
    }
}
