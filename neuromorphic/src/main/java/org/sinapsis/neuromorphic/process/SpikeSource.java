// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.process;

/** The host side of a run: which input channels spike in each tick (Lava's spike generators). */
public interface SpikeSource {

    /**
     * Writes the channels that spike in tick {@code tick} to {@code out}, in ascending order.
     *
     * @param out room for every channel
     * @return how many entries were written
     */
    int spikes(long tick, int[] out);
}
