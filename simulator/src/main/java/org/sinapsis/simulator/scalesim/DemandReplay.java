// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.Arrays;
import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.isa.mapping.MatrixDim;

/**
 * The cycle-level side of the SCALE-Sim model: compute produces one demand line per cycle per
 * operand (the addresses each array edge needs, skewed as data moves through the PEs), memory
 * services them (SCALE-Sim's compute/memory split). Lines are generated fold by fold and never
 * stored, so memory use is that of the buffers' address tables.
 *
 * <p>Demand lines of one fold, by operand role (see {@link ArrayMapping}), with {@code AR x AC}
 * PEs and {@code ru x cu} of them used, column {@code c}, line {@code t}:
 * <ul>
 *   <li>row stream (width AR): element {@code (row c, time t - pre - c)} with {@code pre = AR} when
 *       a stationary input is preloaded first, else 0;</li>
 *   <li>column stream input, output stationary (width AC): {@code (column c, time t - c)};</li>
 *   <li>stationary input (width AC): lines {@code t < AR} load row {@code AR - 1 - t}, bottom row
 *       first;</li>
 *   <li>stationary output (width AC): after {@code T - 1} lines, row {@code AR - 1 - i} with
 *       {@code i = t - (T - 1) - c} leaves the array, bottom row first;</li>
 *   <li>column output (width AC): after {@code 2 AR - 1} lines, {@code (column c, time t - (2 AR - 1) - c)}.</li>
 * </ul>
 */
final class DemandReplay {
    private enum Role { ROW_STREAM, COLUMN_INPUT, STATIONARY_INPUT, STATIONARY_OUTPUT, COLUMN_OUTPUT }

    /** What the replay measured. */
    record Result(long totalCycles, long stallCycles, long[] sramFirst, long[] sramLast, ReadBuffer ifmap,
            ReadBuffer filter, WriteBuffer ofmap) {
    }

    private final ArrayMapping map;
    private final OperandAddresses addresses;
    private final int ar;
    private final int ac;
    private final long t;
    private final int[] dimOf = new int[3];
    private final int[] index = new int[3];
    private final Role[] roles = new Role[GemmOperand.values().length];
    /** The addresses of the line being read. */
    private final int[] scratch;

    private DemandReplay(ArrayMapping map, ScaleSimLayer layer) {
        this.map = map;
        this.addresses = new OperandAddresses(layer);
        this.ar = map.arrayRows();
        this.ac = map.arrayCols();
        this.t = map.t();
        this.scratch = new int[Math.max(ar, ac)];
        dimOf[0] = map.rowDim().ordinal();
        dimOf[1] = map.colDim().ordinal();
        dimOf[2] = map.timeDim().ordinal();
        boolean outputStationary = map.stationary().output();
        roles[map.rowStream().ordinal()] = Role.ROW_STREAM;
        roles[map.columnStream().ordinal()] = outputStationary ? Role.COLUMN_INPUT : Role.COLUMN_OUTPUT;
        roles[map.stationary().ordinal()] = outputStationary ? Role.STATIONARY_OUTPUT : Role.STATIONARY_INPUT;
    }

    /** Replays every demand line of {@code layer} through the config's memory system. */
    static Result run(ArrayMapping map, ScaleSimLayer layer, ScaleSimConfig config) {
        return new DemandReplay(map, layer).replay(layer, config);
    }

