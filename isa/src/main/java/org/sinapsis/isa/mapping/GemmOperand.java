// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three operands of a GEMM view, named as SCALE-Sim names them: {@code IFMAP} is
 * {@code A[M][K]} (the im2col'd input), {@code FILTER} is {@code B[K][N]} (the weights) and
 * {@code OFMAP} is {@code C[M][N]} (the output).
 */
public enum GemmOperand {
    /** {@code A[M][K]}: input activations. */
    IFMAP(MatrixDim.M, MatrixDim.K),
    /** {@code B[K][N]}: weights. */
    FILTER(MatrixDim.K, MatrixDim.N),
    /** {@code C[M][N]}: outputs. */
    OFMAP(MatrixDim.M, MatrixDim.N);

    private final Set<MatrixDim> dims;

    GemmOperand(MatrixDim first, MatrixDim second) {
        this.dims = EnumSet.of(first, second);
    }

    /** The two dimensions this operand is indexed by. */
    public Set<MatrixDim> dims() {
        return EnumSet.copyOf(dims);
    }

    /** Whether the operand is written (the output) rather than read. */
    public boolean output() {
        return this == OFMAP;
    }

    /** The operand indexed by exactly {@code a} and {@code b}. */
    public static GemmOperand indexedBy(MatrixDim a, MatrixDim b) {
        for (GemmOperand o : values()) {
            if (o.dims.contains(a) && o.dims.contains(b) && a != b) {
                return o;
            }
        }
        throw new IllegalArgumentException("no operand is indexed by " + a + " and " + b);
    }
}
