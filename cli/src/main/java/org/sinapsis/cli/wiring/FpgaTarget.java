// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sinapsis.compilers.fpga.FpgaCompilation;
import org.sinapsis.compilers.fpga.FpgaCompiler;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.Int8Result;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.simulator.fpga.FpgaAnalyticalEvaluator;
import org.sinapsis.simulator.fpga.FpgaFunctionalExecutor;
import org.sinapsis.simulator.fpga.FpgaFunctionalResult;
import org.sinapsis.simulator.fpga.FpgaMachine;
import org.sinapsis.simulator.fpga.FpgaReferenceCheck;
import org.sinapsis.simulator.fpga.FpgaRunTiming;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.sink.TraceSink;

/**
 * An FPGA target: compiles the network with {@link FpgaCompiler} (the simulator's
 * {@link FpgaAnalyticalEvaluator} injected into its search), runs the tile program on the
 * cycle-approximate {@link FpgaMachine}, executes it functionally in the chosen precision and
 * checks the outputs against the reference executor, and prices the counted actions with the
 * spec's energy table.
 *
 * <p>Reported: latency = the program's cycles / clock (one batch, no host); peak = 2 x Tm x Tn x
 * clock of the synthesized array; accuracy over the workload's labelled samples when it has
 * them. Functional execution (and so the reference check and accuracy) runs when the batch has at
 * most {@value #FUNCTIONAL_MAC_LIMIT} MACs; a larger run is timed only and its reference match is
 * {@code not-checked}.
 */
final class FpgaTarget implements Target {
    /** The largest batch (in MACs) that is also executed functionally. */
    static final long FUNCTIONAL_MAC_LIMIT = 1_000_000_000L;

    private final FpgaSpec spec;

    FpgaTarget(FpgaSpec spec) {
        this.spec = spec;
    }

    @Override
    public FpgaSpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Precision defaultPrecision() {
        return spec.defaultPrecision();
    }

    @Override
    public RunResult run(RunRequest request) {
        long start = System.nanoTime();
        Precision precision = request.precisionFor(this, spec.precisions(), "builds its array in " + spec.precisionsLabel());
        FpgaDatapath datapath = spec.datapath(precision).orElseThrow();
        Workload workload = request.workload();
        Network network = workload.network();
        checkDdrCapacity(network, workload.batch(), datapath);
        FpgaCompilation compilation = new FpgaCompiler(new FpgaAnalyticalEvaluator(),
                Runtime.getRuntime().availableProcessors()).compile(network, workload.batch(), spec, precision);
        FpgaProgram program = compilation.program();
        FpgaRunTiming timing;
        try (TraceSink sink = request.trace().open(TimeBase.cycles(Math.round(spec.clockHz())))) {
            timing = new FpgaMachine(spec).run(program, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
        EnergyBreakdown energy = EnergyCalculator.estimate(timing.actions(), EnergyTables.builtIn(spec.energyTable()));
        RunResult.Builder b = RunResult.builder(spec.name(), spec.targetKind(), false, network.name(), workload.batch(),
                precision)
                .device(spec.device() + ", PE array " + program.tm() + " x " + program.tn() + " (" + precision.label()
                        + ")")
                .clockHz(spec.clockHz())
                .cycles(timing.cycles())
                .latencySeconds(timing.cycles() / spec.clockHz())
                .macs(program.macs())
                .peakOpsPerSecond(2.0 * program.tm() * program.tn() * spec.clockHz())
                .energy(energy.totalJoules(), energy.source())
                .energyBreakdownJoules(energy.byComponentJoules())
                .stallCycles(timing.stallCycles());
        if (program.macs() <= FUNCTIONAL_MAC_LIMIT) {
            FpgaFunctionalExecutor executor = precision == Precision.INT8
                    ? FpgaFunctionalExecutor.int8(program, datapath, workload.quantized())
                    : FpgaFunctionalExecutor.floating(program, datapath, network, workload.parameters(),
                            workload.calibration());
            b.referenceMatch(check(executor, workload, precision));
            Optional<LabelledSamples> samples = workload.evaluation();
            samples.ifPresent(s -> b.accuracy(s.top1Accuracy(executor.run(s.inputs()).firstOutput()), s.size()));
        }
        return b.hostSeconds((System.nanoTime() - start) / 1e9).build();
    }

    private static ReferenceMatch check(FpgaFunctionalExecutor executor, Workload workload, Precision precision) {
        Map<String, Tensor> inputs = workload.inputs();
        FpgaFunctionalResult result = executor.run(inputs);
        int threads = Runtime.getRuntime().availableProcessors();
        if (precision == Precision.INT8) {
            Int8Result reference = new Int8Executor(workload.quantized(), threads).run(inputs);
            return FpgaReferenceCheck.compareInt8(result.int8Outputs(), reference.int8Outputs());
        }
        Map<String, Tensor> reference = new Fp32Executor(workload.network(), workload.parameters(), threads).run(inputs);
        return FpgaReferenceCheck.compareFloat(precision, result.outputs(), reference);
    }

    /** Weights and every layer's output for the batch must fit the board's DDR. */
    private void checkDdrCapacity(Network network, int batch, FpgaDatapath datapath) {
        double values = 0;
        for (Node n : network.nodes()) {
            values += n.parameters() + (double) n.outputShape().elements() * batch;
        }
        double bytes = values * datapath.bytesPerValue();
        if (bytes > spec.ddrCapacityBytes()) {
            throw new InfeasibleException(spec.name(), "ddr", String.format(Locale.ROOT,
                    "weights and activations of '%s' at batch %d take %.3g GiB, the board has %.3g GiB", network.name(),
                    batch, bytes / (1L << 30), spec.ddrCapacityGiB()));
        }
    }
}
