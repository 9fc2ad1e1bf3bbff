// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many times each action happened in a run: what a machine reports instead of energy, so an
 * {@link EnergyTable} can be swapped without simulating again. Immutable; machines collect counts
 * with a {@link Builder}. Iteration is in {@link ActionKey} order, so output is deterministic.
 *
 * @param counts count per action, every count at least 1 (actions that never happened are absent)
 */
public record ActionCounts(Map<ActionKey, Long> counts) {

    /** Validates and copies the counts, dropping zeros. */
    public ActionCounts {
        boolean allPositive = true;
        for (Map.Entry<ActionKey, Long> e : counts.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative count for " + e.getKey() + ": " + e.getValue());
            }
            allPositive &= e.getValue() > 0;
        }
        TreeMap<ActionKey, Long> copy;
        if (allPositive && counts instanceof SortedMap<ActionKey, Long> sorted && sorted.comparator() == null) {
            copy = new TreeMap<>(sorted);
        } else {
            copy = new TreeMap<>();
            for (Map.Entry<ActionKey, Long> e : counts.entrySet()) {
                if (e.getValue() > 0) {
                    copy.put(e.getKey(), e.getValue());
                }
            }
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** No actions. */
    public static ActionCounts none() {
        return new ActionCounts(Map.of());
    }

    /** A fresh builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The count of {@code component.action}, 0 when it never happened. */
    public long get(String component, String action) {
        return counts.getOrDefault(new ActionKey(component, action), 0L);
    }

    /** The sum of both runs' counts. */
    public ActionCounts plus(ActionCounts other) {
        Builder b = builder().addAll(this);
        return b.addAll(other).build();
    }

    /** Every count multiplied by {@code factor} (for example, per batch to per run of n batches). */
    public ActionCounts times(long factor) {
        Builder b = builder();
        counts.forEach((k, v) -> b.add(k, Math.multiplyExact(v, factor)));
        return b.build();
    }

    /**
     * Collects counts while a machine runs. Not thread-safe: a machine that simulates in parallel
     * keeps one builder per thread and merges them in a fixed order.
     */
    public static final class Builder {
        private final TreeMap<ActionKey, Long> counts = new TreeMap<>();

        private Builder() {
        }

        /** Adds {@code count} occurrences of {@code component.action}. */
        public Builder add(String component, String action, long count) {
            return add(new ActionKey(component, action), count);
        }

        /** Adds {@code count} occurrences of {@code key}. */
        public Builder add(ActionKey key, long count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + key + ": " + count);
            }
            if (count > 0) {
                counts.merge(key, count, Math::addExact);
            }
            return this;
        }

        /** Adds every count of {@code other}. */
        public Builder addAll(ActionCounts other) {
            other.counts().forEach(this::add);
            return this;
        }

        /** The counts so far. */
        public ActionCounts build() {
            return new ActionCounts(counts);
        }
    }
}
