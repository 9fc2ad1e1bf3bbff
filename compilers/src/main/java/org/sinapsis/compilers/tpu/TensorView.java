// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import org.sinapsis.isa.program.UbLayout;
import org.sinapsis.isa.program.UbTensor;
import org.sinapsis.networks.ir.TensorShape;

/**
 * A per-example IR tensor shape seen as {@code [C, H, W]} for the Unified Buffer: a vector
 * {@code [F]} is {@code F x 1 x 1}, a sequence {@code [T, F]} is {@code F x T x 1} (stored
 * step-major), a feature map {@code [C, H, W]} is itself. Also the flat index of an element in
 * the IR's row-major order, which is how Flatten and the reference executor's tensors number them.
 *
 * @param rank 1, 2 or 3
 * @param channels C
 * @param height H
 * @param width W
 */
record TensorView(int rank, int channels, int height, int width) {

    static TensorView of(TensorShape shape) {
        return switch (shape.rank()) {
            case 1 -> new TensorView(1, shape.dim(0), 1, 1);
            case 2 -> new TensorView(2, shape.dim(1), shape.dim(0), 1);
            case 3 -> new TensorView(3, shape.dim(0), shape.dim(1), shape.dim(2));
            default -> throw new IllegalArgumentException("no Unified Buffer layout for rank " + shape.rank());
        };
    }

    /** The element's index in the IR's row-major order of one example. */
    int flatIndex(int c, int y, int x) {
        return switch (rank) {
            case 1 -> c;
            case 2 -> y * channels + c;
            default -> (c * height + y) * width + x;
        };
    }

    /** Elements of one example. */
    long elements() {
        return (long) channels * height * width;
    }

    /** The layout at row 0 for {@code batch} examples. */
    UbTensor layout(int batch, int rowBytes, boolean packed) {
        UbLayout kind = packed ? UbLayout.PACKED : rank == 2 ? UbLayout.STEP_MAJOR : UbLayout.PIXEL_MAJOR;
        return new UbTensor(0, rowBytes, batch, channels, height, width, kind);
    }
}
