// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.compilers.fpga.FpgaArraySearch;
import org.sinapsis.compilers.fpga.FpgaCompiler;
import org.sinapsis.compilers.fpga.FpgaLayerOptimum;
import org.sinapsis.compilers.search.ExhaustiveSearch;
import org.sinapsis.compilers.search.SearchListener;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.simulator.fpga.FpgaAnalyticalEvaluator;

/**
 * The FPGA design-space search of {@code sinapsis dse --target fpga-vx485t --net alexnet}: every
 * cross-layer array of the full AlexNet (conv and FC layers) evaluated without pruning, then every
 * layer's own design space, on every hardware thread. Target: under 5 s on 2 cores. Reported:
 * the first search in a fresh JVM (JIT compilation included) and the best of the timed repetitions,
 * with designs evaluated per second.
 */
public final class DseBenchmark implements Benchmark {

    @Override
    public String name() {
        return "dse";
    }

    @Override
    public String description() {
        return "FPGA design-space search of AlexNet on fpga-vx485t, cross-layer and per-layer (target < 5 s on 2 cores)";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) {
        FpgaSpec spec = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");
        Network alexnet = Zoo.find("alexnet").orElseThrow().network();
        int threads = Runtime.getRuntime().availableProcessors();
        FpgaCompiler compiler = new FpgaCompiler(new FpgaAnalyticalEvaluator(), threads);
        List<BenchmarkMeasurement> out = new ArrayList<>();
        double first = 0;
        double best = Double.MAX_VALUE;
        long designs = 0;
        String chosen = "";
        for (int i = 0; i <= context.repeats(); i++) {
            context.progress().println("bench dse: AlexNet on fpga-vx485t, search " + (i + 1) + " of "
                    + (context.repeats() + 1) + " ...");
            context.progress().flush();
            long start = System.nanoTime();
            FpgaArraySearch search = compiler.searchArray(alexnet, 1, spec, Precision.FP32, ExhaustiveSearch.factory(),
                    SearchListener.none(), false);
            designs = search.result().explored();
            for (FpgaLayerOptimum o : compiler.searchPerLayer(alexnet, 1, spec, Precision.FP32,
                    FpgaCompiler.LayerListener.none())) {
                designs += o.explored();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            chosen = search.chosen().design().toString();
            if (i == 0) {
                first = seconds;
            } else {
                best = Math.min(best, seconds);
            }
        }
        String note = threads + " threads; chose " + chosen + "; target < 5 s";
        out.add(new BenchmarkMeasurement("AlexNet DSE, first run (JIT included)", first, "s", note));
        out.add(new BenchmarkMeasurement("AlexNet DSE, best of " + context.repeats(), best, "s", note));
        out.add(new BenchmarkMeasurement("designs evaluated per search (cross-layer and per-layer)", designs, "designs",
                "each cross-layer design evaluates every layer's tiles; the per-layer searches prune"));
        out.add(new BenchmarkMeasurement("search rate, best run", designs / best, "designs/s", note));
        return out;
    }
}
