// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.program.FpgaLayerKind;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * The tiles of one layer under one tiling, and what each tile moves and computes: the geometry
 * both FPGA cost models (analytical and cycle-approximate) share, so they differ only in how they
 * overlap transfers and compute, never in what is transferred.
 *
 * <p>DDR layouts: convolution inputs {@code [N][H][W]}, weights {@code [M][N][Kh][Kw]}, outputs
 * {@code [M][R][C]}; Dense and recurrent inputs {@code [R][N]}, weights {@code [N][M]}, outputs
 * {@code [R][M]}. A tile transfer is one contiguous run per row of its block, each rounded up to
 * whole DDR bursts; padding rows and columns are never transferred (they are zeros made on chip).
 * A recurrent step loads {@code x_t} once and keeps its whole input vector on chip for every
 * output-channel tile, sends its gate pre-activations to the element-wise unit and stores
 * {@code h_t} once, after the gate math.
 * Values take {@link FpgaDatapath#bytesPerValue()} bytes, rounded up per run.
 *
 * <p>Compute of one input-channel tile: {@code Kh Kw max(tr tc, addLatency)} cycles (each of the
 * {@code Kh Kw} steps updates every one of the tile's {@code tr tc} partial sums once, and an
 * update must wait for the previous one to the same sum); the array's pipeline
 * ({@link #pipelineDepthCycles()}) fills and drains once per output tile.
 */
final class FpgaTileGeometry {
    final FpgaSpec spec;
    final FpgaDatapath datapath;
    final FpgaLayerShape shape;
    final FpgaTiling tiling;
    final boolean conv;
    final boolean recurrent;
    /** Per row tile: its rows {@code tr_a} and the input rows it loads. */
    final int[] rowTiles;
    final int[] rowLoads;
    /** Per column tile: its columns {@code tc_a} and the input columns it loads. */
    final int[] colTiles;
    final int[] colLoads;
    /** Per output-channel tile and per input-channel tile: its size. */
    final int[] mTiles;
    final int[] nTiles;
    private final long latencyCycles;
    private final double bytesPerCycle;
    /** Runs of the rows of the tiles, in DDR bytes: loaded input columns and output columns per column tile. */
    final long[] colLoadRuns;
    final long[] colOutRuns;
    /** Runs per input-channel tile: its channels, and (convolutions) its weights of one output channel. */
    final long[] nRuns;
    final long[] nWeightRuns;
    /** Runs per output-channel tile: its channels. */
    final long[] mRuns;

    FpgaTileGeometry(FpgaSpec spec, FpgaDatapath datapath, FpgaLayerShape shape, FpgaTiling tiling) {
        this.spec = spec;
        this.datapath = datapath;
        this.shape = shape;
        this.tiling = tiling;
        this.conv = shape.kind() == FpgaLayerKind.CONV;
        this.recurrent = shape.kind() == FpgaLayerKind.RECURRENT;
        this.latencyCycles = spec.ddrLatencyCycles();
        this.bytesPerCycle = spec.ddrBytesPerCycle();
        rowTiles = split(shape.outRows(), tiling.tr());
        colTiles = split(shape.outCols(), tiling.tc());
        mTiles = split(shape.outChannels(), tiling.tm());
        nTiles = split(shape.inChannels(), tiling.tn());
        rowLoads = new int[rowTiles.length];
        for (int i = 0, row0 = 0; i < rowTiles.length; row0 += rowTiles[i], i++) {
            rowLoads[i] = shape.loadedRows(row0, rowTiles[i]);
        }
        colLoads = new int[colTiles.length];
        for (int i = 0, col0 = 0; i < colTiles.length; col0 += colTiles[i], i++) {
            colLoads[i] = shape.loadedCols(col0, colTiles[i]);
        }
        colLoadRuns = runs(colLoads, 1);
        colOutRuns = runs(colTiles, 1);
        nRuns = runs(nTiles, 1);
        nWeightRuns = runs(nTiles, (long) shape.kernelH() * shape.kernelW());
        mRuns = runs(mTiles, 1);
    }

    private long[] runs(int[] counts, long factor) {
        long[] r = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            r[i] = i > 0 && counts[i] == counts[i - 1] ? r[i - 1] : run(counts[i] * factor);
        }
        return r;
    }

    private static int[] split(int extent, int tile) {
        int count = (extent + tile - 1) / tile;
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            sizes[i] = Math.min(tile, extent - i * tile);
        }
        return sizes;
    }

    /** Bytes of one contiguous run of {@code values} values, rounded up to whole bursts. */
    long run(long values) {
        if (values <= 0) {
            return 0;
        }
        long bytes = datapath.bytesFor(values);
        long burst = spec.ddrBurstBytes();
        if ((burst & (burst - 1)) == 0) {
            return (bytes + burst - 1) & -burst;
        }
        return (bytes + burst - 1) / burst * burst;
    }

    /**
     * DDR bytes of the input tile (row tile r, column tile c, input-channel tile n); 0 for a
     * recurrent step, whose input vector is loaded once per step ({@link #passInputBytes()}).
     */
    long inputBytes(int r, int c, int n) {
        if (conv) {
            return (long) nTiles[n] * rowLoads[r] * colLoadRuns[c];
        }
        return recurrent ? 0 : rowTiles[r] * nRuns[n];
    }

    /** DDR bytes loaded once at the start of a pass: a recurrent step's {@code x_t} ({@code R} runs of F values). */
    long passInputBytes() {
        return recurrent ? shape.outRows() * run(shape.inChannels() - shape.recurrentUnits()) : 0;
    }

    /** DDR bytes stored once at the end of a pass, after its element-wise work: a recurrent step's {@code h_t}. */
    long passOutputBytes() {
        return recurrent ? shape.outRows() * run(shape.recurrentUnits()) : 0;
    }

    /** DDR bytes of the weight tile (output-channel tile m, input-channel tile n). */
    long weightBytes(int m, int n) {
        if (conv) {
            return mTiles[m] * nWeightRuns[n];
        }
        return nTiles[n] * mRuns[m];
    }

    /** DDR bytes of all the layer's weights of one group, for a resident load. */
    long allWeightBytes() {
        long sum = 0;
        for (int m = 0; m < mTiles.length; m++) {
            for (int n = 0; n < nTiles.length; n++) {
                sum += weightBytes(m, n);
            }
        }
        return sum;
    }

    /**
     * DDR bytes of the output tile (row tile r, column tile c, output-channel tile m); 0 for a
     * recurrent step, whose gate pre-activations go to the element-wise unit.
     */
    long outputBytes(int r, int c, int m) {
        if (conv) {
            return (long) mTiles[m] * rowTiles[r] * colOutRuns[c];
        }
        return recurrent ? 0 : rowTiles[r] * mRuns[m];
    }

    /** Cycles of one input-channel tile's compute for output tile (r, c). */
    long computeCycles(int r, int c) {
        long positions = (long) rowTiles[r] * colTiles[c];
        return (long) shape.kernelH() * shape.kernelW() * Math.max(positions, datapath.addLatencyCycles());
    }

    /**
     * Pipeline fill and drain of the array, once per output tile: a multiplier, the adder tree
     * over Tn lanes ({@code ceil(log2 Tn)} levels) and the accumulator.
     */
    long pipelineDepthCycles() {
        int levels = tiling.tn() <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(tiling.tn() - 1);
        return datapath.multiplyLatencyCycles() + (long) (levels + 1) * datapath.addLatencyCycles();
    }

    /** Cycles the DDR channel is busy with one transfer of {@code bytes}: latency plus data; 0 for no bytes. */
    long transferCycles(long bytes) {
        return bytes == 0 ? 0 : latencyCycles + (long) Math.ceil(bytes / bytesPerCycle - 1e-9);
    }

    /** Instances of the nest run one after another: {@code batch x groups}. */
    int instances() {
        return shape.batch() * shape.groups();
    }

    /** Whether weights are loaded per tile (not resident). */
    boolean streamsWeights() {
        return !tiling.weightsResident();
    }

    /** Whether resident weights are loaded per inference (not pinned at deployment). */
    boolean loadsResidentWeights() {
        return tiling.weightsResident() && !spec.persistentWeights();
    }
}
