// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.networks.InvalidInputException;

/**
 * Checks a TPU instruction stream against a spec before it runs, so that a bad program fails with
 * one line naming the instruction, its field and (for assembly) the source line, never deep inside
 * the machine. Checks:
 * <ul>
 *   <li>every address range lies inside the Unified Buffer, the accumulators and the weight
 *       memory; tiles fit the matrix unit; lengths and masks are not zero;</li>
 *   <li>the weight FIFO protocol: the first matrix instruction switches to a tile, no matrix
 *       instruction switches to a tile no Read_Weights has fetched, and no Read_Weights runs so far
 *       ahead that it waits for a FIFO slot only a later instruction can free (a deadlock);</li>
 *   <li>with configurations: every Set_Config names a block of the program with its size, and
 *       every Convolve, Activate and Vector uses a slot loaded with a block of the right kind;</li>
 *   <li>with host regions: Read_Host_Memory reads inside an input or zero region and
 *       Write_Host_Memory writes inside an output region;</li>
 *   <li>hazards between units on the Unified Buffer: an instruction that reads rows another unit
 *       writes (or writes rows another unit still reads) needs a sync on that unit in between,
 *       the explicit synchronization of the TPU (the hardware interlocks only the accumulators);</li>
 *   <li>the stream ends with one halt.</li>
 * </ul>
 * A stream that passes has the same result whatever the timing of its units, which is what lets
 * the machine apply each instruction's effect in program order.
 */
public final class TpuProgramValidator {
    private final TpuSpec spec;
    private final TpuListing listing;
    private final Map<Long, TpuConfig> configs;
    private final List<HostRegion> regions;
    private final boolean checkData;

    private TpuProgramValidator(TpuSpec spec, TpuListing listing, Map<Long, TpuConfig> configs,
            List<HostRegion> regions, boolean checkData) {
        this.spec = spec;
        this.listing = listing;
        this.configs = configs;
        this.regions = regions;
        this.checkData = checkData;
    }

    /**
     * Checks an instruction stream alone (assembly or binary without its data): ranges, the
     * weight protocol and the final halt.
     *
     * @throws InvalidInputException for the first problem found
     */
    public static void validate(TpuListing listing, TpuSpec spec) {
        new TpuProgramValidator(spec, listing, Map.of(), List.of(), false).run();
    }

    /**
     * Checks a whole program: also its configuration blocks, host regions and Unified Buffer
     * hazards.
     *
     * @throws InvalidInputException for the first problem found
     */
    public static void validate(TpuProgram program, TpuSpec spec) {
        new TpuProgramValidator(spec, TpuListing.of("program '" + program.name() + "'", program.instructions()),
                program.configs(), program.hostRegions(), true).run();
    }

    /** A Unified Buffer row range touched by an instruction. */
    private record Access(int index, TpuUnit unit, long from, long to) {
        boolean overlaps(long a, long b) {
            return from < b && a < to;
        }
    }

