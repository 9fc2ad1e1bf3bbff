// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.Arrays;

/**
 * SCALE-Sim v2's CALC-mode read buffer ({@code read_buffer_estimate_bw.py}): reads never stall;
 * the buffer only records which addresses it must have fetched from DRAM, and when.
 *
 * <p>Mechanism: the SRAM's words are split into 100 sets of {@code floor(words / 100)}; half the
 * sets form the active window. Every address not seen in the current window (the sets filled
 * since the window began, the one being filled included) is a new DRAM word, added to the current
 * set. When 50 sets have filled, the window moves on: the previous window's words are prefetched
 * over the cycles the window took, at whatever bandwidth that needs; the first window is fetched
 * before the first demand at 10 words per cycle. DRAM reads are therefore the unique addresses
 * per half-SRAM window, and DRAM trace rows lag demand by one window. Read port latency is one
 * cycle.
 */
final class EstimatedReadBuffer implements ReadBuffer {
    /** SCALE-Sim's CALC-mode prefetch rate for ifmap and filter: "10 elems per cycle is arbitrary". */
    static final int DEFAULT_WORDS_PER_CYCLE = 10;
    private static final int SETS_PER_WINDOW = 50;
    private static final int PORT_LATENCY = 1;

    /** Per address, the window that last fetched it (16 bits: restarted from 1 when they run out). */
    private final char[] stamp;
    private final int itemsPerSet;
    private char window = 1;
    private int setFill;
    private int setsInWindow;
    private long completedSets;
    private long cycle;
    private boolean firstSeen;
    private long firstRequestCycle;
    private boolean initialDone;
    private long lastStart;
    private long lastEnd;
    private long words;
    private boolean traced;
    private long dramStart;
    private long dramStop;

    /**
     * @param sramWords words of the SRAM (both buffers)
     * @param addressSpace operand addresses range over {@code [0, addressSpace)}
     */
    EstimatedReadBuffer(long sramWords, long addressSpace) {
        this.itemsPerSet = (int) (sramWords / 100);
        if (itemsPerSet < 1) {
            throw new IllegalArgumentException("SCALE-Sim's CALC read buffer needs at least 100 words, got " + sramWords);
        }
        this.stamp = new char[Math.toIntExact(addressSpace)];
    }

    @Override
    public void beginLine(long lineCycle) {
        this.cycle = lineCycle;
    }

    @Override
    public void read(int[] addresses, int count) {
        char[] seen = stamp;
        char current = window;
        for (int i = 0; i < count; i++) {
            int address = addresses[i];
            if (seen[address] != current) {
                miss(address);
                current = window;
            }
        }
    }

    /** A word not yet fetched in the current window: fetched now, possibly closing the window. */
    private void miss(int address) {
        if (!firstSeen) {
            firstSeen = true;
            firstRequestCycle = cycle;
        }
        stamp[address] = window;
        words++;
        if (++setFill == itemsPerSet) {
            setFill = 0;
            completedSets++;
            if (++setsInWindow == SETS_PER_WINDOW) {
                setsInWindow = 0;
                if (++window == Character.MAX_VALUE) {
                    Arrays.fill(stamp, (char) 0);
                    window = 1;
                }
                moveWindow();
            }
        }
    }

    private void moveWindow() {
        if (!initialDone) {
            long end = firstRequestCycle - 1 - PORT_LATENCY;
            long need = ceilDiv((long) SETS_PER_WINDOW * itemsPerSet, DEFAULT_WORDS_PER_CYCLE);
            trace(end - need + 1, end);
            initialDone = true;
            lastStart = end + 1;
        } else {
            trace(lastStart, lastEnd);
            lastStart = lastEnd + 1;
        }
        lastEnd = cycle;
    }

    @Override
    public long endLine() {
        return 0;
    }

    @Override
    public void finish() {
        if (!initialDone) {
            if (words == 0) {
                return;
            }
            long sets = completedSets + (setFill > 0 ? 1 : 0);
            long end = -1 - PORT_LATENCY;
            long need = ceilDiv(sets * itemsPerSet, DEFAULT_WORDS_PER_CYCLE);
            trace(end - need + 1, end);
        } else {
            trace(lastStart, lastEnd);
        }
    }

    /** Records prefetch rows issued at cycles {@code [from, to]}, answered one cycle later. */
    private void trace(long from, long to) {
        if (!traced) {
            traced = true;
            dramStart = from + PORT_LATENCY;
        }
        dramStop = to + PORT_LATENCY;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
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
