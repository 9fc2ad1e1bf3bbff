// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.program.ActivationConfig;
import org.sinapsis.isa.program.AddConfig;
import org.sinapsis.isa.program.ConvolveConfig;
import org.sinapsis.isa.program.HostRegion;
import org.sinapsis.isa.program.LookupConfig;
import org.sinapsis.isa.program.PoolConfig;
import org.sinapsis.isa.program.RecurrentConfig;
import org.sinapsis.isa.program.TpuConfig;
import org.sinapsis.isa.program.TpuField;
import org.sinapsis.isa.program.TpuFlags;
import org.sinapsis.isa.program.TpuInstruction;
import org.sinapsis.isa.program.TpuProgram;
import org.sinapsis.isa.program.TpuWeightImage;
import org.sinapsis.isa.program.UbTensor;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.reference.Int8Arithmetic;
import org.sinapsis.networks.reference.TwoTermMultiplier;

/**
 * The TPU's architectural state and what each instruction does to it, in real int8 arithmetic:
 * the Unified Buffer (bytes), the 32-bit accumulators, the weight FIFO and the matrix unit's
 * tiles, the configuration slots and host memory. Effects are applied in program order, which a
 * validated program makes equal to any legal hardware order. Every number is computed with
 * {@link Int8Arithmetic}, so outputs equal the int8 reference executor's bit for bit.
 */
final class TpuDatapath implements AutoCloseable {
    private final TpuSpec spec;
    private final TpuProgram program;
    private final int cols;
    private final byte[] ub;
    private final int[][] acc;
    private final ArrayDeque<WeightTile> fifo = new ArrayDeque<>();
    private WeightTile active;
    private final TpuConfig[] slots = new TpuConfig[256];
    private final Map<String, byte[]> host = new LinkedHashMap<>();
    private final RowTasks tasks;

    /**
     * @param hostInputs the contents of every input region, by region name
     * @param threads threads for the row-parallel instructions
     */
    TpuDatapath(TpuSpec spec, TpuProgram program, Map<String, byte[]> hostInputs, int threads) {
        this.spec = spec;
        this.program = program;
        this.cols = spec.mxuCols();
        this.ub = new byte[Math.toIntExact(spec.unifiedBufferRows() * cols)];
        this.acc = new int[spec.accumulatorRows()][cols];
        for (HostRegion r : program.hostRegions()) {
            byte[] bytes = switch (r.kind()) {
                case INPUT -> {
                    byte[] given = hostInputs.get(r.name());
                    if (given == null || given.length != r.bytes()) {
                        throw new IllegalArgumentException("input region '" + r.name() + "' needs " + r.bytes()
                                + " bytes, got " + (given == null ? "none" : given.length));
                    }
                    yield given;
                }
                case OUTPUT, ZEROS -> new byte[Math.toIntExact(r.bytes())];
            };
            host.put(r.name(), bytes);
        }
        this.tasks = new RowTasks(threads, spec.mxuRows());
    }

