// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.program.AddConfig;
import org.sinapsis.isa.program.ConvolveConfig;
import org.sinapsis.isa.program.PoolConfig;
import org.sinapsis.isa.program.RecurrentConfig;
import org.sinapsis.isa.program.TpuConfig;
import org.sinapsis.isa.program.TpuField;
import org.sinapsis.isa.program.TpuFlags;
import org.sinapsis.isa.program.TpuInstruction;
import org.sinapsis.isa.program.TpuOpcode;
import org.sinapsis.isa.program.TpuProgram;
import org.sinapsis.isa.program.TpuProgramValidator;
import org.sinapsis.isa.program.TpuUnit;
import org.sinapsis.simulator.engine.BandwidthChannel;
import org.sinapsis.simulator.engine.Resource;
import org.sinapsis.simulator.engine.RowScoreboard;
import org.sinapsis.simulator.engine.StallLedger;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * The TPU v1 machine (Jouppi et al., ISCA 2017, section 2): runs a {@link TpuProgram}
 * cycle-approximately and, when it has data, functionally in int8 ({@link TpuDatapath}).
 *
 * <h2>Timing</h2>
 * Instructions issue in order, one every {@code issueCyclesPerInstruction} cycles at best, each
 * into its unit's stage (host DMA, weight DMA, matrix unit, activation unit: the paper's 4-stage
 * CISC pipeline, an instruction holding its stage until it completes); an instruction whose stage
 * is busy holds up every later one. With {@code B} input rows:
 * <ul>
 *   <li>Read_Host_Memory, Write_Host_Memory, Set_Config: {@code ceil(bytes / (host B/s / clock))}
 *       cycles on the PCIe link.</li>
 *   <li>Read_Weights (decoupled access): completes once its address is sent, which waits for a
 *       weight FIFO slot; the tile then streams from weight memory at
 *       {@code weightMemoryBytesPerSecond} behind the tiles before it, a whole
 *       {@code mxuRows mxuCols}-byte tile however few rows and columns it uses: weight memory and
 *       the FIFO hold tiles, so a partial tile moves padded (the paper's section 7: a 600x600 matrix
 *       of LSTM1 takes 9 tile loads, 18 us, on the 256x256 unit and 4 loads of four times the bytes,
 *       32 us, on a 512x512 one). A tile leaves the FIFO when
 *       it starts shifting into the matrix unit's second weight buffer, which it does once it has
 *       arrived and the buffer is empty; the shift takes {@code weightShiftCycles}.</li>
 *   <li>MatrixMultiply and Convolve: {@code B} pipelined cycles (a Convolve row gathered from
 *       {@code g} Unified Buffer rows takes {@code ceil(g / ubRowsPerCycle)} cycles: the data
 *       setup reads the Unified Buffer one 256-byte row per cycle), starting when issued, when the
 *       matrix unit is free, when a switched-to tile has finished shifting in, and when an
 *       Activate still reading its accumulator rows is done; results reach the accumulators
 *       {@code matrixLatencyCycles} after the last row. Switching makes the second buffer's tile
 *       active and lets the next tile shift in (double buffering).</li>
 *   <li>Activate and Vector: {@code rows read / activationRowsPerCycle} cycles on the activation
 *       unit (a recurrent cell reads both gate parts, {@code 2 ceil(gates H / 256) B} rows; a pool
 *       reads its input block; an add two rows per output row), after the accumulator rows they
 *       read are ready, plus {@code activationLatencyCycles}.</li>
 *   <li>Sync holds issue until the named units' earlier instructions have completed.</li>
 *   <li>Configuration slots are interlocked: an instruction waits for its slot's Set_Config to
 *       land, and a Set_Config waits for the slot's earlier users to finish.</li>
 * </ul>
 * Every cycle the matrix unit does not compute is attributed (Table 3's categories): before a
 * matrix instruction issues, to what held issue up (a sync on the activation unit: {@code raw};
 * on the host: {@code host}; a busy stage: {@code non_matrix}); then to the tile still arriving
 * from weight memory ({@code weights}), then to its shift ({@code weight_shift}); the rest
 * (waiting for the activation unit to free accumulators, the tail) to {@code non_matrix}, the last
 * host transfers to {@code host}.
 *
 * <h2>Energy</h2>
 * The machine counts actions ({@code mxu.mac}, {@code mxu.weight_shift_byte},
 * {@code weight_fifo.write_byte}, {@code dram.read_byte}, {@code pcie.transfer_byte},
 * {@code unified_buffer.read_byte} and {@code write_byte}, {@code accumulator.read_byte} and
 * {@code write_byte}, {@code activation.op}, {@code chip.leak_cycle}); an energy table prices them.
 *
 * <p>Not modelled: DRAM page and refresh effects (weight memory streams at its peak rate); PCIe
 * transaction latency and the host's own time (instruction transfer, Softmax and Embedding lookups
 * done by the host); Unified Buffer bank conflicts; reuse of Unified Buffer rows across
 * consecutive Convolve rows by the data setup (each gathered row reads its rows anew, counted for
 * a pixel in the middle of the map); the 16-bit modes; clock and power management.
 */
