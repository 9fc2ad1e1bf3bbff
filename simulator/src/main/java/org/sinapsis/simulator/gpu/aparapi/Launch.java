// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import java.util.Arrays;

/**
 * One execution of {@link NetworkKernel}: the operation, its scalar arguments and its
 * three-dimensional range. Global sizes are padded to whole work-groups; the kernel guards the
 * padding.
 *
 * @param node the network node this launch computes (part of)
 * @param label what it does, for traces: {@code gemm}, {@code pool}, {@code lstm-cell}...
 * @param op the kernel operation ({@code NetworkKernel.OP_*})
 * @param params the launch's row of the kernel's argument table, {@link Param#COUNT_OF} values
 *     indexed by the {@link Param} constants
 * @param globalSize work-items per range dimension (3 values; unused dimensions are 1)
 * @param localSize work-items per work-group and dimension (3 values), dividing {@code globalSize};
 *     always 8 x 8 x 1
 */
record Launch(String node, String label, int op, int[] params, int[] globalSize, int[] localSize) {

    /** Work-items per work-group of every launch (8 x 8). */
    static final int GROUP_SIZE = NetworkKernel.TILE_THREADS * NetworkKernel.TILE_THREADS;

    /** Checks the sizes and copies the arrays. */
    Launch {
        if (params.length != Param.COUNT_OF || params[Param.OP] != op || globalSize.length != 3
                || localSize.length != 3) {
            throw new IllegalArgumentException("a launch needs its op and every Param, and 3 range sizes");
        }
        for (int d = 0; d < 3; d++) {
            if (localSize[d] < 1 || globalSize[d] < 1 || globalSize[d] % localSize[d] != 0) {
                throw new IllegalArgumentException("launch '" + label + "' of " + node + ": global size "
                        + globalSize[d] + " is not a multiple of local size " + localSize[d] + " in dimension " + d);
            }
        }
        params = params.clone();
        globalSize = globalSize.clone();
        localSize = localSize.clone();
    }

    /** The value of one argument ({@link Param} constant). */
    int param(int index) {
        return params[index];
    }

    /** Work-items that run, padding included. */
    long workItems() {
        return (long) globalSize[0] * globalSize[1] * globalSize[2];
    }

    /** {@code n} rounded up to a multiple of {@code multiple}. */
    static int roundUp(long n, int multiple) {
        long r = (n + multiple - 1) / multiple * multiple;
        if (r > Integer.MAX_VALUE) {
            throw new ArithmeticException("range of " + n + " work-items does not fit an int");
        }
        return (int) r;
    }

    /** Collects the arguments of one launch. */
    static final class Builder {
        private final String node;
        private final String label;
        private final int op;
        private final int[] values = new int[Param.COUNT_OF];

        Builder(String node, String label, int op) {
            this.node = node;
            this.label = label;
            this.op = op;
            values[Param.OP] = op;
            values[Param.BIAS_OFFSET] = -1;
        }

        /** Sets argument {@code index} (a {@link Param} constant). */
        Builder set(int index, int value) {
            values[index] = value;
            return this;
        }

        /**
         * A one-dimensional operation of {@code items} work-items (the {@link Param#COUNT}), laid
         * out as 8 x 8 work-groups 8 items wide, like every launch.
         */
        Launch items(int items) {
            set(Param.COUNT, items);
            int t = NetworkKernel.TILE_THREADS;
            return new Launch(node, label, op, params(), new int[] {t, roundUp(items, GROUP_SIZE) / t, 1},
                    new int[] {t, t, 1});
        }

        /** A GEMM launch: one 8 x 8 work-group per 64 x 128 tile of C, {@code instances} deep. */
        Launch tiles(int rows, int columns, int instances) {
            set(Param.M, rows).set(Param.N, columns);
            int t = NetworkKernel.TILE_THREADS;
            int tileRows = NetworkKernel.TILE_ROWS;
            int tileCols = NetworkKernel.TILE_COLS;
            return new Launch(node, label, op, params(), new int[] {roundUp(columns, tileCols) / tileCols * t,
                roundUp(rows, tileRows) / tileRows * t, instances}, new int[] {t, t, 1});
        }

        private int[] params() {
            return values.clone();
        }
    }

    @Override
    public String toString() {
        return "Launch[" + node + " " + label + ", global " + Arrays.toString(globalSize) + ", local "
                + Arrays.toString(localSize) + "]";
    }
}
