// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import java.util.Map;
import java.util.TreeMap;

/**
 * First-fit allocation of float ranges in the activation arena, each aligned to
 * {@value #ALIGN_FLOATS} floats (64 bytes); freed ranges merge with their neighbours. The arena's
 * size is the highest end ever allocated. Deterministic: the same sequence of calls gives the
 * same offsets.
 */
final class ArenaPlanner {
    static final int ALIGN_FLOATS = 16;

    /** Free ranges by start, within [0, size). */
    private final TreeMap<Long, Long> free = new TreeMap<>();
    private long size;

    /** The offset of a new range of {@code floats} floats. */
    long allocate(long floats) {
        long need = (Math.max(1, floats) + ALIGN_FLOATS - 1) / ALIGN_FLOATS * ALIGN_FLOATS;
        for (Map.Entry<Long, Long> e : free.entrySet()) {
            if (e.getValue() >= need) {
                long start = e.getKey();
                free.remove(start);
                if (e.getValue() > need) {
                    free.put(start + need, e.getValue() - need);
                }
                return start;
            }
        }
        long start = size;
        Map.Entry<Long, Long> last = free.lastEntry();
        if (last != null && last.getKey() + last.getValue() == size) {
            start = last.getKey();
            free.remove(start);
        }
        size = start + need;
        return start;
    }

    /** Returns the range at {@code offset} of {@code floats} floats (as allocated) to the free list. */
    void release(long offset, long floats) {
        long length = (Math.max(1, floats) + ALIGN_FLOATS - 1) / ALIGN_FLOATS * ALIGN_FLOATS;
        long start = offset;
        Map.Entry<Long, Long> before = free.floorEntry(start);
        if (before != null && before.getKey() + before.getValue() == start) {
            start = before.getKey();
            length += before.getValue();
            free.remove(start);
        }
        Long after = free.get(start + length);
        if (after != null) {
            free.remove(start + length);
            length += after;
        }
        free.put(start, length);
    }

    /** The arena size needed so far, in floats. */
    long size() {
        return size;
    }
}
