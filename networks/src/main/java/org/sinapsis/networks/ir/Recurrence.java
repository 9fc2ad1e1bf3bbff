// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/** Shape and loop rules shared by {@link Lstm} and {@link Gru}. */
final class Recurrence {
    private Recurrence() {
    }

    /** {@code [T, units]} when returning sequences, else {@code [units]}; the input must be {@code [T, F]}. */
    static TensorShape outputShape(String kind, List<TensorShape> inputs, int units, boolean returnSequences) {
        TensorShape in = inputs.get(0);
        if (in.rank() != 2) {
            throw new IllegalArgumentException(kind + " needs a [T, F] sequence input, got " + in);
        }
        return returnSequences ? TensorShape.of(in.dim(0), units) : TensorShape.of(units);
    }

    /** {@code N = batch, T, M = gates * units, C = F + units}. */
    static LoopBounds loops(List<TensorShape> inputs, int units, int gates, int batch) {
        TensorShape in = inputs.get(0);
        return LoopBounds.builder()
                .set(Dim.N, batch)
                .set(Dim.T, in.dim(0))
                .set(Dim.M, (long) gates * units)
                .set(Dim.C, (long) in.dim(1) + units)
                .build();
    }

    static void checkUnits(String kind, int units) {
        if (units < 1) {
            throw new IllegalArgumentException(kind + " units must be >= 1, got " + units);
        }
    }
}