    private void run() {
        List<TpuInstruction> code = listing.instructions();
        long ubRows = spec.unifiedBufferRows();
        long pendingTiles = 0;
        boolean haltSeen = false;
        boolean matrixSeen = false;
        long fetchedTiles = 0;
        long switches = 0;
        Map<Integer, TpuConfig> slots = new HashMap<>();
        List<Access> unsyncedWrites = new ArrayList<>();
        List<Access> unsyncedReads = new ArrayList<>();
        if (code.isEmpty() || code.get(code.size() - 1).opcode() != TpuOpcode.HALT) {
            throw new InvalidInputException(listing.source(), 0, null, "the program must end with halt");
        }
        for (int i = 0; i < code.size(); i++) {
            TpuInstruction in = code.get(i);
            if (haltSeen) {
                throw error(i, null, "instruction after halt");
            }
            switch (in.opcode()) {
                case NOP -> {
                }
                case HALT -> haltSeen = true;
                case READ_HOST_MEMORY -> {
                    range(i, in, TpuField.UB_ADDRESS, TpuField.LENGTH, ubRows, "Unified Buffer rows");
                    hostRange(i, in, in.get(TpuField.LENGTH), HostRegion.Kind.INPUT, HostRegion.Kind.ZEROS);
                }
                case WRITE_HOST_MEMORY -> {
                    range(i, in, TpuField.UB_ADDRESS, TpuField.LENGTH, ubRows, "Unified Buffer rows");
                    hostRange(i, in, in.get(TpuField.LENGTH), HostRegion.Kind.OUTPUT);
                }
                case READ_WEIGHTS -> {
                    int rows = in.getInt(TpuField.TILE_ROWS);
                    int cols = in.getInt(TpuField.TILE_COLS);
                    if (rows < 1 || rows > spec.mxuRows()) {
                        throw error(i, TpuField.TILE_ROWS, "must be in [1, " + spec.mxuRows() + "], got " + rows);
                    }
                    if (cols < 1 || cols > spec.mxuCols()) {
                        throw error(i, TpuField.TILE_COLS, "must be in [1, " + spec.mxuCols() + "], got " + cols);
                    }
                    long end = in.get(TpuField.WEIGHT_ADDRESS) + spec.tileBytes();
                    if (end > spec.weightMemoryBytes()) {
                        throw error(i, TpuField.WEIGHT_ADDRESS, "the tile's " + spec.tileBytes() + "-byte slot ends"
                                + " at byte " + end + ", beyond the " + spec.weightMemoryBytes() + "-byte weight memory");
                    }
                    long tile = fetchedTiles++;
                    long needSwitches = tile - spec.weightFifoTiles();
                    if (needSwitches > switches) {
                        throw error(i, null, "the weight FIFO holds " + spec.weightFifoTiles() + " tiles: this"
                                + " Read_Weights (tile " + tile + ") waits for tile " + needSwitches + " to start"
                                + " shifting in, which needs a matrix instruction that switches to tile "
                                + (needSwitches - 1) + " first, but that comes later (deadlock)");
                    }
                    pendingTiles++;
                }
                case MATRIX_MULTIPLY, CONVOLVE -> {
                    boolean conv = in.opcode() == TpuOpcode.CONVOLVE;
                    long length = in.get(conv ? TpuField.PIXELS : TpuField.LENGTH);
                    if (length < 1) {
                        throw error(i, conv ? TpuField.PIXELS : TpuField.LENGTH, "must be at least 1");
                    }
                    accRange(i, in, length, 1);
                    if (in.flag(TpuFlags.SWITCH)) {
                        if (pendingTiles == 0) {
                            throw error(i, TpuField.FLAGS, "switches to a weight tile that no earlier rw fetched");
                        }
                        pendingTiles--;
                        switches++;
                    } else if (!matrixSeen) {
                        throw error(i, TpuField.FLAGS, "the first matrix instruction must switch to a fetched tile");
                    }
                    matrixSeen = true;
                    if (conv) {
                        ConvolveConfig c = slot(i, in, slots, ConvolveConfig.class);
                        long ub = in.get(TpuField.UB_ADDRESS);
                        if (c != null) {
                            long rows = c.input().rows();
                            if (ub + rows > ubRows) {
                                throw error(i, TpuField.UB_ADDRESS, "the input feature map (" + rows
                                        + " rows) runs past the " + ubRows + " Unified Buffer rows");
                            }
                            int chunks = (c.windowSize() + spec.mxuRows() - 1) / spec.mxuRows();
                            if (in.get(TpuField.CHUNK) >= chunks) {
                                throw error(i, TpuField.CHUNK, "the window has " + chunks + " chunks, got "
                                        + in.get(TpuField.CHUNK));
                            }
                            if (in.get(TpuField.GROUP) >= c.groups()) {
                                throw error(i, TpuField.GROUP, "the input has " + c.groups() + " channel groups, got "
                                        + in.get(TpuField.GROUP));
                            }
                            long pixels = (long) c.input().batch() * c.outPixels();
                            if (in.get(TpuField.PIXEL) + length > pixels) {
                                throw error(i, TpuField.PIXELS, "the output has " + pixels + " pixels, the instruction"
                                        + " ends at " + (in.get(TpuField.PIXEL) + length));
                            }
                        }
                    } else {
                        range(i, in, TpuField.UB_ADDRESS, TpuField.LENGTH, ubRows, "Unified Buffer rows");
                    }
                }
                case ACTIVATE -> {
                    long len = in.get(TpuField.LENGTH);
                    long ub = range(i, in, TpuField.UB_ADDRESS, TpuField.LENGTH, ubRows, "Unified Buffer rows");
                    TpuConfig c = slot(i, in, slots, TpuConfig.class);
                    if (c != null && !(c instanceof ActivationConfig) && !(c instanceof RecurrentConfig)) {
                        throw error(i, TpuField.CONFIG, "slot holds a " + kind(c) + ", not an activation");
                    }
                    if (c instanceof RecurrentConfig r) {
                        accRange(i, in, len, 2L * r.gateChunks());
                        long states = Math.max(r.hiddenRow() + (long) r.hiddenChunks() * len,
                                r.lstm() ? r.cellRow() + (long) r.cellChunks() * len : 0);
                        if (states > ubRows) {
                            throw error(i, TpuField.CONFIG, "the recurrent state runs past the " + ubRows
                                    + " Unified Buffer rows");
                        }
                        long last = ub + (r.hiddenChunks() - 1) * r.outputChunkStride() + len;
                        if (last > ubRows) {
                            throw error(i, TpuField.UB_ADDRESS, "the hidden chunks run past the " + ubRows
                                    + " Unified Buffer rows");
                        }
                    } else {
                        accRange(i, in, len, 1);
                    }
                }
                case VECTOR -> {
                    long len = in.get(TpuField.LENGTH);
                    range(i, in, TpuField.DEST, TpuField.LENGTH, ubRows, "Unified Buffer rows");
                    long src = in.get(TpuField.SOURCE);
                    TpuConfig c = slot(i, in, slots, TpuConfig.class);
                    long srcRows = len;
                    if (c instanceof PoolConfig p) {
                        if (len % ((long) p.outHeight() * p.outWidth()) != 0) {
                            throw error(i, TpuField.LENGTH, "must be a whole number of " + p.outHeight() + "x"
                                    + p.outWidth() + " output maps");
                        }
                        srcRows = len / ((long) p.outHeight() * p.outWidth()) * p.height() * p.width();
                    } else if (c instanceof AddConfig a) {
                        long second = src + a.secondOffsetRows();
                        if (second < 0 || second + len > ubRows) {
                            throw error(i, TpuField.CONFIG, "the second input's rows lie outside the Unified Buffer");
                        }
                    } else if (c != null && !(c instanceof LookupConfig)) {
                        throw error(i, TpuField.CONFIG, "slot holds a " + kind(c) + ", not a vector operation");
                    }
                    if (src + srcRows > ubRows) {
                        throw error(i, TpuField.SOURCE, "rows " + src + ".." + (src + srcRows - 1)
                                + " run past the " + ubRows + " Unified Buffer rows");
                    }
                }
                case SYNC -> {
                    long mask = in.get(TpuField.MASK);
                    int all = (1 << TpuUnit.values().length) - 1;
                    if (mask < 1 || mask > all) {
                        throw error(i, TpuField.MASK, "must name at least one unit (1 to " + all + "), got " + mask);
                    }
                    unsyncedWrites.removeIf(a -> (mask & a.unit().maskBit()) != 0);
                    unsyncedReads.removeIf(a -> (mask & a.unit().maskBit()) != 0);
                }
                case SET_CONFIG -> {
                    long bytes = in.get(TpuField.BYTES);
                    if (bytes < 1) {
                        throw error(i, TpuField.BYTES, "must be at least 1");
                    }
                    if (checkData) {
                        TpuConfig c = configs.get(in.get(TpuField.HOST_ADDRESS));
                        if (c == null) {
                            throw error(i, TpuField.HOST_ADDRESS, "no configuration block at host byte "
                                    + in.get(TpuField.HOST_ADDRESS));
                        }
                        if (c.bytes() != bytes) {
                            throw error(i, TpuField.BYTES, "the " + kind(c) + " block there is " + c.bytes()
                                    + " bytes, not " + bytes);
                        }
                        slots.put(in.getInt(TpuField.CONFIG), c);
                    }
                }
            }
            if (checkData) {
                TpuUnit unit = in.opcode().unit().orElse(null);
                TpuConfig config = in.opcode().indexOf(TpuField.CONFIG) >= 0 && in.opcode() != TpuOpcode.SET_CONFIG
                        ? slots.get(in.getInt(TpuField.CONFIG)) : null;
                List<UbAccess> accesses = UbAccess.of(in, config);
                for (UbAccess a : accesses) {
                    hazard(i, in, unsyncedWrites, a, a.write() ? "writes" : "reads", "writes");
                    if (a.write()) {
                        hazard(i, in, unsyncedReads, a, "writes", "reads");
                    }
                }
                for (UbAccess a : accesses) {
                    (a.write() ? unsyncedWrites : unsyncedReads).add(new Access(i, unit, a.fromRow(), a.toRow()));
                }
            }
        }
    }