    private Result replay(ScaleSimLayer layer, ScaleSimConfig config) {
        var spec = config.spec();
        ReadBuffer ifmap = readBuffer(GemmOperand.IFMAP, layer, config, spec.words(spec.ifmapSramKiB()));
        ReadBuffer filter = readBuffer(GemmOperand.FILTER, layer, config, spec.words(spec.filterSramKiB()));
        int outBandwidth = config.userBandwidth() ? (int) config.bandwidth().getAsDouble() : ac;
        WriteBuffer ofmap = new WriteBuffer(spec.words(spec.ofmapSramKiB()), outBandwidth);
        long[] first = new long[3];
        long[] last = new long[3];
        Arrays.fill(first, Long.MIN_VALUE);
        long length = map.foldCycles();
        long line = 0;
        long stalls = 0;
        long lastOut = 0;
        boolean colOuter = map.columnFoldsOuter();
        long outer = colOuter ? map.colFolds() : map.rowFolds();
        long inner = colOuter ? map.rowFolds() : map.colFolds();
        for (long o = 0; o < outer; o++) {
            for (long i = 0; i < inner; i++) {
                long fr = colOuter ? i : o;
                long fc = colOuter ? o : i;
                int ru = map.rowsUsed(fr);
                int cu = map.colsUsed(fc);
                for (long tl = 0; tl < length; tl++, line++) {
                    long cycle = line + stalls;
                    ifmap.beginLine(cycle);
                    boolean anyIfmap = reads(GemmOperand.IFMAP, ifmap, fr, fc, ru, cu, tl);
                    long s1 = ifmap.endLine();
                    filter.beginLine(cycle);
                    boolean anyFilter = reads(GemmOperand.FILTER, filter, fr, fc, ru, cu, tl);
                    long s2 = filter.endLine();
                    ofmap.beginLine(cycle);
                    long written = writes(ofmap, fr, fc, ru, cu, tl);
                    long s3 = ofmap.endLine();
                    mark(first, last, 0, anyIfmap, cycle + 1 + s1);
                    mark(first, last, 1, anyFilter, cycle + 1 + s2);
                    mark(first, last, 2, written > 0, cycle + s3);
                    lastOut = cycle + s3;
                    stalls += Math.max(s1, Math.max(s2, s3));
                }
            }
        }
        ifmap.finish();
        filter.finish();
        ofmap.finish(lastOut);
        return new Result(lastOut, stalls, first, last, ifmap, filter, ofmap);
    }

    private static void mark(long[] first, long[] last, int operand, boolean any, long serviced) {
        if (any) {
            if (first[operand] == Long.MIN_VALUE) {
                first[operand] = serviced;
            }
            last[operand] = serviced;
        }
    }

    private ReadBuffer readBuffer(GemmOperand operand, ScaleSimLayer layer, ScaleSimConfig config, long words) {
        long space = layer.addressSpace(operand);
        if (!config.userBandwidth()) {
            return new EstimatedReadBuffer(words, space);
        }
        return new UserReadBuffer(fetchOrder(operand), words, (int) config.bandwidth().getAsDouble(), space);
    }

    /** Visits the valid elements of {@code operand}'s line {@code tl}; returns whether there was a real address. */
    private boolean reads(GemmOperand operand, ReadBuffer buffer, long fr, long fc, int ru, int cu, long tl) {
        switch (roles[operand.ordinal()]) {
            case ROW_STREAM -> {
                long pre = roles[map.stationary().ordinal()] == Role.STATIONARY_INPUT ? ar : 0;
                long lo = Math.max(0, tl - pre - t + 1);
                long hi = Math.min(ru, tl - pre + 1);
                return hi > lo && run(operand, buffer, fr * ar + lo, 1, 0, 0, tl - pre - lo, -1, (int) (hi - lo));
            }
            case COLUMN_INPUT -> {
                long lo = Math.max(0, tl - t + 1);
                long hi = Math.min(cu, tl + 1);
                return hi > lo && run(operand, buffer, 0, 0, fc * ac + lo, 1, tl - lo, -1, (int) (hi - lo));
            }
            case STATIONARY_INPUT -> {
                long r = ar - 1 - tl;
                return tl < ar && r < ru && run(operand, buffer, fr * ar + r, 0, fc * ac, 1, 0, 0, cu);
            }
            default -> throw new IllegalStateException(operand + " is not read");
        }
    }

