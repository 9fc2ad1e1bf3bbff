// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.process;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A hand-written spike list: channel spikes at given ticks (tests, probes, clamped inputs). */
public final class ExplicitSpikes implements SpikeSource {
    private final Map<Long, int[]> byTick;

    /** @param channelsByTick for each tick, the channels that spike (copied and sorted) */
    public ExplicitSpikes(Map<Long, int[]> channelsByTick) {
        this.byTick = new TreeMap<>();
        channelsByTick.forEach((t, c) -> {
            int[] copy = c.clone();
            Arrays.sort(copy);
            byTick.put(t, copy);
        });
    }

    /** The same channels every tick from 0 to {@code ticks - 1}. */
    public static ExplicitSpikes every(long ticks, int... channels) {
        Map<Long, int[]> m = new TreeMap<>();
        for (long t = 0; t < ticks; t++) {
            m.put(t, channels);
        }
        return new ExplicitSpikes(m);
    }

    @Override
    public int spikes(long tick, int[] out) {
        int[] c = byTick.get(tick);
        if (c == null) {
            return 0;
        }
        System.arraycopy(c, 0, out, 0, c.length);
        return c.length;
    }
}