    private void hazard(int i, TpuInstruction in, List<Access> pending, UbAccess range, String what, String other) {
        TpuUnit unit = in.opcode().unit().orElse(null);
        for (Access a : pending) {
            if (a.unit() != unit && a.overlaps(range.fromRow(), range.toRow())) {
                TpuOpcode o = listing.instructions().get(a.index()).opcode();
                throw error(i, null, what + " Unified Buffer rows " + Math.max(range.fromRow(), a.from()) + ".."
                        + (Math.min(range.toRow(), a.to()) - 1) + " that instruction " + a.index() + " (" + o.mnemonic()
                        + ") " + other + " on unit " + a.unit().key() + "; put 'sync mask=" + a.unit().key()
                        + "' between them");
            }
        }
    }

    private long range(int i, TpuInstruction in, TpuField start, TpuField length, long limit, String what) {
        long from = in.get(start);
        long len = in.get(length);
        if (len < 1) {
            throw error(i, length, "must be at least 1");
        }
        if (from + len > limit) {
            throw error(i, start, what + " " + from + ".." + (from + len - 1) + " run past the " + limit + " "
                    + what);
        }
        return from;
    }

    private void accRange(int i, TpuInstruction in, long length, long parts) {
        long acc = in.get(TpuField.ACC_ADDRESS);
        long end = acc + parts * length;
        if (end > spec.accumulatorRows()) {
            throw error(i, TpuField.ACC_ADDRESS, "accumulator rows " + acc + ".." + (end - 1) + " run past the "
                    + spec.accumulatorRows() + " accumulators");
        }
    }

