// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.Locale;

/**
 * Which operand of a layer's GEMM stays in the processing elements of a systolic array while the
 * others stream through it (SCALE-Sim's {@code Dataflow} setting). The dataflow only names a
 * preset mapping: {@code org.sinapsis.isa.mapping.DataflowMappings} turns it into a loop nest, and
 * machines read the nest, never this enum.
 */
public enum Dataflow {
    /** Output stationary: each PE keeps one output; rows take output pixels, columns filters. */
    OUTPUT_STATIONARY("os"),
    /** Weight stationary: each PE keeps one weight; rows take the reduction, columns filters. */
    WEIGHT_STATIONARY("ws"),
    /** Input stationary: each PE keeps one input; rows take the reduction, columns output pixels. */
    INPUT_STATIONARY("is");

    private final String shortName;

    Dataflow(String shortName) {
        this.shortName = shortName;
    }

    /** SCALE-Sim's spelling: {@code os}, {@code ws} or {@code is}. */
    public String shortName() {
        return shortName;
    }

    /**
     * The dataflow for SCALE-Sim's spelling, case-insensitive.
     *
     * @throws IllegalArgumentException for anything but os, ws and is
     */
    public static Dataflow fromShortName(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Dataflow d : values()) {
            if (d.shortName.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("expected os, ws or is, got '" + text + "'");
    }
}