public final class TpuMachine {
    /** The stall causes reported, in order. */
    public static final List<String> STALL_CAUSES = List.of("weights", "weight_shift", "non_matrix", "raw", "host");

    private final TpuSpec spec;

    /** A machine of {@code spec}. */
    public TpuMachine(TpuSpec spec) {
        this.spec = spec;
    }

    /** The spec. */
    public TpuSpec spec() {
        return spec;
    }

    /**
     * Runs {@code program} for timing only (no data needed).
     *
     * @throws org.sinapsis.networks.InvalidInputException when the program does not validate
     */
    public TpuRun time(TpuProgram program, TraceSink trace) {
        TpuProgramValidator.validate(program, spec);
        return new Run(program, null, trace).execute();
    }

    /**
     * Runs {@code program} with its data: the weight image must be present and {@code hostInputs}
     * hold every input region's bytes. The outputs are real int8 results.
     *
     * @param threads threads for the functional arithmetic (results do not depend on it)
     * @throws org.sinapsis.networks.InvalidInputException when the program does not validate
     */
    public TpuRun run(TpuProgram program, Map<String, byte[]> hostInputs, int threads, TraceSink trace) {
        if (!program.weights().present()) {
            throw new IllegalArgumentException("program '" + program.name() + "' has no weight image to run with");
        }
        TpuProgramValidator.validate(program, spec);
        try (TpuDatapath datapath = new TpuDatapath(spec, program, hostInputs, threads)) {
            return new Run(program, datapath, trace).execute();
        }
    }

    /** One run's timeline. */
    private final class Run {
        private final TpuProgram program;
        private final TpuDatapath datapath;
        private final TraceSink trace;
        private final boolean tracing;
        private final Map<TpuUnit, Track> tracks = new EnumMap<>(TpuUnit.class);
        private final Track shiftTrack;
        private final Track issueTrack;
        private final Map<TpuUnit, Resource> stages = new EnumMap<>(TpuUnit.class);
        private final long[] lastEnd = new long[TpuUnit.values().length];
        private final BandwidthChannel hostLink;
        private final BandwidthChannel weightLink;
        private final RowScoreboard accumulatorReadDone;
        private final RowScoreboard accumulatorReady;
        private final StallLedger stalls = new StallLedger(STALL_CAUSES);
        private final ActionCounts.Builder actions = ActionCounts.builder();
        private final TpuConfig[] slots = new TpuConfig[256];
        private final Map<ConvolveConfig, Map<Integer, Integer>> gatherRows = new IdentityHashMap<>();
        private long ubRowsGathered;
        private final long[] slotLoaded = new long[256];
        private final long[] slotUsedUntil = new long[256];
        private long[] arrival = new long[64];
        private long[] shadowEmpty = new long[64];
        private long[] shiftStart = new long[64];
        private int[] tileRows = new int[64];
        private int[] tileCols = new int[64];
        private int fetched;
        private int switched;
        private int shifted;
        private int activeRows;
        private int activeCols;
        private long prevDispatch;
        private long mxuPrevEnd;
        private String pendingCause = "non_matrix";
        private long instructions;
        private long matrixInstructions;
        private long syncs;
        private long mxuActive;
        private long macs;
        private long hostIn;
        private long hostOut;
        private long ubRead;
        private long ubWrite;
        private long accRead;
        private long accWrite;
        private long activationElements;
        private long activationBusy;
        private long lastNonOutputEnd;
        private long outputCycles;

