// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sinapsis.isa.arch.CpuSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * The {@code cpu} target: the fp32 reference executor ({@link Fp32Executor}, EJML) run for real
 * on this host, timed by the spec's {@link org.sinapsis.isa.arch.MeasurementProtocol}; with
 * {@code --precision int8}, the int8 reference executor ({@link Int8Executor}) on the workload's
 * shared quantization ({@link Workload#quantized()}), so int8 accuracy sits beside the int8
 * machines' in a comparison.
 *
 * <p>Reported: latency = the median wall time of one batch; throughput = batch / latency; MACs =
 * the network's MACs times the batch; energy = RAPL package energy over the timed runs divided by
 * their number ({@code measured:rapl}) when the host exposes it, else none; accuracy over the
 * workload's labelled samples when it has them (the first output node's scores). There is no cycle
 * model, no clock and no peak: {@code cycles}, {@code clockHz}, {@code peakOpsPerSecond} and
 * {@code utilization} are null. The target is the reference itself, so its outputs match it
 * exactly.
 *
 * <p>Not modelled (it is measured): nothing is simulated. Not measured: DRAM energy where RAPL
 * has no DRAM zone, and the energy of the rest of the machine.
 */
final class CpuTarget implements Target {
    private static final Track FP32_TRACK = new Track("cpu", "fp32-executor");
    private static final Track INT8_TRACK = new Track("cpu", "int8-executor");
    /** Labelled samples scored per executor call, so memory stays bounded for large sample sets. */
    private static final int SCORE_CHUNK = 500;

    private final CpuSpec spec;

    CpuTarget(CpuSpec spec) {
        this.spec = spec;
    }

    @Override
    public CpuSpec spec() {
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
        Precision precision = request.precisionFor(this, List.of(Precision.FP32, Precision.INT8),
                "runs the fp32 and int8 reference executors");
        Workload workload = request.workload();
        int threads = spec.threadsOnThisHost();
        Function<Map<String, Tensor>, Tensor> executor;
        if (precision == Precision.INT8) {
            Int8Executor int8 = new Int8Executor(workload.quantized(), threads);
            executor = in -> int8.run(in).outputs().values().iterator().next();
        } else {
            Fp32Executor fp32 = new Fp32Executor(workload.network(), workload.parameters(), threads);
            executor = in -> fp32.run(in).values().iterator().next();
        }
        Track track = precision == Precision.INT8 ? INT8_TRACK : FP32_TRACK;
        Map<String, Tensor> inputs = workload.inputs();
        Optional<RaplEnergyMeter> meter = RaplEnergyMeter.open();
        Runnable batch = () -> executor.apply(inputs);
        try (TraceSink trace = request.trace().open(TimeBase.nanoseconds())) {
            long start = System.nanoTime();
            WallClockTiming.warmUp(spec.measurement(), batch);
            long[] before = meter.isPresent() ? meter.get().read() : null;
            WallClockTiming timing = WallClockTiming.measure(spec.measurement(), batch, trace, track,
                    workload.network().name());
            long[] after = meter.isPresent() ? meter.get().read() : null;
            RunResult.Builder b = RunResult.builder(spec.name(), spec.targetKind(), true, workload.network().name(),
                    workload.batch(), precision)
                    .device(HostInfo.cpuDescription(threads))
                    .latencySeconds(timing.medianNanos() / 1e9)
                    .macs(workload.network().macs() * workload.batch())
                    .referenceMatch(ReferenceMatch.EXACT)
                    .hostSeconds((System.nanoTime() - start) / 1e9);
            if (meter.isPresent()) {
                b.energy(meter.get().joulesBetween(before, after) / timing.runs(), "measured:rapl");
            }
            workload.evaluation().ifPresent(samples -> b.accuracy(
                    samples.top1Accuracy(scores(executor, samples)), samples.size()));
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
    }

    /** The executor's scores for every sample, {@value #SCORE_CHUNK} at a time. */
    private static Tensor scores(Function<Map<String, Tensor>, Tensor> executor, LabelledSamples samples) {
        List<Tensor> parts = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += SCORE_CHUNK) {
            int count = Math.min(SCORE_CHUNK, samples.size() - from);
            Map<String, Tensor> chunk = new LinkedHashMap<>();
            for (Map.Entry<String, Tensor> e : samples.inputs().entrySet()) {
                chunk.put(e.getKey(), count == samples.size() ? e.getValue() : e.getValue().examples(from, count));
            }
            parts.add(executor.apply(chunk));
        }
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(parts);
    }
}
