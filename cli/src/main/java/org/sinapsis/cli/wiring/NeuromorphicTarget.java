// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sinapsis.compilers.snn.SnnCompiler;
import org.sinapsis.compilers.snn.SnnOptions;
import org.sinapsis.compilers.snn.SnnProgram;
import org.sinapsis.compilers.snn.SpikeCoding;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.neuromorphic.chip.ChipCounters;
import org.sinapsis.neuromorphic.runtime.BatchRunner;
import org.sinapsis.neuromorphic.runtime.TickObserver;
import org.sinapsis.neuromorphic.runtime.TraceProbe;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.sink.TraceSink;

/**
 * A neuromorphic chip as a target: compiles the network with {@link SnnCompiler} (data-based
 * normalization on the workload's calibration inputs, quantization to the chip, mapping) and runs
 * it on the chip model ({@code neuromorphic}), one input after another, each presented for
 * {@code --timesteps} ticks (default {@value #DEFAULT_TIMESTEPS}) from a reset chip.
 *
 * <p>Reported: {@code cycles} = ticks for the batch and {@code clockHz} = ticks per second of chip
 * time (the tick is these chips' global step; TrueNorth and SpiNNaker tick at 1 kHz, Loihi as fast
 * as its barrier allows); latency = the chip time of the batch's ticks; {@code macs} = the
 * network's multiply-accumulates (the ANN work the SNN stands for, so ops/s compare with other
 * targets; the chip itself executes {@code synapticEvents} additions), no peak and no
 * utilization; energy = the chip's counted events priced by its energy table (a built-in name or
 * a table file, {@link #energyTable}; none for BrainScaleS); {@code stallCycles} = tick overruns and congested link-ticks; accuracy over the
 * workload's labelled samples with the default coding; {@code referenceMatch} =
 * {@code within-tolerance} when the chip's class agrees with the fp32 reference's on at least
 * {@value #AGREEMENT_PERCENT}% of the batch, else {@code mismatch}.
 *
 * <p>Precision: the chip's integer weights (TrueNorth and Loihi 9-bit signed, reported as
 * {@code int8}; SpiNNaker 16-bit, {@code int16}); no other precision can be asked for.
 */
public final class NeuromorphicTarget implements Target {
    /** Ticks per input when {@code --timesteps} is not given. */
    public static final int DEFAULT_TIMESTEPS = 64;
    /** Agreement with the fp32 reference's classes, in percent, for {@code within-tolerance}. */
    public static final int AGREEMENT_PERCENT = 90;

    private final NeuroChipSpec spec;

    NeuromorphicTarget(NeuroChipSpec spec) {
        this.spec = spec;
    }

    @Override
    public NeuroChipSpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Precision defaultPrecision() {
        return spec.core().weightBits() <= 9 ? Precision.INT8 : Precision.INT16;
    }

    /** Compiles the request's network for this chip with the given coding. */
    public SnnProgram compile(Workload workload, SpikeCoding coding) {
        return SnnCompiler.compile(spec, workload.network(), workload.parameters(), workload.calibration(),
                SnnOptions.defaults().withCoding(coding));
    }

