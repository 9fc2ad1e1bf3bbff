// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

/**
 * SCALE-Sim v2's USER-mode read buffer ({@code read_buffer.py}): DRAM delivers
 * {@code bandwidth} words per cycle and a read of a word not in the active half of the SRAM waits
 * for prefetches.
 *
 * <p>Mechanism, as SCALE-Sim implements it: the operand's prefetch order (its prefetch matrix) is
 * cut into lines of {@value #LINE} valid words (a last, possibly empty line closes the list). The
 * active window holds half the SRAM's words' worth of lines and is filled before the first demand.
 * A demanded word outside the window triggers prefetches, each moving the window forward by the
 * other half's worth of lines (wrapping around the line list) and taking
 * {@code ceil(half / bandwidth)} cycles plus the one-cycle port latency, until the window holds the
 * word; the demand line waits until the last prefetch lands (a positive wait counts once). Because the window only moves forward, a word just behind it (the
 * weight-stationary filter rows are demanded bottom-up) costs a full lap of the list: this is
 * why SCALE-Sim fetches a 784x512 filter 16 times in the oracle's USER runs. Every prefetch counts
 * {@code lines x bandwidth} DRAM words.
 */
final class UserReadBuffer implements ReadBuffer {
    private static final int PORT_LATENCY = 1;
    private static final int HIT_LATENCY = 1;
    /**
     * Words per prefetch line. SCALE-Sim v2 (22f88b1) groups the prefetch order into lines of 10
     * words whatever the user bandwidth: with lines of the bandwidth, as its later code does, the
     * oracle's DRAM filter reads at 4 and 1 words per cycle are not reproduced; with 10 they are,
     * exactly, at all three bandwidths of the oracle runs (inferred from those outputs).
     */
    static final int LINE = 10;

    private final int bandwidth;
    private final long activeWords;
    private final long prefetchWords;
    private final long fetchRows;
    private final int numLines;
    private final int activeLines;
    private final int prefetchLines;
    private final int[] lineStart;
    private final int[] lineIds;
    private boolean started;
    private int windowStart;
    private int windowEnd;
    private long lastPrefetchCycle;
    private long cycle;
    private long offset;
    private long words;
    private long dramStart;
    private long dramStop;

    /**
     * @param fetchOrder the operand's addresses in prefetch order, -1 for padding
     * @param sramWords words of the SRAM (both buffers)
     * @param bandwidth DRAM words per cycle
     * @param addressSpace operand addresses range over {@code [0, addressSpace)}
     */
    UserReadBuffer(int[] fetchOrder, long sramWords, int bandwidth, long addressSpace) {
        this.bandwidth = bandwidth;
        this.activeWords = (sramWords + 1) / 2;
        this.prefetchWords = sramWords - activeWords;
        this.fetchRows = (fetchOrder.length + bandwidth - 1) / bandwidth;
        int space = Math.toIntExact(addressSpace);
        int[] counts = new int[space + 1];
        int valid = 0;
        for (int a : fetchOrder) {
            if (a >= 0) {
                counts[a + 1]++;
                valid++;
            }
        }
        for (int i = 0; i < space; i++) {
            counts[i + 1] += counts[i];
        }
        this.lineStart = counts.clone();
        this.lineIds = new int[valid];
        int[] fill = counts;
        int v = 0;
        for (int a : fetchOrder) {
            if (a >= 0) {
                lineIds[fill[a]++] = v / LINE;
                v++;
            }
        }
        this.numLines = valid / LINE + 1;
        long maxActive = (activeWords + LINE - 1) / LINE;
        long maxPrefetch = (prefetchWords + LINE - 1) / LINE;
        this.activeLines = (int) Math.min(maxActive, numLines);
        this.prefetchLines = (int) Math.min(maxPrefetch, numLines - activeLines);
    }

    @Override
    public void beginLine(long lineCycle) {
        if (!started) {
            started = true;
            long lines = Math.min((activeWords + bandwidth - 1) / bandwidth, fetchRows);
            words += lines * bandwidth;
            dramStart = lineCycle - lines;
            lastPrefetchCycle = lineCycle - 1;
            dramStop = lastPrefetchCycle;
            windowStart = 0;
            windowEnd = activeLines;
        }
        this.cycle = lineCycle;
        this.offset = HIT_LATENCY;
    }

    @Override
    public void read(int[] addresses, int count) {
        for (int i = 0; i < count; i++) {
            read(addresses[i]);
        }
    }

    private void read(int address) {
        while (!inWindow(address)) {
            prefetch();
            long potential = lastPrefetchCycle - (cycle + offset);
            if (potential > 0) {
                offset += potential;
            }
        }
    }

    private boolean inWindow(int address) {
        int from = lineStart[address];
        int to = lineStart[address + 1];
        if (from == to) {
            throw new IllegalStateException("address " + address + " is demanded but never prefetched");
        }
        for (int i = from; i < to; i++) {
            int line = lineIds[i];
            if (windowStart < windowEnd ? line >= windowStart && line < windowEnd
                    : line >= windowStart || line < windowEnd) {
                return true;
            }
        }
        return false;
    }

    private void prefetch() {
        windowStart = (windowStart + prefetchLines) % numLines;
        windowEnd = (windowStart + activeLines) % numLines;
        long lines = (prefetchWords + bandwidth - 1) / bandwidth;
        words += lines * bandwidth;
        lastPrefetchCycle += lines + PORT_LATENCY;
        dramStop = lastPrefetchCycle;
    }

    @Override
    public long endLine() {
        return offset - HIT_LATENCY;
    }

    @Override
    public void finish() {
        // every prefetch is issued while demands are serviced
    }

    @Override
    public long dramWords() {
        return words;
    }

    @Override
    public long dramStartCycle() {
        return dramStart;
    }

    @Override
    public long dramStopCycle() {
        return dramStop;
    }
}
