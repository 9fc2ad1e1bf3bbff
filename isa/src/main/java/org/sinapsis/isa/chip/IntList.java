// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.Arrays;

/** A growable list of primitive ints, so builders of large crossbars box nothing. Not thread-safe. */
final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
