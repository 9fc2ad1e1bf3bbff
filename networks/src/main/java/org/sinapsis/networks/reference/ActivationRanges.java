// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the calibration range of chosen nodes over batches: the absolute maximum, or the
 * nearest-rank percentile of {@code |x|} (which keeps every value of those nodes in memory).
 */
final class ActivationRanges {
    private final double percentile;
    private final Map<String, Float> maxima = new HashMap<>();
    private final Map<String, List<float[]>> samples = new HashMap<>();

    /** @param percentile in (0, 100]; 100 is the absolute maximum */
    ActivationRanges(double percentile) {
        this.percentile = percentile;
    }

    /** Records the values of one batch of {@code node}. */
    void add(String node, float[] values) {
        if (percentile == 100) {
            float max = maxima.getOrDefault(node, 0f);
            for (float v : values) {
                max = Math.max(max, Math.abs(v));
            }
            maxima.put(node, max);
        } else {
            samples.computeIfAbsent(node, k -> new ArrayList<>()).add(values);
        }
    }

    /** The range of {@code node}: a non-negative value, possibly NaN or infinite for bad data. */
    double range(String node) {
        if (percentile == 100) {
            return maxima.getOrDefault(node, 0f);
        }
        List<float[]> parts = samples.getOrDefault(node, List.of());
        int n = parts.stream().mapToInt(a -> a.length).sum();
        if (n == 0) {
            return 0;
        }
        float[] all = new float[n];
        int offset = 0;
        for (float[] part : parts) {
            for (float v : part) {
                all[offset++] = Math.abs(v);
            }
        }
        Arrays.sort(all);
        int rank = (int) Math.ceil(percentile / 100 * n);
        return all[Math.max(0, rank - 1)];
    }
}
