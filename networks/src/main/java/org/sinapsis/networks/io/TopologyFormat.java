// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import java.util.List;
import java.util.Locale;

/**
 * The two layouts of a SCALE-Sim topology CSV (SCALE-Sim's {@code -i conv} and {@code -i gemm}).
 * See {@link TopologyCsvReader} for how each row becomes part of a network.
 */
public enum TopologyFormat {
    /**
     * {@code Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels,
     * Num Filter, Strides[, Stride Width]}: one convolution per row.
     */
    CONV(List.of("Layer name", "IFMAP Height", "IFMAP Width", "Filter Height", "Filter Width", "Channels",
            "Num Filter", "Strides", "Stride Width"), 8),
    /** {@code Layer name, M, N, K}: one matrix product {@code (M x K) * (K x N)} per row. */
    GEMM(List.of("Layer name", "M", "N", "K"), 4);

    private final List<String> columns;
    private final int requiredColumns;

    TopologyFormat(List<String> columns, int requiredColumns) {
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    /** Every column name, the optional ones last, as used in error messages. */
    List<String> columns() {
        return columns;
    }

    /** How many leading columns every row must have. */
    int requiredColumns() {
        return requiredColumns;
    }

    /** {@code conv} or {@code gemm}, as SCALE-Sim's {@code -i} option spells it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
