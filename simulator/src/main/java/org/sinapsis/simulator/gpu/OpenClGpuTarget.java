// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sinapsis.isa.arch.MeasuredGpuSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.simulator.gpu.aparapi.AparapiNetworkRunner;
import org.sinapsis.simulator.gpu.aparapi.ExecutionDevice;
import org.sinapsis.simulator.gpu.aparapi.ExecutionDevices;
import org.sinapsis.simulator.host.RaplEnergyMeter;
import org.sinapsis.simulator.host.WallClockTiming;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * The measured {@code gpu} target: the network's kernels run through Aparapi on an OpenCL device
 * (the spec's choice; by default a GPU where one exists, else the CPU through PoCL, else the
 * Java thread pool) and are timed by the spec's {@link org.sinapsis.isa.arch.MeasurementProtocol}.
 *
 * <p>A run: lower the network ({@code GpuLowering}) and prepare its buffers on the device; write
 * the batch's inputs once; run the warm-up batches (the first compiles the kernel, seconds on
 * PoCL; never timed); check the outputs of the first {@value #REFERENCE_EXAMPLES} examples
 * against the fp32 reference executor ({@link ReferenceCheck}, relative error at most 1e-4, else
 * the run fails); then time batches (kernel launches plus reading the outputs back) and check
 * that each gives the checked outputs bit for bit. Latency is the median batch time;
 * throughput = batch / latency.
 *
 * <p>Energy: measured where the platform allows it (NVIDIA GPUs through {@code nvidia-smi},
 * {@code measured:nvidia-smi}; the OpenCL CPU device and the Java thread pool through RAPL,
 * {@code measured:rapl}), else the spec's declared power times the latency
 * ({@code estimated:declared-power}), else none; a meter that gives no figure (it cannot start,
 * or fewer than two readings fall in a short timed window) counts as absent. With tracing on,
 * one more batch is run after the timed ones with one span per kernel launch (host wall time of
 * each {@code execute}, which returns when the kernel has finished).
 *
 * <p>Not modelled (it is measured). Not measured: the first-run kernel compilation, host-to-
 * device copies of the weights (made once before timing), and energy outside the metered device.
 */
final class OpenClGpuTarget implements Target {
    /** Examples of the timing batch checked against the fp32 reference. */
    static final int REFERENCE_EXAMPLES = 2;

    private final MeasuredGpuSpec spec;

    OpenClGpuTarget(MeasuredGpuSpec spec) {
        this.spec = spec;
    }

    @Override
    public MeasuredGpuSpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return true;
    }

    @Override
    public Precision defaultPrecision() {
        return Precision.FP32;
    }

    @Override
    public RunResult run(RunRequest request) {
        Precision precision = request.precisionFor(this, List.of(Precision.FP32), "runs fp32 kernels");
        long start = System.nanoTime();
        Workload workload = request.workload();
        ExecutionDevice device = ExecutionDevices.select(spec.device(), spec.name());
        try (AparapiNetworkRunner runner = AparapiNetworkRunner.compile(workload.network(), workload.parameters(),
                workload.batch(), device, spec.name());
                TraceSink trace = request.trace().open(TimeBase.nanoseconds())) {
            Map<String, Tensor> inputs = workload.inputs();
            runner.stage(inputs);
            WallClockTiming.warmUp(spec.measurement(), runner::run);
            ReferenceCheck.check(workload.network(), workload.parameters(), inputs, runner.outputs(),
                    Math.min(REFERENCE_EXAMPLES, workload.batch()), spec.name());
            float[] checked = runner.outputSnapshot();
            Optional<EnergyProbe> probe = startedProbe(device);
            Track track = new Track(spec.name(), device.name());
            WallClockTiming timing;
            try {
                timing = WallClockTiming.measure(spec.measurement(), () -> {
                    runner.run();
                    if (!runner.outputsEqual(checked)) {
                        throw new IllegalStateException("target '" + spec.name() + "': a timed batch gave other "
                                + "outputs than the checked one on " + device.label() + "; the run is not reported");
                    }
                }, trace, track, workload.network().name());
            } catch (RuntimeException e) {
                probe.ifPresent(p -> measuredJoules(p, 1));
                throw e;
            }
            Optional<Double> joules = Optional.empty();
            if (probe.isPresent()) {
                joules = measuredJoules(probe.get(), timing.runs());
            }
            if (trace.enabled()) {
                traceLaunches(runner, trace, timing.timedNanos());
            }
            double latency = timing.medianNanos() / 1e9;
            RunResult.Builder b = RunResult.builder(spec.name(), spec.targetKind(), true, workload.network().name(),
                    workload.batch(), precision)
                    .device(device.label())
                    .latencySeconds(latency)
                    .macs(workload.network().macs() * workload.batch())
                    .referenceMatch(ReferenceMatch.WITHIN_TOLERANCE);
            if (joules.isPresent()) {
                b.energy(joules.get(), probe.get().source());
            } else if (spec.declaredPowerWatts().isPresent()) {
                b.energy(spec.declaredPowerWatts().getAsDouble() * latency, "estimated:declared-power");
            }
            Optional<LabelledSamples> samples = workload.evaluation();
            if (samples.isPresent()) {
                b.accuracy(accuracy(runner, samples.get()), samples.get().size());
            }
            return b.hostSeconds((System.nanoTime() - start) / 1e9).build();
        } catch (IOException e) {
            throw new UncheckedIOException("target '" + spec.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Joules per batch from a meter, or empty when it could not give a figure (too few readings in
     * a short timed window, or a meter that stopped answering): the run then falls back to the
     * declared power's estimate, labelled as such, or reports no energy.
     */
    private static Optional<Double> measuredJoules(EnergyProbe probe, int runs) {
        try {
            return Optional.of(probe.stopJoules() / runs);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The device's energy meter, started, or empty when it has none or it cannot start. */
    private static Optional<EnergyProbe> startedProbe(ExecutionDevice device) {
        Optional<EnergyProbe> probe = device.gpu() ? NvidiaSmiProbe.forDevice(device).map(p -> p)
                : RaplEnergyMeter.open().map(RaplProbe::new);
        try {
            if (probe.isPresent()) {
                probe.get().start();
            }
            return probe;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One more batch with a span per launch, after the timed runs on the same time line. */
    private void traceLaunches(AparapiNetworkRunner runner, TraceSink trace, long timedNanos) {
        Track kernels = new Track(spec.name(), "kernels");
        long[] origin = {0};
        runner.runTimed((node, label, startNanos, durationNanos) -> {
            if (origin[0] == 0) {
                origin[0] = startNanos;
            }
            trace.accept(new Span(kernels, node, label, timedNanos + (startNanos - origin[0]), durationNanos,
                    TraceArgs.empty().with("kernel", label)));
        });
    }

    /** Top-1 accuracy over every sample, run in batches of the compiled size (the last one padded with zeros). */
    private static double accuracy(AparapiNetworkRunner runner, LabelledSamples samples) {
        int batch = runner.batch();
        List<Tensor> scores = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += batch) {
            int count = Math.min(batch, samples.size() - from);
            Map<String, Tensor> chunk = new LinkedHashMap<>();
            for (Map.Entry<String, Tensor> e : samples.inputs().entrySet()) {
                chunk.put(e.getKey(), padded(e.getValue(), from, count, batch));
            }
            runner.stage(chunk);
            runner.run();
            scores.add(runner.outputs().values().iterator().next().examples(0, count));
        }
        return samples.top1Accuracy(Tensor.concat(scores));
    }

    private static Tensor padded(Tensor t, int from, int count, int batch) {
        float[] data = new float[batch * t.exampleSize()];
        System.arraycopy(t.data(), from * t.exampleSize(), data, 0, count * t.exampleSize());
        return new Tensor(batch, t.shape(), data);
    }
}