    @Override
    public RunResult run(RunRequest request) {
        Precision precision = request.precisionFor(this, List.of(defaultPrecision()),
                "runs the chip's " + spec.core().weightBits() + "-bit integer weights (" + defaultPrecision().label() + ")");
        int timesteps = timesteps(request);
        long start = System.nanoTime();
        Workload workload = request.workload();
        Network network = workload.network();
        SnnProgram program = compile(workload, SnnOptions.defaults().coding());
        Tensor batch = onlyInput(workload.inputs());
        BatchRunner.Classification run;
        try (TraceSink sink = request.trace().open(TimeBase.nanoseconds())) {
            TickObserver observer = sink.enabled() ? new TraceProbe(sink) : TickObserver.NONE;
            run = BatchRunner.classify(spec, program.config(), spec.modelVariant(), batch, timesteps, new int[0],
                    request.seed(), 1, observer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
        ChipCounters c = run.counters();
        RunResult.Builder b = RunResult.builder(spec.name(), spec.targetKind(), false, network.name(),
                workload.batch(), precision)
                .device(spec.device() + ", " + spec.modelVariant().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-') + " neuron model")
                .cycles(c.ticks)
                .clockHz(c.ticks / c.elapsedSeconds)
                .latencySeconds(c.elapsedSeconds)
                .macs(network.macs() * workload.batch())
                .stallCycles(stalls(c))
                .spiking(timesteps, c.spikes, c.synapticEvents, program.mapping().coresUsed())
                .referenceMatch(agreement(network, workload.parameters(), batch, run.predictions()[0]));
        if (spec.hasEnergyTable()) {
            EnergyBreakdown e = EnergyCalculator.estimate(c.actions(routersUsed(program)), energyTable());
            b.energy(e.totalJoules(), e.source()).energyBreakdownJoules(e.byComponentJoules());
        }
        Optional<LabelledSamples> samples = workload.evaluation();
        if (samples.isPresent()) {
            BatchRunner.Classification eval = BatchRunner.classify(spec, program.config(), spec.modelVariant(),
                    onlyInput(samples.get().inputs()), timesteps, new int[0], request.seed(), threads(),
                    TickObserver.NONE);
            b.accuracy(accuracy(eval.predictions()[0], samples.get().labels()), samples.get().size());
        }
        return b.hostSeconds((System.nanoTime() - start) / 1e9).build();
    }

    /**
     * The accuracy report for labelled samples: fp32 ANN, ANN with the chip's weights, and the SNN
     * after each of {@code checkpoints} ticks (up to the request's time steps) for both codings.
     */
    public SpikingReport report(RunRequest request, LabelledSamples samples, int[] checkpoints) {
        int timesteps = timesteps(request);
        Workload workload = request.workload();
        Network network = workload.network();
        Tensor inputs = onlyInput(samples.inputs());
        int[] labels = samples.labels();
        double ann = accuracy(classes(new Fp32Executor(network, workload.parameters(), threads()).run(inputs)), labels);
        List<SpikeCoding> codings = List.of(SpikeCoding.RATE, SpikeCoding.RATE_HALF_THRESHOLD);
        double[][] snn = new double[codings.size()][];
        int[] cps = null;
        SnnProgram reported = null;
        for (int k = 0; k < codings.size(); k++) {
            SnnProgram program = compile(workload, codings.get(k));
            List<Integer> within = new ArrayList<>();
            for (int t : checkpoints) {
                if (t >= 1 && t <= timesteps) {
                    within.add(t);
                }
            }
            BatchRunner.Classification run = BatchRunner.classify(spec, program.config(), spec.modelVariant(), inputs,
                    timesteps, within.stream().mapToInt(Integer::intValue).toArray(), request.seed(), threads(),
                    TickObserver.NONE);
            cps = run.checkpoints();
            snn[k] = new double[cps.length];
            for (int i = 0; i < cps.length; i++) {
                snn[k][i] = accuracy(run.predictions()[i], labels);
            }
            if (codings.get(k) == SnnOptions.defaults().coding()) {
                reported = program;
            }
        }
        double quantized = accuracy(classes(new Fp32Executor(network, reported.realizedParameters(), threads())
                .run(inputs)), labels);
        return new SpikingReport(spec.name(), network.name(), samples.size(), ann, quantized, cps, codings, snn,
                reported.layers(), reported.mapping());
    }

    /**
     * The spec's energy table: a built-in table by name, or a table file (sinapsis or Accelergy
     * ERT form) when {@code energy_table} ends in {@code .yaml}, so a table is swapped by editing
     * the spec, never by simulating again.
     */
    EnergyTable energyTable() {
        String name = spec.energyTable();
        return name.endsWith(".yaml") || name.endsWith(".yml") ? EnergyTables.parse(Path.of(name))
                : EnergyTables.builtIn(name);
    }

    private static int timesteps(RunRequest request) {
        int t = request.timesteps().orElse(DEFAULT_TIMESTEPS);
        if (t < 1) {
            throw new InvalidInputException("--timesteps", 0, null, "must be at least 1, got " + t);
        }
        return t;
    }

    private int routersUsed(SnnProgram program) {
        boolean[] used = new boolean[spec.mesh().routers()];
        int n = 0;
        for (var core : program.config().cores()) {
            int r = core.core() / spec.mesh().coresPerRouter();
            if (!used[r]) {
                used[r] = true;
                n++;
            }
        }
        return n;
    }

    private static Map<String, Long> stalls(ChipCounters c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("tick-overrun", c.overrunTicks);
        m.put("congested-link-ticks", c.congestedLinkTicks);
        return m;
    }

    private static ReferenceMatch agreement(Network network, NetworkParameters parameters, Tensor batch,
            int[] predictions) {
        int[] reference = classes(new Fp32Executor(network, parameters, 1).run(batch));
        int agree = 0;
        for (int i = 0; i < reference.length; i++) {
            agree += reference[i] == predictions[i] ? 1 : 0;
        }
        return agree * 100 >= AGREEMENT_PERCENT * reference.length ? ReferenceMatch.WITHIN_TOLERANCE
                : ReferenceMatch.MISMATCH;
    }

    private static int[] classes(Tensor scores) {
        int n = scores.batch();
        int k = scores.exampleSize();
        int[] out = new int[n];
        float[] s = scores.data();
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (s[i * k + c] > s[i * k + best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static double accuracy(int[] predictions, int[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += predictions[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }

    private static Tensor onlyInput(Map<String, Tensor> inputs) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("a spiking chip runs networks with one input, got " + inputs.size());
        }
        return inputs.values().iterator().next();
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
