// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/** Output extents of sliding windows, shared by {@link Conv2D} and {@link Pool2D}. */
final class Windows {
    private Windows() {
    }

    /**
     * {@code floor((in + 2 pad - kernel) / stride) + 1}.
     *
     * @throws IllegalArgumentException when the window does not fit the padded input
     */
    static int outputExtent(int in, int kernel, int stride, int pad, String axis) {
        int padded = in + 2 * pad;
        if (kernel > padded) {
            throw new IllegalArgumentException("kernel " + axis + " " + kernel + " does not fit the input " + axis
                    + " " + in + " with padding " + pad);
        }
        return (padded - kernel) / stride + 1;
    }
}
