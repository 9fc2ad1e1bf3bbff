// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loop bounds of one layer's nest for one batch, per {@link Dim}. A dimension that the
 * layer does not have has bound 1.
 *
 * @param bounds bound per dimension; dimensions left out are 1
 */
public record LoopBounds(Map<Dim, Long> bounds) {

    /** Validates (every bound at least 1) and copies the map. */
    public LoopBounds {
        EnumMap<Dim, Long> copy = new EnumMap<>(Dim.class);
        for (Map.Entry<Dim, Long> e : bounds.entrySet()) {
            if (e.getValue() < 1) {
                throw new IllegalArgumentException("loop bound " + e.getKey() + " must be >= 1, got " + e.getValue());
            }
            if (e.getValue() > 1) {
                copy.put(e.getKey(), e.getValue());
            }
        }
        bounds = Collections.unmodifiableMap(copy);
    }

    /** Starts a nest with every bound 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bound of {@code dim}, 1 where the layer has no such loop. */
    public long bound(Dim dim) {
        return bounds.getOrDefault(dim, 1L);
    }

    /** The product of all bounds: the number of innermost iterations. */
    public long product() {
        long p = 1;
        for (long b : bounds.values()) {
            p *= b;
        }
        return p;
    }

    /** {@code N=1 M=96 C=3 R=11 S=11 P=55 Q=55}, in {@link Dim} order, bounds of 1 left out. */
    @Override
    public String toString() {
        return bounds.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Collects bounds for {@link LoopBounds}. */
    public static final class Builder {
        private final EnumMap<Dim, Long> bounds = new EnumMap<>(Dim.class);

        private Builder() {
        }

        /** Sets the bound of {@code dim}. */
        public Builder set(Dim dim, long bound) {
            bounds.put(dim, bound);
            return this;
        }

        /** The immutable nest. */
        public LoopBounds build() {
            return new LoopBounds(bounds);
        }
    }
}
