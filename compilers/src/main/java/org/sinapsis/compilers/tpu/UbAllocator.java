// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.Map;
import java.util.TreeMap;

/**
 * First-fit allocation of Unified Buffer rows with coalescing free blocks; remembers its peak.
 * Deterministic: the same request sequence gives the same rows.
 */
final class UbAllocator {
    private final long capacity;
    private final TreeMap<Long, Long> free = new TreeMap<>();
    private long used;
    private long peak;

    UbAllocator(long capacity) {
        this.capacity = capacity;
        free.put(0L, capacity);
    }

    /** The first row of {@code rows} free rows, or -1 when no free block is large enough. */
    long allocate(long rows) {
        for (Map.Entry<Long, Long> e : free.entrySet()) {
            if (e.getValue() >= rows) {
                long base = e.getKey();
                free.remove(base);
                if (e.getValue() > rows) {
                    free.put(base + rows, e.getValue() - rows);
                }
                used += rows;
                peak = Math.max(peak, used);
                return base;
            }
        }
        return -1;
    }

    /** Frees rows {@code [base, base + rows)}. */
    void free(long base, long rows) {
        used -= rows;
        long start = base;
        long length = rows;
        Map.Entry<Long, Long> before = free.floorEntry(base);
        if (before != null && before.getKey() + before.getValue() == base) {
            start = before.getKey();
            length += before.getValue();
            free.remove(before.getKey());
        }
        Long after = free.containsKey(base + rows) ? free.get(base + rows) : null;
        if (after != null) {
            free.remove(base + rows);
            length += after;
        }
        free.put(start, length);
    }

    /** Rows allocated now. */
    long used() {
        return used;
    }

    /** The most rows allocated at once. */
    long peak() {
        return peak;
    }

    /** Rows in all. */
    long capacity() {
        return capacity;
    }
}
