// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of Unified Buffer rows an instruction reads or writes.
 *
 * @param fromRow first row
 * @param toRow one past the last row
 * @param write whether the instruction writes the rows (else it reads them)
 */
public record UbAccess(long fromRow, long toRow, boolean write) {

    /** Whether this range and {@code [from, to)} share a row. */
    public boolean overlaps(long from, long to) {
        return fromRow < to && from < toRow;
    }

    /**
     * The Unified Buffer rows {@code in} reads and writes, given the configuration its slot holds
     * (null for instructions without one). The single definition of what touches the Unified
     * Buffer, used by the validator and by the compiler's synchronization.
     */
    public static List<UbAccess> of(TpuInstruction in, TpuConfig config) {
        List<UbAccess> list = new ArrayList<>(4);
        switch (in.opcode()) {
            case READ_HOST_MEMORY -> add(list, in.get(TpuField.UB_ADDRESS), in.get(TpuField.LENGTH), true);
            case WRITE_HOST_MEMORY -> add(list, in.get(TpuField.UB_ADDRESS), in.get(TpuField.LENGTH), false);
            case MATRIX_MULTIPLY -> add(list, in.get(TpuField.UB_ADDRESS), in.get(TpuField.LENGTH), false);
            case CONVOLVE -> {
                if (config instanceof ConvolveConfig c) {
                    add(list, in.get(TpuField.UB_ADDRESS), c.input().rows(), false);
                }
            }
            case ACTIVATE -> {
                long ub = in.get(TpuField.UB_ADDRESS);
                long len = in.get(TpuField.LENGTH);
                if (config instanceof RecurrentConfig r) {
                    long hidden = (long) r.hiddenChunks() * len;
                    add(list, r.hiddenRow(), hidden, false);
                    add(list, r.hiddenRow(), hidden, true);
                    if (r.lstm()) {
                        long cell = (long) r.cellChunks() * len;
                        add(list, r.cellRow(), cell, false);
                        add(list, r.cellRow(), cell, true);
                    }
                    for (int k = 0; k < r.hiddenChunks(); k++) {
                        add(list, ub + k * r.outputChunkStride(), len, true);
                    }
                } else {
                    add(list, ub, len, true);
                }
            }
            case VECTOR -> {
                long src = in.get(TpuField.SOURCE);
                long len = in.get(TpuField.LENGTH);
                long srcRows = len;
                if (config instanceof PoolConfig p) {
                    srcRows = len / ((long) p.outHeight() * p.outWidth()) * p.height() * p.width();
                } else if (config instanceof AddConfig a) {
                    add(list, src + a.secondOffsetRows(), len, false);
                }
                add(list, src, srcRows, false);
                add(list, in.get(TpuField.DEST), len, true);
            }
            default -> {
            }
        }
        return list;
    }

    private static void add(List<UbAccess> list, long from, long rows, boolean write) {
        if (rows > 0) {
            list.add(new UbAccess(from, from + rows, write));
        }
    }
}
