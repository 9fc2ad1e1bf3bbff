// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.QuantizationConfig;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Quantizer;
import org.sinapsis.networks.reference.Tensor;

/**
 * Throughput of the fp32 and int8 reference executors on TPU-paper-sized layers, on one thread
 * and on every hardware thread: GFLOP/s for fp32 (2 flops per MAC), GMAC/s for int8; the best of
 * the timed repetitions after one warm-up run.
 */
public final class ReferenceBenchmark implements Benchmark {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String description() {
        return "fp32 (EJML) and int8 reference executor throughput on Dense, conv, LSTM and an AlphaGo-like net";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) {
        int all = Runtime.getRuntime().availableProcessors();
        List<BenchmarkMeasurement> out = new ArrayList<>();
        Object[][] cases = {
            {Network.builder("Dense 2000x2000").input("x", 2000).add("fc", Dense.of(2000)).build(), 200},
            {Network.builder("conv 192@3x3 on 19x19").input("x", 192, 19, 19).add("c", Conv2D.of(192, 3).same())
                    .build(), 8},
            {Network.builder("LSTM 600, 20 steps").input("x", 20, 600).add("l", new Lstm(600, true)).build(), 64},
            {goLike(), 4},
        };
        for (Object[] c : cases) {
            Network net = (Network) c[0];
            int batch = (Integer) c[1];
            context.progress().println("bench reference: " + net.name() + " ...");
            context.progress().flush();
            NetworkParameters p = NetworkParameters.initialize(net, 1);
            Map<String, Tensor> in = SyntheticInputs.generate(net, batch, 2);
            double macs = (double) net.macs() * batch;
            QuantizedNetwork q = Quantizer.quantize(net, p, SyntheticInputs.generate(net, 2, 3),
                    QuantizationConfig.defaults());
            for (int threads : all > 1 ? new int[] {1, all} : new int[] {1}) {
                Fp32Executor fp32 = new Fp32Executor(net, p, threads);
                Int8Executor int8 = new Int8Executor(q, threads);
                String what = net.name() + ", batch " + batch + ", " + threads + " thread" + (threads > 1 ? "s" : "");
                String note = "best of " + context.repeats() + " after a warm-up; " + String.format(Locale.ROOT,
                        "%.2f G MACs", macs / 1e9);
                out.add(new BenchmarkMeasurement("fp32 " + what, 2 * macs / best(context, () -> fp32.run(in)) / 1e9,
                        "GFLOP/s", note));
                out.add(new BenchmarkMeasurement("int8 " + what, macs / best(context, () -> int8.run(in)) / 1e9,
                        "GMAC/s", note));
            }
        }
        return out;
    }

    /** AlphaGo-like policy network: 48 feature planes, 12 convolutions of 192 filters on 19x19. */
    private static Network goLike() {
        Network.Builder b = Network.builder("AlphaGo-like 13 convs").input("board", 48, 19, 19)
                .add("c1", Conv2D.of(192, 5).same()).add("r1", Activation.relu());
        for (int i = 2; i <= 12; i++) {
            b.add("c" + i, Conv2D.of(192, 3).same()).add("r" + i, Activation.relu());
        }
        return b.add("c13", Conv2D.of(1, 1)).add("flat", new Flatten()).add("policy", Activation.softmax()).build();
    }

    private static double best(BenchmarkContext context, Runnable run) {
        run.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < context.repeats(); i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
