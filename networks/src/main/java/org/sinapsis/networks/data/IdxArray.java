// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.util.List;

/**
 * The contents of one IDX file of unsigned bytes (element type {@code 0x08}): its dimensions,
 * outermost first, and its values in row-major order.
 *
 * <p>The array is not copied: {@link IdxReader} hands over the one it read, and callers treat it
 * as read-only.
 *
 * @param dims the extents announced by the header, outermost first (images: count, rows,
 *     columns; labels: count)
 * @param values {@code product(dims)} unsigned bytes (read them with {@code & 0xFF})
 */
public record IdxArray(List<Integer> dims, byte[] values) {

    /** Copies the dimensions and checks that the values fill them. */
    public IdxArray {
        dims = List.copyOf(dims);
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        if (dims.isEmpty() || n != values.length) {
            throw new IllegalArgumentException("dimensions " + dims + " need " + n + " values, got " + values.length);
        }
    }
}
