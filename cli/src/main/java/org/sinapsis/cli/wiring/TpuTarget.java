// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinapsis.compilers.tpu.TpuCompilation;
import org.sinapsis.compilers.tpu.TpuCompiler;
import org.sinapsis.compilers.tpu.TpuHostIo;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.Int8Result;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.simulator.systolic.TpuMachine;
import org.sinapsis.simulator.systolic.TpuRun;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.NullSink;
import org.sinapsis.traces.sink.TraceSink;

/**
 * A TPU target: compiles the workload's network with {@link TpuCompiler} for the int8 parameters
 * every int8 target shares ({@link Workload#quantized()}), runs it on {@link TpuMachine} with real
 * int8 arithmetic, and checks the outputs against the int8 reference executor bit for bit.
 *
 * <p>Reported: cycles and latency of one batch (the whole program, host transfers included), the
 * steady-state pipelined throughput (batches back to back, each batch's outputs draining to the
 * host while the next one runs: {@code batch clock / steadyStateCycles}), the network's MACs, the peak {@code 2 mxuRows mxuCols clock},
 * energy from the spec's energy table (static power as {@code chip.leak_cycle}), the matrix unit's
 * stall cycles by cause, accuracy over the workload's labelled samples run through the machine, and
 * in {@code device} where the network sits on the roofline (MACs per weight byte against the
 * ridge). The trace holds a span per instruction on its unit's track and the performance counters.
 */
final class TpuTarget implements Target {
    private final TpuSpec spec;

    TpuTarget(TpuSpec spec) {
        this.spec = spec;
    }

    @Override
    public TpuSpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Precision defaultPrecision() {
        return Precision.INT8;
    }

    @Override
    public RunResult run(RunRequest request) {
        Precision precision = request.precisionFor(this, List.of(Precision.INT8),
                "runs int8 (the 16-bit modes are not modelled)");
        long started = System.nanoTime();
        Workload workload = request.workload();
        Network network = workload.network();
        QuantizedNetwork quantized = workload.quantized();
        TpuCompilation compilation = new TpuCompiler(spec).compile(network, workload.batch(), quantized);
        int threads = Runtime.getRuntime().availableProcessors();
        TpuMachine machine = new TpuMachine(spec);
        TpuRun run;
        Map<String, byte[]> hostInputs = TpuHostIo.inputs(compilation, quantized, workload.inputs());
        try (TraceSink trace = request.trace().open(TimeBase.cycles(Math.round(spec.clockHz())))) {
            run = machine.run(compilation.program(), hostInputs, threads, trace);
            if (trace.enabled()) {
                TraceArgs counters = TraceArgs.empty();
                for (Map.Entry<String, Long> e : run.counters().asMap().entrySet()) {
                    counters = counters.with(e.getKey(), e.getValue());
                }
                trace.accept(new Counter(new Track(spec.name(), "counters"), "performance", run.cycles(), counters));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
        Int8Result outputs = TpuHostIo.outputs(compilation, quantized, workload.batch(), run.hostOutputs());
        Int8Result reference = new Int8Executor(quantized, threads).run(workload.inputs());
        ReferenceMatch match = outputs.int8Outputs().equals(reference.int8Outputs()) ? ReferenceMatch.EXACT
                : ReferenceMatch.MISMATCH;
        EnergyBreakdown energy = EnergyCalculator.estimate(run.actions(), EnergyTables.builtIn(spec.energyTable()));
        double seconds = run.cycles() / spec.clockHz();
        long macs = network.macs() * workload.batch();
        RunResult.Builder b = RunResult.builder(spec.name(), spec.targetKind(), false, network.name(), workload.batch(),
                precision)
                .device(device(network, workload.batch(), compilation))
                .clockHz(spec.clockHz())
                .cycles(run.cycles())
                .latencySeconds(seconds)
                .pipelinedThroughputInferencesPerSecond(workload.batch() * spec.clockHz() / run.steadyStateCycles())
                .macs(macs)
                .peakOpsPerSecond(spec.peakOpsPerSecond())
                .energy(energy.totalJoules(), energy.source())
                .energyBreakdownJoules(energy.byComponentJoules())
                .stallCycles(run.stallCycles())
                .referenceMatch(match);
        workload.evaluation().ifPresent(samples -> b.accuracy(accuracy(machine, network, quantized, samples,
                workload.batch(), threads), samples.size()));
        return b.hostSeconds((System.nanoTime() - started) / 1e9).build();
    }

    /** Where the network sits on the TPU's roofline: MACs per weight byte against the ridge. */
    private String device(Network network, int batch, TpuCompilation compilation) {
        double intensity = (double) network.macs() * batch / network.parameters();
        double ridge = spec.ridgeMacsPerWeightByte();
        return String.format(Locale.ROOT, "%s model: %.0f MACs/weight byte vs ridge %.0f, %s; weight tiles %.0f%%"
                + " used; %d pass%s of %d", spec.name(), intensity, ridge,
                intensity < ridge ? "memory-bound" : "compute-bound",
                100 * compilation.usedWeightFraction(), compilation.passes(),
                compilation.passes() == 1 ? "" : "es", compilation.examplesPerPass());
    }

    /** Top-1 accuracy of the machine's outputs over the labelled samples, run in batches of the workload's size. */
    private double accuracy(TpuMachine machine, Network network, QuantizedNetwork quantized, LabelledSamples samples,
            int batch, int threads) {
        int total = samples.size();
        Map<String, Tensor> all = samples.inputs();
        String output = network.outputs().get(0).name();
        List<Tensor> scores = new ArrayList<>();
        for (int from = 0; from < total; from += batch) {
            int n = Math.min(batch, total - from);
            Map<String, Tensor> chunk = new LinkedHashMap<>();
            for (Map.Entry<String, Tensor> e : all.entrySet()) {
                chunk.put(e.getKey(), e.getValue().examples(from, n));
            }
            TpuCompilation c = new TpuCompiler(spec).compile(network, n, quantized);
            TpuRun r = machine.run(c.program(), TpuHostIo.inputs(c, quantized, chunk), threads,
                    NullSink.INSTANCE);
            scores.add(TpuHostIo.outputs(c, quantized, n, r.hostOutputs()).output(output));
        }
        return samples.top1Accuracy(Tensor.concat(scores));
    }
}
