// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stall cycles by cause, in a fixed order of causes, for a unit whose idle time must be explained
 * (the matrix unit). An idle gap is split among the conditions that held the work back, in the
 * order they were met ({@link #attribute}), so every idle cycle has exactly one cause.
 */
public final class StallLedger {
    private final Map<String, Long> cycles = new LinkedHashMap<>();

    /** A ledger listing {@code causes} in this order, each at 0. */
    public StallLedger(List<String> causes) {
        for (String c : causes) {
            cycles.put(c, 0L);
        }
    }

    /** Adds {@code count} cycles to {@code cause}. */
    public void add(String cause, long count) {
        if (!cycles.containsKey(cause)) {
            throw new IllegalArgumentException("unknown stall cause '" + cause + "'; known: " + cycles.keySet());
        }
        if (count < 0) {
            throw new IllegalArgumentException("negative stall for " + cause + ": " + count);
        }
        cycles.merge(cause, count, Long::sum);
    }

    /**
     * Splits the idle gap {@code [from, to)} among conditions met at {@code metAt[i]}, in order: the
     * cycles before condition 0 was met go to {@code causes[0]}, those after it but before condition
     * 1 was met to {@code causes[1]}, and so on; whatever remains goes to {@code rest}.
     */
    public void attribute(long from, long to, String[] causes, long[] metAt, String rest) {
        long at = from;
        for (int i = 0; i < causes.length && at < to; i++) {
            long until = Math.min(to, metAt[i]);
            if (until > at) {
                add(causes[i], until - at);
                at = until;
            }
        }
        if (at < to) {
            add(rest, to - at);
        }
    }

    /** The stall cycles by cause, in the ledger's order. */
    public Map<String, Long> cycles() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cycles));
    }

    /** All stall cycles. */
    public long total() {
        long sum = 0;
        for (long c : cycles.values()) {
            sum += c;
        }
        return sum;
    }
}
