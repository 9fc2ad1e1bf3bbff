// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UnrollFactorsTest {

    @Test
    void theValuesAreEveryDistinctCeilingOfEveryExtent() {
        for (List<Integer> extents : List.of(List.of(55), List.of(1), List.of(48, 128, 192), List.of(4096, 1000, 7))) {
            TreeSet<Integer> expected = new TreeSet<>();
            for (int e : extents) {
                for (int k = 1; k <= e; k++) {
                    expected.add((e + k - 1) / k);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), UnrollFactors.of(extents),
                    extents.toString());
        }
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 14, 19, 28, 55}, UnrollFactors.of(List.of(55)));
    }
}
