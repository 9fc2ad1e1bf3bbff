// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * How a measured target is timed (JMH's discipline, simplified): untimed runs until both
 * {@code warmupRuns} and {@code minWarmupSeconds} are reached (JIT compilation, kernel
 * compilation, caches: a count alone leaves a small network timed while the JIT is still
 * compiling it), then timed runs until both {@code minMeasuredRuns} and {@code minMeasuredSeconds}
 * are reached, or {@code maxMeasuredRuns} is; the median is reported.
 *
 * @param warmupRuns at least this many untimed runs first
 * @param minWarmupSeconds keep warming up until this much time has passed, in seconds
 * @param minMeasuredRuns at least this many timed runs
 * @param minMeasuredSeconds keep timing until this much time has passed, in seconds
 * @param maxMeasuredRuns never more timed runs than this
 */
public record MeasurementProtocol(int warmupRuns, double minWarmupSeconds, int minMeasuredRuns,
        double minMeasuredSeconds, int maxMeasuredRuns) {

    /** Validates the protocol. */
    public MeasurementProtocol {
        if (warmupRuns < 0) {
            throw new IllegalArgumentException("warmup_runs must be >= 0, got " + warmupRuns);
        }
        if (!(minWarmupSeconds >= 0) || !Double.isFinite(minWarmupSeconds)) {
            throw new IllegalArgumentException("min_warmup_seconds must be >= 0, got " + minWarmupSeconds);
        }
        if (minMeasuredRuns < 1) {
            throw new IllegalArgumentException("min_measured_runs must be >= 1, got " + minMeasuredRuns);
        }
        if (maxMeasuredRuns < minMeasuredRuns) {
            throw new IllegalArgumentException("max_measured_runs (" + maxMeasuredRuns
                    + ") must be >= min_measured_runs (" + minMeasuredRuns + ")");
        }
        if (!(minMeasuredSeconds >= 0) || !Double.isFinite(minMeasuredSeconds)) {
            throw new IllegalArgumentException("min_measured_seconds must be >= 0, got " + minMeasuredSeconds);
        }
    }
}
