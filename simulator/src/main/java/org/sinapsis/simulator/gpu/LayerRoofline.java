// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

/**
 * The roofline of one layer for one batch, as {@link GpuRooflineModel} evaluates it.
 *
 * @param node the node's name
 * @param kind the layer kind ({@code Dense}, {@code Conv2D}...)
 * @param macs multiply-accumulates
 * @param vectorOps element-wise operations (pooling taps, activations, gate math, sums)
 * @param dramBytes bytes moved between DRAM and the chip
 * @param computeCycles cycles the fp32 units need: {@code ceil(macs / units) + ceil(vectorOps / units)}
 * @param memoryCycles cycles DRAM needs: {@code ceil(dramBytes / bytes per cycle)}
 */
public record LayerRoofline(String node, String kind, long macs, long vectorOps, long dramBytes, long computeCycles,
        long memoryCycles) {

    /** The layer's cycles: the higher of its two roofs. */
    public long cycles() {
        return Math.max(computeCycles, memoryCycles);
    }

    /** Whether DRAM, not the arithmetic units, sets the layer's time. */
    public boolean memoryBound() {
        return memoryCycles > computeCycles;
    }

    /** Cycles the arithmetic units wait for DRAM: {@code max(0, memoryCycles - computeCycles)}. */
    public long dramStallCycles() {
        return Math.max(0, memoryCycles - computeCycles);
    }

    /** Multiply-accumulates per DRAM byte, the roofline's x axis. */
    public double macsPerByte() {
        return dramBytes == 0 ? Double.POSITIVE_INFINITY : (double) macs / dramBytes;
    }
}