    private void hostRange(int i, TpuInstruction in, long rows, HostRegion.Kind... kinds) {
        if (!checkData) {
            return;
        }
        long host = in.get(TpuField.HOST_ADDRESS);
        long bytes = rows * spec.mxuCols();
        for (HostRegion r : regions) {
            if (r.contains(host, bytes)) {
                for (HostRegion.Kind k : kinds) {
                    if (r.kind() == k) {
                        return;
                    }
                }
                throw error(i, TpuField.HOST_ADDRESS, "host region '" + r.name() + "' is an " + r.kind().name()
                        .toLowerCase(Locale.ROOT) + " region");
            }
        }
        throw error(i, TpuField.HOST_ADDRESS, "host bytes " + host + ".." + (host + bytes - 1)
                + " are not inside one host region of the program");
    }

    private <T extends TpuConfig> T slot(int i, TpuInstruction in, Map<Integer, TpuConfig> slots, Class<T> type) {
        if (!checkData) {
            return null;
        }
        TpuConfig c = slots.get(in.getInt(TpuField.CONFIG));
        if (c == null) {
            throw error(i, TpuField.CONFIG, "slot " + in.get(TpuField.CONFIG) + " was never loaded by setcfg");
        }
        if (!type.isInstance(c)) {
            throw error(i, TpuField.CONFIG, "slot holds a " + kind(c) + ", not a "
                    + type.getSimpleName().replace("Config", "").toLowerCase(Locale.ROOT));
        }
        return type.cast(c);
    }

    private static String kind(TpuConfig c) {
        return c.getClass().getSimpleName().replace("Config", "").toLowerCase(Locale.ROOT) + " configuration";
    }

    private InvalidInputException error(int index, TpuField field, String detail) {
        TpuInstruction in = listing.instructions().get(index);
        String where = "instruction " + index + " (" + in.opcode().mnemonic() + ")"
                + (field == null ? "" : " " + field.key());
        return new InvalidInputException(listing.source(), listing.lines().get(index), where, detail);
    }
}
