// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The unroll factors and tile sizes worth trying for a set of loop extents: the values
 * {@code ceil(E / k)} for every extent E and every k in [1, E]. Any other value v has the same
 * tile count {@code ceil(E / v)} for every extent as the largest such value below it, with more
 * lanes or a larger buffer, so it is never better; the search skips it.
 */
final class UnrollFactors {
    private UnrollFactors() {
    }

    /** The candidate values for {@code extents}, ascending. */
    static int[] of(Collection<Integer> extents) {
        TreeSet<Integer> values = new TreeSet<>();
        for (int e : extents) {
            for (int k = 1; k <= e; ) {
                int v = (e + k - 1) / k;
                values.add(v);
                if (v == 1) {
                    break;
                }
                k = (e + v - 2) / (v - 1);
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