    /** The contents of every output region, by name. */
    Map<String, byte[]> outputs() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (HostRegion r : program.hostRegions()) {
            if (r.kind() == HostRegion.Kind.OUTPUT) {
                out.put(r.name(), host.get(r.name()));
            }
        }
        return out;
    }

    /** The configuration in the slot {@code in} names, for timing. */
    TpuConfig slot(TpuInstruction in) {
        return slots[in.getInt(TpuField.CONFIG)];
    }

    /** Applies one instruction. */
    void execute(TpuInstruction in) {
        switch (in.opcode()) {
            case READ_HOST_MEMORY -> copyHost(in.get(TpuField.HOST_ADDRESS), in.get(TpuField.UB_ADDRESS),
                    in.get(TpuField.LENGTH), true);
            case WRITE_HOST_MEMORY -> copyHost(in.get(TpuField.HOST_ADDRESS), in.get(TpuField.UB_ADDRESS),
                    in.get(TpuField.LENGTH), false);
            case READ_WEIGHTS -> readWeights(in);
            case MATRIX_MULTIPLY -> matrixMultiply(in);
            case CONVOLVE -> convolve(in);
            case ACTIVATE -> {
                TpuConfig c = slot(in);
                if (c instanceof RecurrentConfig r) {
                    recurrent(in, r);
                } else {
                    activate(in, (ActivationConfig) c);
                }
            }
            case VECTOR -> vector(in);
            case SET_CONFIG -> slots[in.getInt(TpuField.CONFIG)] = program.configs().get(in.get(TpuField.HOST_ADDRESS));
            case SYNC, NOP, HALT -> {
            }
        }
    }

    private void copyHost(long hostAddress, long ubRow, long rows, boolean toUb) {
        long bytes = rows * cols;
        HostRegion region = program.regionAt(hostAddress, bytes).orElseThrow(() -> new IllegalStateException(
                "host bytes " + hostAddress + ".." + (hostAddress + bytes - 1) + " are in no region"));
        byte[] h = host.get(region.name());
        int at = Math.toIntExact(hostAddress - region.address());
        int u = Math.toIntExact(ubRow * cols);
        if (toUb) {
            System.arraycopy(h, at, ub, u, (int) bytes);
        } else {
            System.arraycopy(ub, u, h, at, (int) bytes);
        }
    }

    private void readWeights(TpuInstruction in) {
        TpuWeightImage image = program.weights();
        long address = in.get(TpuField.WEIGHT_ADDRESS);
        int rows = in.getInt(TpuField.TILE_ROWS);
        int tileCols = in.getInt(TpuField.TILE_COLS);
        TpuWeightImage.Segment s = image.segmentFor(address, (long) rows * tileCols).orElseThrow(
                () -> new IllegalStateException("weight bytes at " + address + " are not in the weight image"));
        fifo.add(new WeightTile(s.bytes(), Math.toIntExact(address - s.address()), rows, tileCols));
    }

    private WeightTile tile(TpuInstruction in) {
        if (in.flag(TpuFlags.SWITCH)) {
            active = fifo.remove();
        }
        return active;
    }

    private void matrixMultiply(TpuInstruction in) {
        WeightTile t = tile(in);
        int ubRow = in.getInt(TpuField.UB_ADDRESS);
        int accRow = in.getInt(TpuField.ACC_ADDRESS);
        boolean accumulate = in.flag(TpuFlags.ACCUMULATE);
        tasks.run(in.getInt(TpuField.LENGTH), (from, to, scratch) -> {
            for (int i = from; i < to; i++) {
                int[] a = acc[accRow + i];
                if (!accumulate) {
                    Arrays.fill(a, 0);
                }
                MatrixKernel.multiplyAdd(ub, (ubRow + i) * cols, t, a);
            }
        });
    }

    private void convolve(TpuInstruction in) {
        WeightTile t = tile(in);
        ConvolveConfig c = (ConvolveConfig) slot(in);
        UbTensor input = c.input().at(in.get(TpuField.UB_ADDRESS));
        int accRow = in.getInt(TpuField.ACC_ADDRESS);
        boolean accumulate = in.flag(TpuFlags.ACCUMULATE);
        long pixel0 = in.get(TpuField.PIXEL);
        int chunk = in.getInt(TpuField.CHUNK);
        int channel0 = in.getInt(TpuField.GROUP) * c.channelsPerGroup();
        int n0 = chunk * spec.mxuRows();
        int width = t.rows;
        long[] channel = new long[width];
        int[] kr = new int[width];
        int[] ks = new int[width];
        for (int j = 0; j < width; j++) {
            int p = n0 + j;
            boolean pad = c.padding(p);
            channel[j] = pad ? -1 : input.channelOffset(channel0 + c.channelOf(p));
            kr[j] = c.rowOf(p);
            ks[j] = c.columnOf(p);
        }
        long base = input.baseRow() * cols;
        long rowStride = input.rowStride();
        long colStride = input.columnStride();
        int h = input.height();
        int w = input.width();
        int pq = c.outPixels();
        tasks.run(in.getInt(TpuField.PIXELS), (from, to, x) -> {
            for (int i = from; i < to; i++) {
                long q = pixel0 + i;
                int n = (int) (q / pq);
                int oy = (int) (q % pq) / c.outWidth();
                int ox = (int) (q % pq) % c.outWidth();
                long example = base + input.exampleOffset(n);
                int y0 = oy * c.strideH() - c.padH();
                int x0 = ox * c.strideW() - c.padW();
                for (int j = 0; j < width; j++) {
                    int iy = y0 + kr[j];
                    int ix = x0 + ks[j];
                    x[j] = channel[j] >= 0 && iy >= 0 && iy < h && ix >= 0 && ix < w
                            ? ub[(int) (example + channel[j] + iy * rowStride + ix * colStride)] : 0;
                }
                int[] a = acc[accRow + i];
                if (!accumulate) {
                    Arrays.fill(a, 0);
                }
                MatrixKernel.multiplyAdd(x, 0, t, a);
            }
        });
    }

    private void activate(TpuInstruction in, ActivationConfig c) {
        int accRow = in.getInt(TpuField.ACC_ADDRESS);
        int ubRow = in.getInt(TpuField.UB_ADDRESS);
        int width = c.width();
        for (int i = 0; i < in.getInt(TpuField.LENGTH); i++) {
            int[] a = acc[accRow + i];
            int base = (ubRow + i) * cols;
            for (int j = 0; j < width; j++) {
                ub[base + j] = (byte) c.apply(a[j], j);
            }
            Arrays.fill(ub, base + width, base + cols, (byte) 0);
        }
    }

    private void recurrent(TpuInstruction in, RecurrentConfig r) {
        int batch = in.getInt(TpuField.LENGTH);
        int accRow = in.getInt(TpuField.ACC_ADDRESS);
        long dst = in.get(TpuField.UB_ADDRESS);
        int h = r.units();
        int g = r.gateChunks();
        int half = cols / 2;
        TwoTermMultiplier[] m = r.gateMultipliers();
        int[] kb = r.kernelBias();
        int[] rb = r.recurrentBias();
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < h; k++) {
                int hiddenAt = (int) ((r.hiddenRow() + (long) (k / cols) * batch + b) * cols + k % cols);
                int code;
                if (r.lstm()) {
                    int i = Int8Arithmetic.sigmoidQ15(gate(accRow, g, batch, b, k, m, kb, rb));
                    int f = Int8Arithmetic.sigmoidQ15(gate(accRow, g, batch, b, h + k, m, kb, rb));
                    int gg = Int8Arithmetic.tanhQ15(gate(accRow, g, batch, b, 2 * h + k, m, kb, rb));
                    int o = Int8Arithmetic.sigmoidQ15(gate(accRow, g, batch, b, 3 * h + k, m, kb, rb));
                    int cellAt = (int) ((r.cellRow() + (long) (k / half) * batch + b) * cols + 2 * (k % half));
                    int cell = (short) ((ub[cellAt] & 0xFF) | ub[cellAt + 1] << 8);
                    cell = Int8Arithmetic.lstmCellQ12(f, cell, i, gg);
                    ub[cellAt] = (byte) cell;
                    ub[cellAt + 1] = (byte) (cell >> 8);
                    code = Int8Arithmetic.lstmHiddenCode(o, cell);
                } else {
                    int z = Int8Arithmetic.sigmoidQ15(gate(accRow, g, batch, b, k, m, kb, rb));
                    int reset = Int8Arithmetic.sigmoidQ15(gate(accRow, g, batch, b, h + k, m, kb, rb));
                    int col = 2 * h + k;
                    TwoTermMultiplier mn = m[col];
                    int inputPart = Int8Arithmetic.toQ12(part(accRow, batch, b, col) + kb[col], mn.mantissaA(),
                            mn.shift());
                    int recurrentPart = Int8Arithmetic.toQ12(part(accRow + g * batch, batch, b, col) + rb[col],
                            mn.mantissaB(), mn.shift());
                    int n = Int8Arithmetic.tanhQ15(Int8Arithmetic.gruCandidateQ12(inputPart, reset, recurrentPart));
                    code = Int8Arithmetic.gruHiddenCode(z, n, ub[hiddenAt]);
                }
                ub[hiddenAt] = (byte) code;
                ub[(int) ((dst + (long) (k / cols) * r.outputChunkStride() + b) * cols + k % cols)] = (byte) code;
            }
        }
    }

    /** A gate pre-activation in Q3.12 from its two accumulated parts plus their biases. */
    private int gate(int accRow, int g, int batch, int b, int column, TwoTermMultiplier[] m, int[] kb, int[] rb) {
        int ax = part(accRow, batch, b, column) + kb[column];
        int ah = part(accRow + g * batch, batch, b, column) + rb[column];
        return Int8Arithmetic.gatePreactivationQ12(ax, ah, m[column]);
    }

    private int part(int base, int batch, int b, int column) {
        return acc[base + column / cols * batch + b][column % cols];
    }

    private void vector(TpuInstruction in) {
        TpuConfig c = slot(in);
        int src = in.getInt(TpuField.SOURCE);
        int dst = in.getInt(TpuField.DEST);
        int rows = in.getInt(TpuField.LENGTH);
        if (c instanceof PoolConfig p) {
            pool(p, src, dst, rows);
        } else if (c instanceof AddConfig a) {
            int second = (int) (src + a.secondOffsetRows());
            for (int i = 0; i < rows; i++) {
                int o = (dst + i) * cols;
                int x = (src + i) * cols;
                int y = (second + i) * cols;
                for (int j = 0; j < a.width(); j++) {
                    ub[o + j] = (byte) Int8Arithmetic.add(ub[x + j], ub[y + j], a.multiplier());
                }
                Arrays.fill(ub, o + a.width(), o + cols, (byte) 0);
            }
        } else {
            LookupConfig l = (LookupConfig) c;
            byte[] table = l.table();
            for (int i = 0; i < rows; i++) {
                int o = (dst + i) * cols;
                int x = (src + i) * cols;
                for (int j = 0; j < l.width(); j++) {
                    ub[o + j] = table[ub[x + j] + 128];
                }
                Arrays.fill(ub, o + l.width(), o + cols, (byte) 0);
            }
        }
    }

    private void pool(PoolConfig p, int src, int dst, int rows) {
        int outPixels = p.outHeight() * p.outWidth();
        boolean max = p.mode() == PoolMode.MAX;
        int[] agg = new int[p.channels()];
        for (int i = 0; i < rows; i++) {
            int n = i / outPixels;
            int oy = i % outPixels / p.outWidth();
            int ox = i % outPixels % p.outWidth();
            Arrays.fill(agg, max ? Integer.MIN_VALUE : 0);
            int count = 0;
            for (int r = 0; r < p.kernelH(); r++) {
                int iy = oy * p.strideH() - p.padH() + r;
                if (iy < 0 || iy >= p.height()) {
                    continue;
                }
                for (int s = 0; s < p.kernelW(); s++) {
                    int ix = ox * p.strideW() - p.padW() + s;
                    if (ix < 0 || ix >= p.width()) {
                        continue;
                    }
                    count++;
                    int at = (src + (n * p.height() + iy) * p.width() + ix) * cols;
                    for (int j = 0; j < agg.length; j++) {
                        agg[j] = max ? Math.max(agg[j], ub[at + j]) : agg[j] + ub[at + j];
                    }
                }
            }
            int o = (dst + i) * cols;
            for (int j = 0; j < agg.length; j++) {
                ub[o + j] = (byte) (max ? agg[j] : Int8Arithmetic.averagePool(agg[j], count));
            }
            Arrays.fill(ub, o + agg.length, o + cols, (byte) 0);
        }
    }

    @Override
    public void close() {
        tasks.close();
    }
}
