// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;

/**
 * A region of host memory a program reads or writes: a network input the host fills, an output
 * it reads back, or a block of zeros (initial recurrent state). Configuration blocks are not
 * regions; the program keeps them by address.
 *
 * @param name the tensor or block name, such as an input node's name
 * @param address first byte
 * @param bytes length in bytes, at least 1
 * @param kind what the region holds
 */
public record HostRegion(String name, long address, long bytes, Kind kind) {

    /** What a region holds. */
    public enum Kind {
        /** Filled by the host before the run. */
        INPUT,
        /** Read back by the host after the run. */
        OUTPUT,
        /** Zeros. */
        ZEROS
    }

    /** Validates the region. */
    public HostRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (address < 0 || bytes < 1) {
            throw new IllegalArgumentException("host region '" + name + "' needs address >= 0 and bytes >= 1");
        }
    }

    /** Whether {@code [from, from + length)} lies inside this region. */
    public boolean contains(long from, long length) {
        return from >= address && from + length <= address + bytes;
    }
}
