// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.List;

/**
 * A finite set of candidate designs or mappings, each reachable by index (Timeloop's mapspace
 * IDs), so strategies can enumerate, sample and split it without knowing what a point is.
 *
 * @param <P> the point type (a loop tiling, an array shape)
 */
public interface DesignSpace<P> {

    /** Number of points, at least 0. */
    long size();

    /**
     * The point at {@code index}; the same index always gives an equal point.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())}
     */
    P point(long index);

    /** A space over a fixed list, in list order. */
    static <P> DesignSpace<P> of(List<P> points) {
        List<P> copy = List.copyOf(points);
        return new DesignSpace<>() {
            @Override
            public long size() {
                return copy.size();
            }

            @Override
            public P point(long index) {
                return copy.get(Math.toIntExact(index));
            }
        };
    }
}
