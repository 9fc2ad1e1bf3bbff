// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.engine;

/**
 * A link that moves bytes one transfer after another at a fixed rate (a DRAM channel, PCIe): a
 * transfer of {@code b} bytes takes {@code ceil(b / bytesPerCycle)} cycles (at least 1) and starts
 * when it is ready and the link is free.
 */
public final class BandwidthChannel {
    private final Resource link;
    private final double bytesPerCycle;
    private long bytes;

    /**
     * @param name the link's name
     * @param bytesPerSecond its bandwidth
     * @param clockHz the clock cycles are counted in
     */
    public BandwidthChannel(String name, double bytesPerSecond, double clockHz) {
        if (!(bytesPerSecond > 0) || !(clockHz > 0)) {
            throw new IllegalArgumentException("bandwidth and clock must be positive");
        }
        this.link = new Resource(name);
        this.bytesPerCycle = bytesPerSecond / clockHz;
    }

    /** Cycles {@code byteCount} bytes take on the link: {@code ceil(bytes / bytesPerCycle)}, at least 1. */
    public long cycles(long byteCount) {
        return Math.max(1, (long) Math.ceil(byteCount / bytesPerCycle));
    }

    /** The cycle a transfer ready at {@code readyCycle} would start. */
    public long earliestStart(long readyCycle) {
        return link.earliestStart(readyCycle);
    }

    /** Moves {@code byteCount} bytes starting at {@code startCycle}; returns the cycle the last byte arrives. */
    public long transfer(long startCycle, long byteCount) {
        long end = startCycle + cycles(byteCount);
        link.occupy(startCycle, end);
        bytes += byteCount;
        return end;
    }

    /** Bytes moved so far. */
    public long bytes() {
        return bytes;
    }

    /** Cycles the link has been busy. */
    public long busyCycles() {
        return link.busyCycles();
    }
}
