// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.Map;
import java.util.TreeMap;

/** A set of row ranges, merged as they are added, answering overlap queries in log time. */
final class RowIntervals {
    private final TreeMap<Long, Long> ranges = new TreeMap<>();

    /** Adds {@code [from, to)}. */
    void add(long from, long to) {
        long start = from;
        long end = to;
        Map.Entry<Long, Long> before = ranges.floorEntry(start);
        if (before != null && before.getValue() >= start) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
            ranges.remove(before.getKey());
        }
        Map.Entry<Long, Long> next = ranges.ceilingEntry(start);
        while (next != null && next.getKey() <= end) {
            end = Math.max(end, next.getValue());
            ranges.remove(next.getKey());
            next = ranges.ceilingEntry(start);
        }
        ranges.put(start, end);
    }

    /** Whether some range shares a row with {@code [from, to)}. */
    boolean overlaps(long from, long to) {
        Map.Entry<Long, Long> e = ranges.lowerEntry(to);
        return e != null && e.getValue() > from;
    }

    /** Removes every range. */
    void clear() {
        ranges.clear();
    }
}
