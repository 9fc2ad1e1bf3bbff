// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The contents of the TPU's weight memory: segments of bytes at addresses, one per layer as the
 * compiler lays the tiles out. An image without segments ({@link #none()}) runs a program for
 * timing only. Immutable; segments are not copied (their owner hands them over).
 */
public final class TpuWeightImage {
    private static final TpuWeightImage NONE = new TpuWeightImage(List.of());

    /**
     * One segment.
     *
     * @param address first byte
     * @param bytes the contents (not copied)
     */
    public record Segment(long address, byte[] bytes) {
    }

    private final List<Segment> segments;
    private final long[] starts;

    private TpuWeightImage(List<Segment> segments) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingLong(Segment::address));
        for (int i = 1; i < sorted.size(); i++) {
            Segment prev = sorted.get(i - 1);
            if (prev.address() + prev.bytes().length > sorted.get(i).address()) {
                throw new IllegalArgumentException("weight segments overlap at byte " + sorted.get(i).address());
            }
        }
        this.segments = List.copyOf(sorted);
        this.starts = sorted.stream().mapToLong(Segment::address).toArray();
    }

    /** No contents: programs run for timing only. */
    public static TpuWeightImage none() {
        return NONE;
    }

    /** An image of the given segments, which must not overlap. */
    public static TpuWeightImage of(List<Segment> segments) {
        return new TpuWeightImage(segments);
    }

    /** Whether the image has contents. */
    public boolean present() {
        return !segments.isEmpty();
    }

    /** The segments, by address. */
    public List<Segment> segments() {
        return segments;
    }

    /** Bytes held. */
    public long bytes() {
        long n = 0;
        for (Segment s : segments) {
            n += s.bytes().length;
        }
        return n;
    }

    /**
     * The segment holding {@code [address, address + length)} and the offset of {@code address} in
     * it, or empty when no single segment holds the range.
     */
    public Optional<Segment> segmentFor(long address, long length) {
        int i = Arrays.binarySearch(starts, address);
        int idx = i >= 0 ? i : -i - 2;
        if (idx < 0) {
            return Optional.empty();
        }
        Segment s = segments.get(idx);
        return address + length <= s.address() + s.bytes().length ? Optional.of(s) : Optional.empty();
    }
}
