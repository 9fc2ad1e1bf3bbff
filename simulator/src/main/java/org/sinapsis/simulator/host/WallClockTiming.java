// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import java.util.Arrays;
import org.sinapsis.isa.arch.MeasurementProtocol;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * Times a piece of work by a {@link MeasurementProtocol}: {@link #warmUp} runs it untimed, then
 * {@link #measure} times runs with {@link System#nanoTime()}; the median of the timed runs is the
 * latency. Each timed run is a span (in nanoseconds from the first timed run) on the given track
 * when tracing is on. The two steps are separate so a caller can read energy counters around the
 * timed runs only.
 *
 * @param runNanos the duration of every timed run, in order
 * @param medianNanos the median of {@code runNanos} (the mean of the two middle runs for an even count)
 * @param timedNanos from the start of the first timed run to the end of the last
 */
public record WallClockTiming(long[] runNanos, long medianNanos, long timedNanos) {

    /** Runs {@code work} untimed until the protocol's warm-up runs and warm-up seconds are both reached. */
    public static void warmUp(MeasurementProtocol protocol, Runnable work) {
        long minNanos = (long) (protocol.minWarmupSeconds() * 1e9);
        long start = System.nanoTime();
        for (int i = 0; i < protocol.warmupRuns() || System.nanoTime() - start < minNanos; i++) {
            work.run();
        }
    }

    /** Times runs of {@code work} by {@code protocol}, tracing each as a span named {@code spanName}. */
    public static WallClockTiming measure(MeasurementProtocol protocol, Runnable work, TraceSink trace, Track track,
            String spanName) {
        long minNanos = (long) (protocol.minMeasuredSeconds() * 1e9);
        long[] runs = new long[protocol.maxMeasuredRuns()];
        int count = 0;
        long timedStart = System.nanoTime();
        long now = timedStart;
        while (count < protocol.maxMeasuredRuns()
                && (count < protocol.minMeasuredRuns() || now - timedStart < minNanos)) {
            long t0 = System.nanoTime();
            work.run();
            now = System.nanoTime();
            runs[count] = now - t0;
            if (trace.enabled()) {
                trace.accept(new Span(track, spanName, "measured-run", t0 - timedStart, runs[count]));
            }
            count++;
        }
        long[] taken = Arrays.copyOf(runs, count);
        return new WallClockTiming(taken, median(taken), now - timedStart);
    }

    /** The median of {@code values}; the mean of the two middle values for an even count. */
    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The timed runs. */
    public int runs() {
        return runNanos.length;
    }
}