        Run(TpuProgram program, TpuDatapath datapath, TraceSink trace) {
            this.program = program;
            this.datapath = datapath;
            this.trace = trace;
            this.tracing = trace.enabled();
            String process = spec.name();
            tracks.put(TpuUnit.HOST_DMA, new Track(process, "host-dma"));
            tracks.put(TpuUnit.WEIGHT_DMA, new Track(process, "weight-dma"));
            tracks.put(TpuUnit.MXU, new Track(process, "mxu"));
            tracks.put(TpuUnit.ACTIVATION, new Track(process, "activation"));
            this.shiftTrack = new Track(process, "weight-shift");
            this.issueTrack = new Track(process, "issue");
            for (TpuUnit u : TpuUnit.values()) {
                stages.put(u, new Resource(u.key()));
            }
            this.hostLink = new BandwidthChannel("pcie", spec.hostBytesPerSecond(), spec.clockHz());
            this.weightLink = new BandwidthChannel("weight-memory", spec.weightMemoryBytesPerSecond(), spec.clockHz());
            this.accumulatorReadDone = new RowScoreboard(spec.accumulatorRows());
            this.accumulatorReady = new RowScoreboard(spec.accumulatorRows());
            this.prevDispatch = -spec.issueCyclesPerInstruction();
            Arrays.fill(shadowEmpty, -1);
            shadowEmpty[0] = 0;
        }

        TpuRun execute() {
            List<TpuInstruction> code = program.instructions();
            for (int i = 0; i < code.size(); i++) {
                TpuInstruction in = code.get(i);
                if (in.opcode() == TpuOpcode.SET_CONFIG) {
                    slots[in.getInt(TpuField.CONFIG)] = program.configs().get(in.get(TpuField.HOST_ADDRESS));
                }
                timing(i, in);
                if (datapath != null) {
                    datapath.execute(in);
                }
            }
            long total = prevDispatch;
            for (long e : lastEnd) {
                total = Math.max(total, e);
            }
            total = Math.max(total, mxuPrevEnd);
            long activityEnd = Math.max(lastEnd[TpuUnit.ACTIVATION.ordinal()], lastEnd[TpuUnit.MXU.ordinal()]);
            stalls.attribute(mxuPrevEnd, total, new String[] {"non_matrix"}, new long[] {activityEnd}, "host");
            actions.add("chip", "leak_cycle", total);
            TpuCounters counters = new TpuCounters(total, instructions, matrixInstructions, syncs, mxuActive, macs,
                    fetched, weightLink.bytes(), hostIn, hostOut, ubRead, ubWrite, accRead, accWrite,
                    activationElements, weightLink.busyCycles(), hostLink.busyCycles(), activationBusy);
            long steady = Math.max(Math.max(lastNonOutputEnd, outputCycles), Math.max(prevDispatch, mxuPrevEnd));
            return new TpuRun(total, steady, stalls.cycles(), counters, actions.build(),
                    datapath == null ? Map.of() : datapath.outputs());
        }