    /**
     * Reads {@code count} elements whose row, column and time indices start at the given values
     * and step by the given deltas; returns whether any had a real address.
     */
    private boolean run(GemmOperand operand, ReadBuffer buffer, long row, int dRow, long col, int dCol, long time,
            int dTime, int count) {
        int m = 0;
        int dm = 0;
        int n = 0;
        int dn = 0;
        int k = 0;
        int dk = 0;
        for (int axis = 0; axis < 3; axis++) {
            int value = (int) (axis == 0 ? row : axis == 1 ? col : time);
            int delta = axis == 0 ? dRow : axis == 1 ? dCol : dTime;
            if (dimOf[axis] == MatrixDim.M.ordinal()) {
                m = value;
                dm = delta;
            } else if (dimOf[axis] == MatrixDim.N.ordinal()) {
                n = value;
                dn = delta;
            } else {
                k = value;
                dk = delta;
            }
        }
        int[] line = scratch;
        if (operand == GemmOperand.FILTER) {
            int kk = addresses.k;
            for (int i = 0; i < count; i++, n += dn, k += dk) {
                line[i] = n * kk + k;
            }
            buffer.read(line, count);
            return true;
        }
        int[] base = addresses.windowBase;
        int[] offset = addresses.elementOffset;
        if (!addresses.overhang) {
            for (int i = 0; i < count; i++, m += dm, k += dk) {
                line[i] = base[m] + offset[k];
            }
            buffer.read(line, count);
            return true;
        }
        int[] rowRoom = addresses.rowRoom;
        int[] colRoom = addresses.colRoom;
        int[] eRow = addresses.elementRow;
        int[] eCol = addresses.elementCol;
        int valid = 0;
        for (int i = 0; i < count; i++, m += dm, k += dk) {
            if (eRow[k] < rowRoom[m] && eCol[k] < colRoom[m]) {
                line[valid++] = base[m] + offset[k];
            }
        }
        buffer.read(line, valid);
        return valid > 0;
    }

    private int address(GemmOperand operand, long row, long col, long time) {
        index[dimOf[0]] = (int) row;
        index[dimOf[1]] = (int) col;
        index[dimOf[2]] = (int) time;
        return addresses.address(operand, index[MatrixDim.M.ordinal()], index[MatrixDim.N.ordinal()],
                index[MatrixDim.K.ordinal()]);
    }

    /** Counts the output words of line {@code tl}, writing each; returns how many. */
    private long writes(WriteBuffer buffer, long fr, long fc, int ru, int cu, long tl) {
        long lo;
        long hi;
        if (roles[GemmOperand.OFMAP.ordinal()] == Role.STATIONARY_OUTPUT) {
            long base = tl - (t - 1);
            lo = Math.max(0, base - ar + 1);
            hi = Math.min(cu, base - (ar - ru) + 1);
        } else {
            long base = tl - (2L * ar - 1);
            lo = Math.max(0, base - t + 1);
            hi = Math.min(cu, base + 1);
        }
        long n = Math.max(0, hi - lo);
        for (long w = 0; w < n; w++) {
            buffer.write();
        }
        return n;
    }

    /**
     * The operand's addresses in the order SCALE-Sim prefetches them in USER mode (its prefetch
     * matrix): a streamed operand is laid out fold by fold as {@code T x width} blocks and read
     * along anti-diagonals (the order the skewed demand needs them); a stationary input is laid out
     * by column fold as {@code Sr x AC} blocks and read row by row.
     */
    int[] fetchOrder(GemmOperand operand) {
        Role role = roles[operand.ordinal()];
        if (role == Role.STATIONARY_INPUT) {
            long rows = map.colFolds() * map.sr();
            int[] order = new int[Math.toIntExact(rows * ac)];
            int k = 0;
            for (long fc = 0; fc < map.colFolds(); fc++) {
                for (long r = 0; r < map.sr(); r++) {
                    for (int c = 0; c < ac; c++) {
                        long col = fc * ac + c;
                        order[k++] = col < map.sc() ? address(operand, r, col, -1) : -1;
                    }
                }
            }
            return order;
        }
        boolean byRows = role == Role.ROW_STREAM;
        long folds = byRows ? map.rowFolds() : map.colFolds();
        int width = byRows ? ar : ac;
        long extent = byRows ? map.sr() : map.sc();
        long rows = folds * t;
        int[] order = new int[Math.toIntExact(rows * width)];
        int k = 0;
        for (long d = 0; d < rows + width - 1; d++) {
            long rowMax = Math.min(d, rows - 1);
            long rowMin = Math.max(0, d - width + 1);
            for (long row = rowMax; row >= rowMin; row--) {
                long c = d - row;
                long fold = row / t;
                long time = row % t;
                long spatial = fold * width + c;
                if (spatial >= extent) {
                    order[k++] = -1;
                } else {
                    order[k++] = byRows ? address(operand, spatial, -1, time) : address(operand, -1, spatial, time);
                }
            }
        }
        return order;
    }
}
