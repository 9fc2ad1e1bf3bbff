// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.Arrays;

/**
 * SCALE-Sim v2's double-buffered output SRAM ({@code write_buffer.py}): outputs are packed into
 * DRAM lines of {@code bandwidth} words as they are written; once more than half the SRAM holds
 * outputs, the drain half is written back to DRAM at one line per cycle (the current partial line
 * is closed first). A write stalls only while a drain is running and the SRAM is full. After the
 * last demand line every remaining line is drained.
 *
 * <p>SCALE-Sim's counting is kept: a drained block counts {@code lines x bandwidth} words minus the
 * empty slots of its last line only, so lines closed early in the middle of a block count whole
 * (DRAM writes slightly exceed SRAM writes). Write port latency is 0. The DRAM stop cycle is the
 * last row of the last block drained, which can be earlier than a block still draining when the
 * final drain starts (SCALE-Sim reports the trace's last row, not its latest cycle).
 */
final class WriteBuffer {
    private final long totalWords;
    private final long drainWords;
    private final int bandwidth;
    private final long linesPerDrain;
    private long free;
    private int lineFill;
    private int[] lines = new int[1024];
    private int lineCount;
    private int drained;
    private long drainEnd;
    private long cycle;
    private long current;
    private long dramWords;
    private boolean traced;
    private long dramStart;
    private long dramStop;

    /**
     * @param sramWords words of the SRAM (both buffers)
     * @param bandwidth DRAM words per cycle (SCALE-Sim: the array width in CALC mode, the user's in USER mode)
     */
    WriteBuffer(long sramWords, int bandwidth) {
        this.totalWords = sramWords;
        long active = (sramWords + 1) / 2;
        this.drainWords = sramWords - active;
        this.bandwidth = bandwidth;
        this.linesPerDrain = (drainWords + bandwidth - 1) / bandwidth;
        this.free = sramWords;
    }

    /** Starts a demand line issued at {@code lineCycle}. */
    void beginLine(long lineCycle) {
        this.cycle = lineCycle;
        this.current = lineCycle;
    }

    /** One output word written. */
    void write() {
        free--;
        if (++lineFill == bandwidth) {
            closeLine();
        }
        if (current < drainEnd) {
            if (free <= 0) {
                current = drainEnd;
            }
        } else if (free < totalWords - drainWords) {
            closeLine();
            drainEnd = drainBlock(current);
        }
    }

    /** Ends the line; returns its stall cycles (waiting for a drain with the SRAM full). */
    long endLine() {
        return current - cycle;
    }

    /** The cycle the last line completed at; then drains everything left. */
    void finish(long lastCycle) {
        closeLine();
        long at = lastCycle;
        while (drained < lineCount) {
            drainEnd = drainBlock(at);
            at = drainEnd + 1;
        }
    }

    private void closeLine() {
        if (lineFill == 0) {
            return;
        }
        if (lineCount == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[lineCount++] = lineFill;
        lineFill = 0;
    }

    private long drainBlock(long start) {
        int n = (int) Math.min(linesPerDrain, lineCount - drained);
        long words = (long) n * bandwidth - (bandwidth - lines[drained + n - 1]);
        drained += n;
        free += words;
        dramWords += words;
        if (!traced) {
            traced = true;
            dramStart = start;
        }
        dramStop = start + n - 1;
        return start + n - 1;
    }

    /** Words written to DRAM. */
    long dramWords() {
        return dramWords;
    }

    /** Cycle of the first DRAM write row. */
    long dramStartCycle() {
        return dramStart;
    }

    /** Cycle of the last row of the last drained block. */
    long dramStopCycle() {
        return dramStop;
    }
}