        private void timing(int index, TpuInstruction in) {
            instructions++;
            long issueReady = prevDispatch + spec.issueCyclesPerInstruction();
            TpuUnit unit = in.opcode().unit().orElse(null);
            long dispatch = issueReady;
            String cause = null;
            if (unit != null && stages.get(unit).freeAt() > dispatch) {
                dispatch = stages.get(unit).freeAt();
                cause = unit == TpuUnit.HOST_DMA ? "host" : unit == TpuUnit.WEIGHT_DMA ? "weights" : "non_matrix";
            }
            switch (in.opcode()) {
                case SYNC -> {
                    syncs++;
                    long mask = in.get(TpuField.MASK);
                    for (TpuUnit u : TpuUnit.values()) {
                        if ((mask & u.maskBit()) != 0 && lastEnd[u.ordinal()] > dispatch) {
                            dispatch = lastEnd[u.ordinal()];
                            cause = switch (u) {
                                case HOST_DMA -> "host";
                                case ACTIVATION -> "raw";
                                case WEIGHT_DMA -> "weights";
                                case MXU -> "non_matrix";
                            };
                        }
                    }
                    if (tracing) {
                        span(issueTrack, "sync", "sync", issueReady, dispatch, index);
                    }
                }
                case READ_HOST_MEMORY, WRITE_HOST_MEMORY, SET_CONFIG -> host(index, in, dispatch);
                case READ_WEIGHTS -> readWeights(index, in, dispatch);
                case MATRIX_MULTIPLY, CONVOLVE -> matrix(index, in, dispatch);
                case ACTIVATE, VECTOR -> activation(index, in, dispatch);
                case NOP, HALT -> {
                    if (tracing) {
                        span(issueTrack, in.opcode().mnemonic(), "issue", issueReady, dispatch, index);
                    }
                }
            }
            if (cause != null && dispatch > issueReady) {
                pendingCause = cause;
            }
            prevDispatch = dispatch;
        }

        private void host(int index, TpuInstruction in, long dispatch) {
            long bytes = in.opcode() == TpuOpcode.SET_CONFIG ? in.get(TpuField.BYTES)
                    : in.get(TpuField.LENGTH) * spec.mxuCols();
            boolean config = in.opcode() == TpuOpcode.SET_CONFIG;
            int slot = config ? in.getInt(TpuField.CONFIG) : 0;
            long start = hostLink.earliestStart(config ? Math.max(dispatch, slotUsedUntil[slot]) : dispatch);
            long end = hostLink.transfer(start, bytes);
            stages.get(TpuUnit.HOST_DMA).occupy(dispatch, end);
            if (config) {
                slotLoaded[slot] = end;
            }
            if (in.opcode() == TpuOpcode.WRITE_HOST_MEMORY) {
                outputCycles += end - start;
            } else {
                lastNonOutputEnd = Math.max(lastNonOutputEnd, end);
            }
            lastEnd[TpuUnit.HOST_DMA.ordinal()] = end;
            actions.add("pcie", "transfer_byte", bytes);
            switch (in.opcode()) {
                case READ_HOST_MEMORY -> {
                    hostIn += bytes;
                    ubWrite += bytes;
                    actions.add("unified_buffer", "write_byte", bytes);
                }
                case WRITE_HOST_MEMORY -> {
                    hostOut += bytes;
                    ubRead += bytes;
                    actions.add("unified_buffer", "read_byte", bytes);
                }
                default -> hostIn += bytes;
            }
            if (tracing) {
                span(tracks.get(TpuUnit.HOST_DMA), in.opcode().mnemonic(), "dma", start, end, index);
            }
        }

        private void readWeights(int index, TpuInstruction in, long dispatch) {
            int tile = fetched++;
            grow(tile + 2);
            int rows = in.getInt(TpuField.TILE_ROWS);
            int cols = in.getInt(TpuField.TILE_COLS);
            tileRows[tile] = rows;
            tileCols[tile] = cols;
            long slotFree = tile >= spec.weightFifoTiles() ? shiftStart[tile - spec.weightFifoTiles()] : 0;
            long addressSent = Math.max(dispatch, slotFree);
            stages.get(TpuUnit.WEIGHT_DMA).occupy(dispatch, addressSent);
            lastEnd[TpuUnit.WEIGHT_DMA.ordinal()] = addressSent;
            lastNonOutputEnd = Math.max(lastNonOutputEnd, addressSent);
            long bytes = spec.tileBytes();
            long start = weightLink.earliestStart(addressSent);
            arrival[tile] = weightLink.transfer(start, bytes);
            actions.add("dram", "read_byte", bytes);
            actions.add("weight_fifo", "write_byte", bytes);
            if (tracing) {
                span(tracks.get(TpuUnit.WEIGHT_DMA), "rw", "dma", start, arrival[tile], index);
            }
            scheduleShifts();
        }

