// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TargetKind;
import org.sinapsis.traces.report.ReportField;
import org.sinapsis.traces.report.ReportRow;

/**
 * The result of one network on one target, exactly the fields of {@code cli-contract.md} in its
 * order, plus {@code error}. Every field name carries its unit; a field that does not apply is
 * null. Build it with {@link #builder}: the derived fields (throughput, ops/s, utilization,
 * energy per inference, average power) are computed there, in one place.
 *
 * @param tool always {@code sinapsis}
 * @param version the sinapsis version
 * @param target preset or spec name
 * @param targetKind {@code cpu}, {@code gpu}, {@code systolic}, {@code fpga} or {@code neuromorphic}
 * @param network network name
 * @param batch examples per batch
 * @param precision {@code int8}, {@code int16}, {@code bf16}, {@code fp32}, {@code fixed18} or {@code bfp8}
 * @param measured true for real executions on this host, false for simulated or modelled targets
 * @param device the device that actually ran (measured targets) or the modelled device
 * @param clockHz the machine clock, null for measured targets
 * @param cycles cycles for one batch, null where the target has no cycle model
 * @param latencySeconds time for one batch
 * @param throughputInferencesPerSecond batch / latency, or the steady-state pipelined rate
 * @param macs multiply-accumulates executed for one batch
 * @param opsPerSecond 2 x macs / latency
 * @param peakOpsPerSecond the machine's peak at this precision
 * @param utilization opsPerSecond / peakOpsPerSecond
 * @param energyJoules energy for one batch, static included
 * @param energyPerInferenceJoules energyJoules / batch
 * @param averagePowerWatts energyJoules / latencySeconds
 * @param energySource where the energy figures come from (an energy table's name,
 *     {@code measured:rapl}, {@code estimated:power-preset}); null with no energy figure
 * @param energyBreakdownJoules energy per component or action class, in joules
 * @param stallCycles stall cycles per cause
 * @param accuracy top-1 accuracy over {@code samples} labelled inputs, as a fraction in [0, 1]
 * @param samples labelled inputs used for accuracy
 * @param referenceMatch {@code exact}, {@code within-tolerance}, {@code mismatch} or {@code not-checked}
 * @param hostSeconds wall time the simulation or measurement took on this host
 * @param timesteps spiking targets: time steps per inference
 * @param spikes spiking targets: spikes for one batch
 * @param synapticEvents spiking targets: synaptic events for one batch
 * @param coresUsed spiking targets: cores used
 * @param error why the target could not run the network; null on success
 */
