// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.isa.program.FpgaLayerKind;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * The closed-form FPGA cost model the design-space search uses: Zhang et al.'s roofline model
 * (FPGA 2015, equations 1-4) extended with edge tiles, burst-rounded transfers, transfer latency,
 * pipeline fill and recurrent steps.
 *
 * <p>Per instance ({@code batch x groups} of them, and per step of a recurrent layer), with the
 * tile counts {@code nR = ceil(R/Tr)}, {@code nC}, {@code nM = ceil(M/Tm)}, {@code nN = ceil(N/Tn)}
 * and the geometry of {@link FpgaTileGeometry}:
 * <pre>
 * compute  = nM (nN sum_rc Kh Kw max(tr tc, addLatency) + nR nC depth)
 * memory   = transfers L + (input + weight + output bytes) / (DDR bytes per cycle)
 *            input  = nM sum_{r,c,n} inputBytes,  weight = nR nC sum_{m,n} weightBytes,
 *            output = sum_{r,c,m} outputBytes,    transfers = nR nC nM (2 nN + 1)
 * cycles   = max(compute + first load + last store, memory)
 * </pre>
 * which is {@code min(computational roof, CTC x bandwidth)} of the roofline with the pipeline's
 * fill and drain added, refined by the double-buffered steady state tile by tile (a tile takes the
 * longer of its compute and the next tile's loads; see {@code groupSum}), which matters when loads
 * and compute are close or alternate in which is longer. A recurrent step loads {@code x_t} once, keeps its input vector on chip,
 * and adds the gate math on the element-wise unit ({@code vectorLatency + R M / vectorLanes}) and
 * the store of {@code h_t}; steps do not overlap. Resident weights are loaded once per layer (not
 * per tile), or never per inference when the spec pins them.
 *
 * <p>Not modelled: DDR refresh and bank conflicts, the host, overlap between layers. The
 * cycle-approximate {@link FpgaCycleEvaluator} runs the same geometry tile by tile and is the
 * cross-check (see the agreement test).
 */
public final class FpgaAnalyticalEvaluator implements Evaluator<FpgaSpec, FpgaTiling> {

    @Override
    public Evaluation evaluate(LayerWork work, FpgaSpec spec, FpgaTiling tiling) {
        return evaluate(FpgaLayerShape.of(work.node(), work.batch()), spec, tiling);
    }

    /** The evaluation of {@code tiling} of {@code shape} (the search calls this per shape). */
    public Evaluation evaluate(FpgaLayerShape shape, FpgaSpec spec, FpgaTiling tiling) {
        List<EvalStatus> statuses = FpgaLegality.statuses(spec, shape, tiling);
        if (!FpgaLegality.legal(statuses)) {
            return Evaluation.illegal(statuses);
        }
        FpgaDatapath datapath = spec.datapath(tiling.precision()).orElseThrow();
        FpgaTileGeometry g = new FpgaTileGeometry(spec, datapath, shape, tiling);
        int nR = g.rowTiles.length;
        int nC = g.colTiles.length;
        int nM = g.mTiles.length;
        int nN = g.nTiles.length;
        long kernel = (long) shape.kernelH() * shape.kernelW();
        long computeTiles = 0;
        for (int[] row : distinct(g.rowTiles)) {
            for (int[] col : distinct(g.colTiles)) {
                computeTiles += (long) row[1] * col[1] * kernel
                        * Math.max((long) row[0] * col[0], datapath.addLatencyCycles());
            }
        }
        long compute = nM * (nN * computeTiles + (long) nR * nC * g.pipelineDepthCycles());

        long sumRowLoads = 0;
        for (int rows : g.rowLoads) {
            sumRowLoads += rows;
        }
        long sumColRuns = sum(g.colLoadRuns);
        long sumOutColRuns = sum(g.colOutRuns);
        long sumInChannelRuns = sum(g.nRuns);
        long sumWeightRuns = sum(g.nWeightRuns);
        long sumOutChannelRuns = sum(g.mRuns);
        boolean conv = shape.kind() == FpgaLayerKind.CONV;
        boolean recurrent = shape.kind() == FpgaLayerKind.RECURRENT;
        long input = recurrent ? g.passInputBytes()
                : nM * (conv ? shape.inChannels() * sumRowLoads * sumColRuns : shape.outRows() * sumInChannelRuns);
        long weight = g.streamsWeights() ? (long) nR * nC
                * (conv ? shape.outChannels() * sumWeightRuns : shape.inChannels() * sumOutChannelRuns) : 0;
        long output = recurrent ? 0 : conv ? (long) shape.outChannels() * shape.outRows() * sumOutColRuns
                : shape.outRows() * sumOutChannelRuns;
        long tiles = (long) nR * nC * nM * nN;
        long transfers = (recurrent ? (input > 0 ? 1 : 0) : tiles + (long) nR * nC * nM)
                + (g.streamsWeights() ? tiles : 0);
        long memory = transfers * spec.ddrLatencyCycles()
                + (long) Math.ceil((input + weight + output) / spec.ddrBytesPerCycle() - 1e-9);
        long firstLoad = g.transferCycles(g.passInputBytes()) + g.transferCycles(g.inputBytes(0, 0, 0))
                + (g.streamsWeights() ? g.transferCycles(g.weightBytes(0, 0)) : 0);
        long lastStore = g.transferCycles(g.outputBytes(nR - 1, nC - 1, nM - 1));
        long finalCompute = g.computeCycles(nR - 1, nC - 1) + g.pipelineDepthCycles();
        long finalLoad = g.transferCycles(g.inputBytes(nR - 1, nC - 1, nN - 1))
                + (g.streamsWeights() ? g.transferCycles(g.weightBytes(nM - 1, nN - 1)) : 0);
        long overlapped = firstLoad + computePath(g) - Math.max(0, finalLoad - finalCompute) + lastStore;
        long pass = Math.max(Math.max(compute + firstLoad + lastStore, overlapped), memory);

        long residentBytes = g.loadsResidentWeights() ? shape.groups() * g.allWeightBytes() : 0;
        long residentLoad = g.loadsResidentWeights() ? shape.groups() * ((long) nM * nN * spec.ddrLatencyCycles()
                + (long) Math.ceil(g.allWeightBytes() / spec.ddrBytesPerCycle() - 1e-9)) : 0;
        long steps = shape.timesteps();
        long passes = (long) g.instances() * steps;
        long gateOps = recurrent ? (long) shape.outRows() * shape.outChannels() : 0;
        long vector = recurrent ? spec.vectorLatencyCycles() + ceilDiv(gateOps, spec.vectorLanes())
                + g.transferCycles(g.passOutputBytes()) : 0;
        long cycles = passes * pass + steps * vector + residentLoad;

        ActionCounts.Builder b = ActionCounts.builder();
        FpgaActions.addComputeTraffic(b, g);
        FpgaActions.addTransfers(b, passes * (input + weight) + residentBytes,
                passes * (output + g.passOutputBytes()));
        b.add(FpgaActions.VECTOR_OP, steps * gateOps);
        b.add(FpgaActions.STATIC_CYCLE, cycles);
        Map<String, Long> stalls = Map.of("ddr", passes * (pass - compute) + residentLoad);
        if (recurrent) {
            stalls = new LinkedHashMap<>(stalls);
            stalls.put("gate-math", steps * vector);
        }
        return new Evaluation(statuses, cycles, stalls, b.build());
    }

    /**
     * The array's side of the double-buffered steady state: while the array computes one
     * input-channel tile ({@code c} cycles) the DDR loads the next ({@code l}), so a tile takes
     * {@code max(c, l)}, the last of an output tile {@code max(c + depth, l)} (the drain overlaps
     * the next loads). Summed over the distinct tile classes (edge tiles and padded borders differ)
     * with their counts; the DDR's side is the total transfer time, {@code memory}.
     */
    private static long computePath(FpgaTileGeometry g) {
        long[][] rows = classes(g.rowTiles, g.rowLoads);
        long[][] cols = classes(g.colTiles, g.colLoads);
        int[][] ms = distinct(g.mTiles);
        int[][] ns = distinct(g.nTiles);
        int lastM = g.mTiles.length - 1;
        int lastN = g.nTiles.length - 1;
        long depth = g.pipelineDepthCycles();
        long sum = 0;
        for (long[] row : rows) {
            for (long[] col : cols) {
                int r = (int) row[2];
                int c = (int) col[2];
                long compute = g.computeCycles(r, c);
                for (int[] mClass : ms) {
                    int m = mClass[0] == g.mTiles[0] ? 0 : lastM;
                    long group = 0;
                    long lastLoad = 0;
                    for (int[] nClass : ns) {
                        int n = nClass[0] == g.nTiles[0] ? 0 : lastN;
                        long l = g.transferCycles(g.inputBytes(r, c, n))
                                + (g.streamsWeights() ? g.transferCycles(g.weightBytes(m, n)) : 0);
                        group += nClass[1] * Math.max(compute, l);
                        lastLoad = l;
                    }
                    group += Math.max(compute + depth, lastLoad) - Math.max(compute, lastLoad);
                    sum += row[1] * col[1] * mClass[1] * group;
                }
            }
        }
        return sum;
    }

    /** Distinct (size, loaded extent) tiles: each as {size, count, index of one such tile}. */
    private static long[][] classes(int[] sizes, int[] loads) {
        List<long[]> out = new ArrayList<>(4);
        for (int i = 0; i < sizes.length; i++) {
            boolean found = false;
            for (long[] c : out) {
                int j = (int) c[2];
                if (sizes[j] == sizes[i] && loads[j] == loads[i]) {
                    c[1]++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.add(new long[] {sizes[i], 1, i});
            }
        }
        return out.toArray(new long[0][]);
    }

    /** The distinct tile sizes of a split (the full size, then the remainder) with their counts. */
    private static int[][] distinct(int[] sizes) {
        int last = sizes[sizes.length - 1];
        if (last == sizes[0]) {
            return new int[][] {{sizes[0], sizes.length}};
        }
        return new int[][] {{sizes[0], sizes.length - 1}, {last, 1}};
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