        /** Schedules every tile shift whose tile has arrived and whose buffer has emptied. */
        private void scheduleShifts() {
            while (shifted < fetched && shadowEmpty[shifted] >= 0) {
                shiftStart[shifted] = Math.max(arrival[shifted], shadowEmpty[shifted]);
                if (tracing) {
                    trace.accept(new Span(shiftTrack, "shift", "weights", shiftStart[shifted],
                            spec.weightShiftCycles(), TraceArgs.empty().with("tile", shifted)));
                }
                shifted++;
            }
        }

        private void matrix(int index, TpuInstruction in, long dispatch) {
            matrixInstructions++;
            boolean conv = in.opcode() == TpuOpcode.CONVOLVE;
            int rows = in.getInt(conv ? TpuField.PIXELS : TpuField.LENGTH);
            int acc = in.getInt(TpuField.ACC_ADDRESS);
            boolean switching = in.flag(TpuFlags.SWITCH);
            long arrived = 0;
            long shiftEnd = 0;
            int tile = -1;
            if (switching) {
                tile = switched++;
                arrived = arrival[tile];
                shiftEnd = shiftStart[tile] + spec.weightShiftCycles();
                activeRows = tileRows[tile];
                activeCols = tileCols[tile];
                actions.add("mxu", "weight_shift_byte", spec.tileBytes());
            }
            long accFree = accumulatorReadDone.readyAt(acc, acc + rows);
            if (conv) {
                accFree = Math.max(accFree, slotLoaded[in.getInt(TpuField.CONFIG)]);
            }
            Resource mxu = stages.get(TpuUnit.MXU);
            long start = Math.max(Math.max(dispatch, mxu.freeAt()), Math.max(shiftEnd, accFree));
            stalls.attribute(mxuPrevEnd, start, new String[] {pendingCause, "weights", "weight_shift"},
                    new long[] {dispatch, arrived, shiftEnd}, "non_matrix");
            pendingCause = "non_matrix";
            long rowCycles = 1;
            if (conv) {
                ConvolveConfig geometry = (ConvolveConfig) slots[in.getInt(TpuField.CONFIG)];
                int gather = gatherRows.computeIfAbsent(geometry, g -> new HashMap<>())
                        .computeIfAbsent(in.getInt(TpuField.CHUNK), k -> geometry.gatherRows(k, spec.mxuRows()));
                rowCycles = (gather + spec.ubRowsPerCycle() - 1) / spec.ubRowsPerCycle();
                ubRowsGathered = (long) rows * gather;
            } else {
                ubRowsGathered = rows;
            }
            long end = start + rows * rowCycles;
            mxu.occupy(dispatch, end);
            if (switching) {
                grow(tile + 2);
                shadowEmpty[tile + 1] = start;
                scheduleShifts();
            }
            accumulatorReady.mark(acc, acc + rows, end + spec.matrixLatencyCycles());
            lastEnd[TpuUnit.MXU.ordinal()] = end + spec.matrixLatencyCycles();
            lastNonOutputEnd = Math.max(lastNonOutputEnd, lastEnd[TpuUnit.MXU.ordinal()]);
            mxuPrevEnd = end;
            mxuActive += end - start;
            if (conv) {
                int slot = in.getInt(TpuField.CONFIG);
                slotUsedUntil[slot] = Math.max(slotUsedUntil[slot], end);
            }
            long work = (long) rows * activeRows * activeCols;
            macs += work;
            long inBytes = ubRowsGathered * spec.mxuCols();
            long accBytes = 4L * rows * activeCols;
            ubRead += inBytes;
            accWrite += accBytes;
            actions.add("mxu", "mac", work);
            actions.add("unified_buffer", "read_byte", inBytes);
            actions.add("accumulator", "write_byte", accBytes);
            if (in.flag(TpuFlags.ACCUMULATE)) {
                accRead += accBytes;
                actions.add("accumulator", "read_byte", accBytes);
            }
            if (tracing) {
                span(tracks.get(TpuUnit.MXU), in.opcode().mnemonic(), "compute", start, end, index);
            }
        }

