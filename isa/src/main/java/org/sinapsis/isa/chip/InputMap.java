// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where host input spikes enter the chip: channel {@code c} (one input value, such as a pixel)
 * feeds axons {@code (targetCore[t], targetAxon[t])} for {@code t in [start[c], start[c+1])}. A
 * spike the host sends for tick {@code k} is integrated in tick {@code k}. Immutable; the
 * accessors return the arrays themselves (callers must not modify them).
 */
public final class InputMap {
    private final int[] start;
    private final int[] targetCore;
    private final int[] targetAxon;

    /** An input map from CSR arrays (not copied). */
    public InputMap(int[] start, int[] targetCore, int[] targetAxon) {
        this.start = Objects.requireNonNull(start, "start");
        this.targetCore = Objects.requireNonNull(targetCore, "target_core");
        this.targetAxon = Objects.requireNonNull(targetAxon, "target_axon");
        if (start.length < 1 || start[0] != 0 || start[start.length - 1] != targetCore.length
                || targetAxon.length != targetCore.length) {
            throw new IllegalArgumentException("input map arrays are inconsistent");
        }
        for (int i = 1; i < start.length; i++) {
            if (start[i] < start[i - 1]) {
                throw new IllegalArgumentException("input map starts must not decrease");
            }
        }
    }

    /** An input map with {@code channels} channels, each feeding the listed {@code (core, axon)} pairs. */
    public static InputMap of(int[][] coreAxonPairsPerChannel) {
        int[] s = new int[coreAxonPairsPerChannel.length + 1];
        IntList cores = new IntList();
        IntList axons = new IntList();
        for (int c = 0; c < coreAxonPairsPerChannel.length; c++) {
            int[] pairs = coreAxonPairsPerChannel[c];
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                cores.add(pairs[i]);
                axons.add(pairs[i + 1]);
            }
            s[c + 1] = cores.size();
        }
        return new InputMap(s, cores.toArray(), axons.toArray());
    }

    /** Input channels. */
    public int channels() {
        return start.length - 1;
    }

    /** CSR starts by channel; the array itself. */
    public int[] start() {
        return start;
    }

    /** Target core of each entry; the array itself. */
    public int[] targetCore() {
        return targetCore;
    }

    /** Target axon of each entry; the array itself. */
    public int[] targetAxon() {
        return targetAxon;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputMap m && Arrays.equals(m.start, start) && Arrays.equals(m.targetCore, targetCore)
                && Arrays.equals(m.targetAxon, targetAxon);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(start) * 31 + Arrays.hashCode(targetCore);
    }
}