public record RunResult(
        String tool,
        String version,
        String target,
        String targetKind,
        String network,
        int batch,
        String precision,
        boolean measured,
        String device,
        Double clockHz,
        Long cycles,
        Double latencySeconds,
        Double throughputInferencesPerSecond,
        Long macs,
        Double opsPerSecond,
        Double peakOpsPerSecond,
        Double utilization,
        Double energyJoules,
        Double energyPerInferenceJoules,
        Double averagePowerWatts,
        String energySource,
        Map<String, Double> energyBreakdownJoules,
        Map<String, Long> stallCycles,
        Double accuracy,
        Integer samples,
        String referenceMatch,
        Double hostSeconds,
        Integer timesteps,
        Long spikes,
        Long synapticEvents,
        Integer coresUsed,
        String error) {

    /** The value of {@code tool}. */
    public static final String TOOL = "sinapsis";

    /** Copies the breakdown maps and checks that the result is either a success or an error. */
    public RunResult {
        energyBreakdownJoules = energyBreakdownJoules == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(energyBreakdownJoules));
        stallCycles = stallCycles == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(stallCycles));
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        if (error == null && latencySeconds == null) {
            throw new IllegalArgumentException("a successful run needs a latency");
        }
    }

    /** Starts a result for {@code target} running {@code network}. */
    public static Builder builder(String target, TargetKind kind, boolean measured, String network, int batch,
            Precision precision) {
        return new Builder(target, kind, measured, network, batch, precision);
    }

    /** A row for a target that could not run the network: identity fields and the reason. */
    public static RunResult failed(String target, TargetKind kind, boolean measured, String network, int batch,
            Precision precision, String reason) {
        return new RunResult(TOOL, Versions.sinapsis(), target, kind.label(), network, batch,
                precision == null ? null : precision.label(), measured, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, ReferenceMatch.NOT_CHECKED.label(), null,
                null, null, null, null, reason);
    }

    /** Whether the run succeeded. */
    public boolean succeeded() {
        return error == null;
    }

    /** Every field, in contract order, for the report formats. */
    public ReportRow toReportRow() {
        List<ReportField> f = new ArrayList<>();
        f.add(new ReportField("tool", tool));
        f.add(new ReportField("version", version));
        f.add(new ReportField("target", target));
        f.add(new ReportField("targetKind", targetKind));
        f.add(new ReportField("network", network));
        f.add(new ReportField("batch", batch));
        f.add(new ReportField("precision", precision));
        f.add(new ReportField("measured", measured));
        f.add(new ReportField("device", device));
        f.add(new ReportField("clockHz", clockHz));
        f.add(new ReportField("cycles", cycles));
        f.add(new ReportField("latencySeconds", latencySeconds));
        f.add(new ReportField("throughputInferencesPerSecond", throughputInferencesPerSecond));
        f.add(new ReportField("macs", macs));
        f.add(new ReportField("opsPerSecond", opsPerSecond));
        f.add(new ReportField("peakOpsPerSecond", peakOpsPerSecond));
        f.add(new ReportField("utilization", utilization));
        f.add(new ReportField("energyJoules", energyJoules));
        f.add(new ReportField("energyPerInferenceJoules", energyPerInferenceJoules));
        f.add(new ReportField("averagePowerWatts", averagePowerWatts));
        f.add(new ReportField("energySource", energySource));
        f.add(new ReportField("energyBreakdownJoules", energyBreakdownJoules));
        f.add(new ReportField("stallCycles", stallCycles));
        f.add(new ReportField("accuracy", accuracy));
        f.add(new ReportField("samples", samples));
        f.add(new ReportField("referenceMatch", referenceMatch));
        f.add(new ReportField("hostSeconds", hostSeconds));
        f.add(new ReportField("timesteps", timesteps));
        f.add(new ReportField("spikes", spikes));
        f.add(new ReportField("synapticEvents", synapticEvents));
        f.add(new ReportField("coresUsed", coresUsed));
        f.add(new ReportField("error", error));
        return new ReportRow(f);
    }

    /**
     * Collects what a target measured or simulated and derives the rest. Setters take primitive
     * values; fields never set stay null.
     */
    public static final class Builder {
        private final String target;
        private final TargetKind kind;
        private final boolean measured;
        private final String network;
        private final int batch;
        private final Precision precision;
        private String device;
        private Double clockHz;
        private Long cycles;
        private Double latencySeconds;
        private Double pipelinedThroughput;
        private Long macs;
        private Double peakOpsPerSecond;
        private Double energyJoules;
        private String energySource;
        private Map<String, Double> energyBreakdownJoules;
        private Map<String, Long> stallCycles;
        private Double accuracy;
        private Integer samples;
        private ReferenceMatch referenceMatch = ReferenceMatch.NOT_CHECKED;
        private Double hostSeconds;
        private Integer timesteps;
        private Long spikes;
        private Long synapticEvents;
        private Integer coresUsed;

        private Builder(String target, TargetKind kind, boolean measured, String network, int batch,
                Precision precision) {
            this.target = target;
            this.kind = kind;
            this.measured = measured;
            this.network = network;
            this.batch = batch;
            this.precision = precision;
        }

        /** The device that ran, or the modelled device. */
        public Builder device(String value) {
            this.device = value;
            return this;
        }

        /** The machine clock in Hz. */
        public Builder clockHz(double value) {
            this.clockHz = positive("clockHz", value);
            return this;
        }

        /** Cycles for one batch. */
        public Builder cycles(long value) {
            this.cycles = nonNegative("cycles", value);
            return this;
        }

        /** Seconds for one batch. */
        public Builder latencySeconds(double value) {
            this.latencySeconds = positive("latencySeconds", value);
            return this;
        }

        /** A steady-state pipelined rate, when the machine overlaps batches; else batch / latency is used. */
        public Builder pipelinedThroughputInferencesPerSecond(double value) {
            this.pipelinedThroughput = positive("throughputInferencesPerSecond", value);
            return this;
        }

        /** Multiply-accumulates executed for one batch. */
        public Builder macs(long value) {
            this.macs = nonNegative("macs", value);
            return this;
        }

        /** Peak operations per second (2 per MAC) at this precision. */
        public Builder peakOpsPerSecond(double value) {
            this.peakOpsPerSecond = positive("peakOpsPerSecond", value);
            return this;
        }

        /** Energy for one batch in joules, static included, and where the figure comes from. */
        public Builder energy(double joules, String source) {
            this.energyJoules = nonNegative("energyJoules", joules);
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("every energy figure needs its source");
            }
            this.energySource = source;
            return this;
        }

        /** Energy per component or action class, in joules. */
        public Builder energyBreakdownJoules(Map<String, Double> value) {
            this.energyBreakdownJoules = value;
            return this;
        }

        /** Stall cycles per cause. */
        public Builder stallCycles(Map<String, Long> value) {
            this.stallCycles = value;
            return this;
        }

        /** Top-1 accuracy (fraction) over {@code count} labelled inputs. */
        public Builder accuracy(double fraction, int count) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("accuracy must be a fraction in [0, 1], got " + fraction);
            }
            if (count < 1) {
                throw new IllegalArgumentException("accuracy needs at least one sample");
            }
            this.accuracy = fraction;
            this.samples = count;
            return this;
        }

        /** How the outputs compare with the reference executor's. */
        public Builder referenceMatch(ReferenceMatch value) {
            this.referenceMatch = value;
            return this;
        }

        /** Wall time the simulation or measurement took on this host, in seconds. */
        public Builder hostSeconds(double value) {
            this.hostSeconds = nonNegative("hostSeconds", value);
            return this;
        }

        /** Spiking targets: time steps, spikes, synaptic events for one batch and cores used. */
        public Builder spiking(int timestepCount, long spikeCount, long synapticEventCount, int cores) {
            this.timesteps = timestepCount;
            this.spikes = spikeCount;
            this.synapticEvents = synapticEventCount;
            this.coresUsed = cores;
            return this;
        }

        /** The result, with the derived fields computed from the measured or simulated ones. */
        public RunResult build() {
            if (latencySeconds == null) {
                throw new IllegalStateException("a result needs latencySeconds");
            }
            double throughput = pipelinedThroughput != null ? pipelinedThroughput : batch / latencySeconds;
            Double ops = macs == null ? null : 2.0 * macs / latencySeconds;
            Double util = ops == null || peakOpsPerSecond == null ? null : ops / peakOpsPerSecond;
            Double perInference = energyJoules == null ? null : energyJoules / batch;
            Double power = energyJoules == null ? null : energyJoules / latencySeconds;
            return new RunResult(TOOL, Versions.sinapsis(), target, kind.label(), network, batch,
                    precision.label(), measured, device, clockHz, cycles, latencySeconds, throughput, macs, ops,
                    peakOpsPerSecond, util, energyJoules, perInference, power, energySource, energyBreakdownJoules,
                    stallCycles, accuracy, samples, referenceMatch.label(), hostSeconds, timesteps, spikes,
                    synapticEvents, coresUsed, null);
        }

        private static double positive(String field, double value) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(field + " must be positive and finite, got " + value);
            }
            return value;
        }

        private static double nonNegative(String field, double value) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(field + " must be >= 0 and finite, got " + value);
            }
            return value;
        }

        private static long nonNegative(String field, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(field + " must be >= 0, got " + value);
            }
            return value;
        }
    }
}
