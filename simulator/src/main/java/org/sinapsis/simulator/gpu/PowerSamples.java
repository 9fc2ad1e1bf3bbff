// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.util.ArrayList;
import java.util.List;

/**
 * Power readings over time and their integral. Readings are power levels sampled at host times;
 * the energy over a window is the trapezoid rule between readings, with the first reading
 * extended back to the window's start and the last forward to its end. Thread-safe: a reader
 * thread adds while the measuring thread waits.
 */
final class PowerSamples {
    private final List<Long> timesNanos = new ArrayList<>();
    private final List<Double> watts = new ArrayList<>();

    /** Adds a reading of {@code powerWatts} taken at {@code nanoTime}. */
    synchronized void add(long nanoTime, double powerWatts) {
        timesNanos.add(nanoTime);
        watts.add(powerWatts);
    }

    /** Readings so far. */
    synchronized int size() {
        return watts.size();
    }

    /**
     * Joules between {@code startNanos} and {@code endNanos} (host {@link System#nanoTime()}).
     *
     * @throws IllegalStateException with fewer than two readings inside the window
     */
    synchronized double joules(long startNanos, long endNanos) {
        List<Long> t = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < watts.size(); i++) {
            long ti = timesNanos.get(i);
            if (ti >= startNanos && ti <= endNanos) {
                t.add(ti);
                p.add(watts.get(i));
            }
        }
        if (t.size() < 2) {
            throw new IllegalStateException("only " + t.size() + " power reading(s) in a window of "
                    + (endNanos - startNanos) / 1e6 + " ms");
        }
        double joules = p.get(0) * (t.get(0) - startNanos) / 1e9;
        for (int i = 1; i < t.size(); i++) {
            joules += (p.get(i - 1) + p.get(i)) / 2 * (t.get(i) - t.get(i - 1)) / 1e9;
        }
        joules += p.get(p.size() - 1) * (endNanos - t.get(t.size() - 1)) / 1e9;
        return joules;
    }
}
