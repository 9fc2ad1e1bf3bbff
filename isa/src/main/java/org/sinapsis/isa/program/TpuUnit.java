// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Locale;

/**
 * The units of the TPU that execute instructions, one pipeline stage each. A {@code sync}
 * instruction names the units it waits for with a mask of {@link #maskBit()}s.
 */
public enum TpuUnit {
    /** Host interface DMA: Read_Host_Memory, Write_Host_Memory, Set_Config. */
    HOST_DMA("host"),
    /** Weight memory DMA into the weight FIFO: Read_Weights. */
    WEIGHT_DMA("weights"),
    /** The matrix unit: MatrixMultiply and Convolve. */
    MXU("mxu"),
    /** The activation unit: Activate and the vector operations (pooling, residual add, lookups). */
    ACTIVATION("act");

    private final String key;

    TpuUnit(String key) {
        this.key = key;
    }

    /** The name in assembly masks and traces: {@code host}, {@code weights}, {@code mxu}, {@code act}. */
    public String key() {
        return key;
    }

    /** This unit's bit in a sync mask. */
    public int maskBit() {
        return 1 << ordinal();
    }

    /** The unit called {@code key}, or null. */
    static TpuUnit byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (TpuUnit u : values()) {
            if (u.key.equals(k)) {
                return u;
            }
        }
        return null;
    }
}
