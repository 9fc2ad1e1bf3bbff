// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinapsis.isa.arch.Dataflow;

/**
 * The preset mapping of each {@link Dataflow} on a {@code rows x cols} array (SCALE-Sim's
 * {@code systolic_compute_*}):
 * <ul>
 *   <li>{@code os}: M down the rows, N across the columns, K in time;</li>
 *   <li>{@code ws}: K down the rows, N across the columns, M in time;</li>
 *   <li>{@code is}: K down the rows, M across the columns, N in time.</li>
 * </ul>
 * Folds run column fold outer, row fold inner, as in SCALE-Sim.
 */
public final class DataflowMappings {
    private DataflowMappings() {
    }

    /**
     * The canonical mapping of an {@code m x n x k} GEMM.
     *
     * @throws IllegalArgumentException when an extent or the array is smaller than 1
     */
    public static Mapping canonical(Dataflow dataflow, long m, long n, long k, int rows, int cols) {
        MatrixDim rowDim;
        MatrixDim colDim;
        MatrixDim timeDim;
        switch (dataflow) {
            case OUTPUT_STATIONARY -> {
                rowDim = MatrixDim.M;
                colDim = MatrixDim.N;
                timeDim = MatrixDim.K;
            }
            case WEIGHT_STATIONARY -> {
                rowDim = MatrixDim.K;
                colDim = MatrixDim.N;
                timeDim = MatrixDim.M;
            }
            case INPUT_STATIONARY -> {
                rowDim = MatrixDim.K;
                colDim = MatrixDim.M;
                timeDim = MatrixDim.N;
            }
            default -> throw new IllegalArgumentException("unknown dataflow " + dataflow);
        }
        Map<MatrixDim, Long> extents = Map.of(MatrixDim.M, m, MatrixDim.N, n, MatrixDim.K, k);
        long sr = extents.get(rowDim);
        long sc = extents.get(colDim);
        List<Loop> folds = List.of(
                new Loop(colDim, (sc + cols - 1) / cols, SpaceTime.TEMPORAL),
                new Loop(rowDim, (sr + rows - 1) / rows, SpaceTime.TEMPORAL));
        List<Loop> array = List.of(
                new Loop(timeDim, extents.get(timeDim), SpaceTime.TEMPORAL),
                new Loop(rowDim, rows, SpaceTime.SPATIAL_Y),
                new Loop(colDim, cols, SpaceTime.SPATIAL_X));
        String name = dataflow.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + rows + "x"
                + cols;
        return new Mapping(name, extents, List.of(new LevelMapping(ArrayMapping.FOLD_LEVEL, folds),
                new LevelMapping(ArrayMapping.ARRAY_LEVEL, array)));
    }
}