        private void activation(int index, TpuInstruction in, long dispatch) {
            TpuConfig config = slots[in.getInt(TpuField.CONFIG)];
            long length = in.get(TpuField.LENGTH);
            long rowsRead;
            long rowsWritten = length;
            long elements = length * spec.mxuCols();
            long ready = 0;
            if (in.opcode() == TpuOpcode.ACTIVATE) {
                int acc = in.getInt(TpuField.ACC_ADDRESS);
                int parts = config instanceof RecurrentConfig r ? 2 * r.gateChunks() : 1;
                rowsRead = parts * length;
                if (config instanceof RecurrentConfig r) {
                    rowsWritten = (2L * r.hiddenChunks() + (r.lstm() ? r.cellChunks() : 0)) * length;
                    elements = (long) r.gateColumns() * length;
                }
                ready = accumulatorReady.readyAt(acc, (int) (acc + rowsRead));
                accRead += rowsRead * spec.mxuCols() * 4;
                actions.add("accumulator", "read_byte", rowsRead * spec.mxuCols() * 4);
            } else {
                if (config instanceof PoolConfig p) {
                    rowsRead = length / ((long) p.outHeight() * p.outWidth()) * p.height() * p.width();
                } else if (config instanceof AddConfig) {
                    rowsRead = 2 * length;
                } else {
                    rowsRead = length;
                }
                ubRead += rowsRead * spec.mxuCols();
                actions.add("unified_buffer", "read_byte", rowsRead * spec.mxuCols());
            }
            Resource unit = stages.get(TpuUnit.ACTIVATION);
            int slot = in.getInt(TpuField.CONFIG);
            long start = Math.max(Math.max(dispatch, unit.freeAt()), Math.max(ready, slotLoaded[slot]));
            long busy = (Math.max(rowsRead, rowsWritten) + spec.activationRowsPerCycle() - 1)
                    / spec.activationRowsPerCycle();
            unit.occupy(dispatch, start + busy);
            activationBusy += busy;
            if (in.opcode() == TpuOpcode.ACTIVATE) {
                int acc = in.getInt(TpuField.ACC_ADDRESS);
                accumulatorReadDone.mark(acc, (int) (acc + rowsRead), start + busy);
            }
            lastEnd[TpuUnit.ACTIVATION.ordinal()] = start + busy + spec.activationLatencyCycles();
            lastNonOutputEnd = Math.max(lastNonOutputEnd, lastEnd[TpuUnit.ACTIVATION.ordinal()]);
            slotUsedUntil[slot] = Math.max(slotUsedUntil[slot], start + busy);
            ubWrite += rowsWritten * spec.mxuCols();
            activationElements += elements;
            actions.add("unified_buffer", "write_byte", rowsWritten * spec.mxuCols());
            actions.add("activation", "op", elements);
            if (tracing) {
                span(tracks.get(TpuUnit.ACTIVATION), in.opcode().mnemonic(), "activation", start, start + busy, index);
            }
        }

        private void span(Track track, String name, String category, long start, long end, int index) {
            trace.accept(new Span(track, name, category, start, end - start, TraceArgs.empty().with("instruction", index)));
        }

        private void grow(int needed) {
            if (needed > arrival.length) {
                int n = Math.max(needed, arrival.length * 2);
                arrival = Arrays.copyOf(arrival, n);
                shiftStart = Arrays.copyOf(shiftStart, n);
                tileRows = Arrays.copyOf(tileRows, n);
                tileCols = Arrays.copyOf(tileCols, n);
                int old = shadowEmpty.length;
                shadowEmpty = Arrays.copyOf(shadowEmpty, n);
                Arrays.fill(shadowEmpty, old, n, -1);
            }
        }
    }
}
