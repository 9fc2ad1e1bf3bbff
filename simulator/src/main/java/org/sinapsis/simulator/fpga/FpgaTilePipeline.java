// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.ArrayDeque;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * The cycle-approximate tile pipeline of one pass over a layer's nest (one instance, or one
 * recurrent step): transfers and compute as timed events, tile by tile, in the kernel's loop order
 * (row, column, output-channel tile; input-channel tiles innermost).
 *
 * <p>Rules: one DDR channel serves one transfer at a time ({@code latency + ceil(bytes / bytes
 * per cycle)} cycles), in order of readiness, a store before a load that became ready at the same
 * cycle. A tile's input and weight transfers fill one half of the ping-pong buffers, which is free
 * once the compute of the tile two back has finished (one back when single-buffered). Compute of a
 * tile starts when its data is in and the array is free; the first tile of an output tile also
 * waits for its half of the output buffer, which is free once the store of the output tile two
 * back has finished. The array's pipeline drains after the last input-channel tile of each output
 * tile, and only then can the output tile be stored. Padding is made on chip; edge tiles are
 * smaller. A recurrent step first loads {@code x_t}; its tiles then load weights only (or nothing,
 * when the weights are resident) and store nothing (see {@link FpgaTileGeometry}).
 *
 * <p>This is the double-buffered ("ping-pong") tile pipeline of Zhang et al.'s implementation
 * (FPGA 2015): loads, compute and stores overlapped through paired buffers.
 *
 * <p>Not modelled: DDR refresh, bank and row-buffer effects, separate read and write channels,
 * several outstanding transfers (the latency is paid per transfer).
 */
final class FpgaTilePipeline {
    /** Tracks of the trace: process {@code fpga}, threads for the DDR channel and the PE array. */
    static final Track DDR = new Track("fpga", "ddr");
    static final Track ARRAY = new Track("fpga", "pe-array");

    /** What a pass took. */
    record Pass(long endCycle, long computeCycles, long ddrReadBytes, long ddrWriteBytes) {
    }

    private FpgaTilePipeline() {
    }

    /**
     * Runs one pass starting at {@code start}.
     *
     * @param doubleBuffered whether buffers are ping-pong pairs
     * @param sink where tile spans go when enabled
     */
    static Pass run(FpgaTileGeometry g, long start, boolean doubleBuffered, TraceSink sink, String kernel) {
        int nR = g.rowTiles.length;
        int nC = g.colTiles.length;
        int nM = g.mTiles.length;
        int nN = g.nTiles.length;
        long tiles = (long) nR * nC * nM * nN;
        long groups = (long) nR * nC * nM;
        int copies = doubleBuffered ? 2 : 1;
        int ring = copies + 1;
        long[] loadEnd = new long[ring];
        long[] computeEnd = new long[ring];
        long[] storeEnd = new long[ring];
        long depth = g.pipelineDepthCycles();
        boolean tracing = sink.enabled();
        ArrayDeque<long[]> pending = new ArrayDeque<>();
        long ddrFree = start + g.transferCycles(g.passInputBytes());
        if (sink.enabled() && ddrFree > start) {
            sink.accept(new Span(DDR, "load step input", "dma", start, ddrFree - start, TraceArgs.empty()
                    .with("kernel", kernel).with("bytes", g.passInputBytes())));
        }
        long arrayFree = start;
        long nextLoad = 0;
        long nextCompute = 0;
        long storesServed = 0;
        long computeBusy = 0;
        long readBytes = 0;
        long writeBytes = 0;
        while (nextCompute < tiles || !pending.isEmpty()) {
            if (nextCompute < nextLoad) {
                long k = nextCompute;
                long group = k / nN;
                int n = (int) (k % nN);
                if (n > 0 || group - copies < storesServed) {
                    int c = (int) (group / nM % nC);
                    int r = (int) (group / nM / nC);
                    long cycles = g.computeCycles(r, c) + (n == nN - 1 ? depth : 0);
                    long begin = Math.max(loadEnd[(int) (k % ring)], arrayFree);
                    if (n == 0 && group >= copies) {
                        begin = Math.max(begin, storeEnd[(int) ((group - copies) % ring)]);
                    }
                    arrayFree = begin + cycles;
                    computeEnd[(int) (k % ring)] = arrayFree;
                    computeBusy += cycles;
                    if (tracing) {
                        sink.accept(new Span(ARRAY, "compute", "compute", begin, cycles, TraceArgs.empty()
                                .with("kernel", kernel).with("row", r).with("col", c)
                                .with("to", group % nM).with("ti", n)));
                    }
                    if (n == nN - 1) {
                        pending.add(new long[] {group, arrayFree});
                    }
                    nextCompute++;
                    continue;
                }
            }
            boolean loadKnown = nextLoad < tiles && nextLoad - copies < nextCompute;
            long loadReady = !loadKnown ? Long.MAX_VALUE
                    : nextLoad >= copies ? computeEnd[(int) ((nextLoad - copies) % ring)] : start;
            long storeReady = pending.isEmpty() ? Long.MAX_VALUE : pending.peek()[1];
            if (loadReady == Long.MAX_VALUE && storeReady == Long.MAX_VALUE) {
                throw new IllegalStateException("FPGA pipeline of '" + kernel + "' cannot progress at tile "
                        + nextCompute + " of " + tiles);
            }
            if (storeReady <= loadReady) {
                long[] store = pending.poll();
                long group = store[0];
                int m = (int) (group % nM);
                int c = (int) (group / nM % nC);
                int r = (int) (group / nM / nC);
                long bytes = g.outputBytes(r, c, m);
                if (bytes == 0) {
                    storeEnd[(int) (group % ring)] = storeReady;
                    storesServed++;
                    continue;
                }
                long begin = Math.max(ddrFree, storeReady);
                ddrFree = begin + g.transferCycles(bytes);
                storeEnd[(int) (group % ring)] = ddrFree;
                storesServed++;
                writeBytes += bytes;
                if (tracing) {
                    sink.accept(new Span(DDR, "store output", "dma", begin, ddrFree - begin, TraceArgs.empty()
                            .with("kernel", kernel).with("bytes", bytes)));
                }
            } else {
                long k = nextLoad;
                long group = k / nN;
                int n = (int) (k % nN);
                int m = (int) (group % nM);
                int c = (int) (group / nM % nC);
                int r = (int) (group / nM / nC);
                long bytes = g.inputBytes(r, c, n);
                long weights = g.streamsWeights() ? g.weightBytes(m, n) : 0;
                nextLoad++;
                if (bytes + weights == 0) {
                    loadEnd[(int) (k % ring)] = Math.max(loadReady, start + g.transferCycles(g.passInputBytes()));
                    continue;
                }
                long begin = Math.max(ddrFree, loadReady);
                ddrFree = begin + g.transferCycles(bytes) + g.transferCycles(weights);
                loadEnd[(int) (k % ring)] = ddrFree;
                readBytes += bytes + weights;
                if (tracing) {
                    sink.accept(new Span(DDR, "load input+weights", "dma", begin, ddrFree - begin, TraceArgs.empty()
                            .with("kernel", kernel).with("bytes", bytes + weights)));
                }
            }
        }
        return new Pass(Math.max(arrayFree, ddrFree), computeBusy, readBytes + g.passInputBytes(), writeBytes);
    }
}
