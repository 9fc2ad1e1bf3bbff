// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.DataflowMappings;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.simulator.systolic.FoldAnalysis;

/**
 * SCALE-Sim v2 (commit 22f88b1) reproduced: each layer on its own, starting at cycle 0, its
 * schedule from {@link FoldAnalysis} and its memory behaviour from the demand replay (CALC mode:
 * {@link EstimatedReadBuffer}; USER mode: {@link UserReadBuffer}; outputs: {@link WriteBuffer}).
 *
 * <p>Total Cycles = the closed form + the stall cycles the replay finds; in CALC mode reads never
 * stall and the output buffer drains faster than the array writes, so Total Cycles equals the
 * closed form on every layer (checked against every oracle run). The analytical
 * {@link FoldAnalysis} and the cycle-level replay are two evaluators of the same schedule; tests
 * check they agree.
 *
 * <p>Not modelled (as in SCALE-Sim): overlap between folds and layers, DRAM latency and
 * row-buffer effects, SRAM banking ({@code MemoryBanks} is ignored, as SCALE-Sim v2 ignores it),
 * and SCALE-Sim's trace files (its command line does not write them either).
 */
public final class ScaleSimSimulator {
    private ScaleSimSimulator() {
    }

    /**
     * Simulates every layer of {@code layers}, each on its own (as SCALE-Sim does), on up to
     * {@code threads} threads; the reports come back in layer order and do not depend on the
     * thread count.
     */
    public static List<ScaleSimLayerReport> simulate(List<ScaleSimLayer> layers, ScaleSimConfig config, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        List<ScaleSimLayerReport> reports = new ArrayList<>(layers.size());
        if (threads == 1 || layers.size() < 2) {
            for (int i = 0; i < layers.size(); i++) {
                reports.add(simulate(i, layers.get(i), config));
            }
            return reports;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, layers.size()), r -> {
            Thread t = new Thread(r, "scalesim-layer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ScaleSimLayerReport>> futures = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                int id = i;
                futures.add(pool.submit(() -> simulate(id, layers.get(id), config)));
            }
            for (Future<ScaleSimLayerReport> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Simulates one layer, reported as row {@code layerId}. */
    public static ScaleSimLayerReport simulate(int layerId, ScaleSimLayer layer, ScaleSimConfig config) {
        SystolicArraySpec spec = config.spec();
        ArrayMapping map = ArrayMapping.of(DataflowMappings.canonical(spec.dataflow(), layer.m(), layer.n(), layer.k(),
                spec.rows(), spec.cols()));
        FoldAnalysis fold = FoldAnalysis.of(map);
        DemandReplay.Result replay = DemandReplay.run(map, layer, config);
        long[] dramStart = {replay.ifmap().dramStartCycle(), replay.filter().dramStartCycle(),
            replay.ofmap().dramStartCycle()};
        long[] dramStop = {replay.ifmap().dramStopCycle(), replay.filter().dramStopCycle(),
            replay.ofmap().dramStopCycle()};
        return new ScaleSimLayerReport(layerId, layer.name(), layer.macs(), (long) spec.rows() * spec.cols(),
                replay.totalCycles(), replay.stallCycles(), fold.mappingEfficiency() * 100,
                fold.computeUtilization() * 100, fold.sramAccesses(GemmOperand.IFMAP),
                fold.sramAccesses(GemmOperand.FILTER), fold.sramAccesses(GemmOperand.OFMAP), replay.sramFirst(),
                replay.sramLast(), replay.ifmap().dramWords(), replay.filter().dramWords(), replay.ofmap().dramWords(),
                dramStart, dramStop);
    }
}
