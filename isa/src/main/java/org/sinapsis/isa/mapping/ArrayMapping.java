// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.List;

/**
 * A {@link Mapping} read as a systolic-array schedule: which GEMM dimension runs down the array's
 * rows ({@code Sr}), which across its columns ({@code Sc}) and which in time inside a fold
 * ({@code T}), and in which order the folds run. Machines read this instead of a dataflow name, so
 * a dataflow is nothing but a preset mapping.
 *
 * <p>Operand roles follow from the dimensions: the operand indexed by the row and column
 * dimensions stays in the PEs (<em>stationary</em>); the one indexed by the row and time
 * dimensions enters along the rows (<em>row stream</em>); the one indexed by the column and time
 * dimensions moves along the columns (<em>column stream</em>).
 *
 * @param rowDim the dimension mapped across the array's rows
 * @param colDim the dimension mapped across the array's columns
 * @param timeDim the dimension each fold walks in time
 * @param arrayRows PE rows
 * @param arrayCols PE columns
 * @param sr the extent of {@code rowDim}
 * @param sc the extent of {@code colDim}
 * @param t the extent of {@code timeDim}
 * @param columnFoldsOuter whether column folds are the outer fold loop (SCALE-Sim's order)
 */
public record ArrayMapping(MatrixDim rowDim, MatrixDim colDim, MatrixDim timeDim, int arrayRows, int arrayCols,
        long sr, long sc, long t, boolean columnFoldsOuter) {

    /** The level name of the fold loops. */
    public static final String FOLD_LEVEL = "DRAM";
    /** The level name of the loops inside one fold. */
    public static final String ARRAY_LEVEL = "array";

    /** Validates that the three dimensions differ and the sizes are positive. */
    public ArrayMapping {
        if (rowDim == colDim || rowDim == timeDim || colDim == timeDim) {
            throw new IllegalArgumentException("row, column and time dimensions must differ: " + rowDim + ", "
                    + colDim + ", " + timeDim);
        }
        if (arrayRows < 1 || arrayCols < 1 || sr < 1 || sc < 1 || t < 1) {
            throw new IllegalArgumentException("array and extents must be >= 1");
        }
    }

    /**
     * Reads a mapping whose {@value #ARRAY_LEVEL} level has one temporal loop, one
     * {@link SpaceTime#SPATIAL_Y} loop (its bound is the array's rows) and one
     * {@link SpaceTime#SPATIAL_X} loop (the columns), and whose {@value #FOLD_LEVEL} level holds
     * the fold loops over the spatial dimensions.
     *
     * @throws IllegalArgumentException when the mapping has another shape
     */
    public static ArrayMapping of(Mapping mapping) {
        LevelMapping array = mapping.level(ARRAY_LEVEL);
        Loop rows = null;
        Loop cols = null;
        Loop time = null;
        for (Loop l : array.loops()) {
            switch (l.kind()) {
                case SPATIAL_Y -> rows = require(rows, l);
                case SPATIAL_X -> cols = require(cols, l);
                case TEMPORAL -> time = require(time, l);
            }
        }
        if (rows == null || cols == null || time == null) {
            throw new IllegalArgumentException("the array level needs one Spatial-Y, one Spatial-X and one temporal loop");
        }
        List<Loop> folds = mapping.level(FOLD_LEVEL).loops();
        boolean columnOuter = folds.isEmpty() || folds.get(0).dim() == cols.dim();
        return new ArrayMapping(rows.dim(), cols.dim(), time.dim(), Math.toIntExact(rows.bound()),
                Math.toIntExact(cols.bound()), mapping.extent(rows.dim()), mapping.extent(cols.dim()),
                mapping.extent(time.dim()), columnOuter);
    }

    private static Loop require(Loop seen, Loop next) {
        if (seen != null) {
            throw new IllegalArgumentException("the array level has two " + next.kind() + " loops");
        }
        return next;
    }

    /** Folds along the rows: {@code ceil(Sr / arrayRows)}. */
    public long rowFolds() {
        return (sr + arrayRows - 1) / arrayRows;
    }

    /** Folds along the columns: {@code ceil(Sc / arrayCols)}. */
    public long colFolds() {
        return (sc + arrayCols - 1) / arrayCols;
    }

    /** All folds. */
    public long folds() {
        return rowFolds() * colFolds();
    }

    /** PE rows used in row fold {@code fr}. */
    public int rowsUsed(long fr) {
        return (int) Math.min(arrayRows, sr - fr * arrayRows);
    }

    /** PE columns used in column fold {@code fc}. */
    public int colsUsed(long fc) {
        return (int) Math.min(arrayCols, sc - fc * arrayCols);
    }

    /** The operand that stays in the PEs during a fold. */
    public GemmOperand stationary() {
        return GemmOperand.indexedBy(rowDim, colDim);
    }

    /** The operand that enters along the rows. */
    public GemmOperand rowStream() {
        return GemmOperand.indexedBy(rowDim, timeDim);
    }

    /** The operand that moves along the columns. */
    public GemmOperand columnStream() {
        return GemmOperand.indexedBy(colDim, timeDim);
    }

    /**
     * Cycles of one fold as SCALE-Sim schedules it: {@code T + rows + cols - 2}, plus {@code rows}
     * to preload a stationary input ({@code ws}, {@code is}); an output-stationary fold drains as
     * the next inputs would enter.
     */
    public long foldCycles() {
        return t + arrayRows + arrayCols - 2 + (stationary().output() ? 0 : arrayRows);
    }
}
