// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;

/**
 * Throughput of both executors on TPU-paper-sized layers (GFLOP/s for fp32 with 2 flops per MAC,
 * GMAC/s for int8; best of {@value #RUNS} runs, the first of which warms the JIT up), published as
 * JUnit report entries and written to {@code target/reference-throughput.txt}. Makes no timing
 * assertions; it checks only that every thread count gives identical results. Run with
 * {@code mvn -pl networks test -DexcludedTestGroups=gpu -Dgroups=slow -Dtest=ReferenceThroughputTest}.
 */
@Tag("slow")
class ReferenceThroughputTest {
    private static final int RUNS = 3;

    private final List<String> lines = new ArrayList<>();

    @Test
    void reportsThroughput(TestReporter reporter) throws IOException {
        int all = Runtime.getRuntime().availableProcessors();
        Network mlp = Network.builder("mlp-2000").input("x", 2000).add("fc", Dense.of(2000)).build();
        Network conv = Network.builder("conv-19x19-192").input("x", 192, 19, 19).add("c", Conv2D.of(192, 3).same())
                .build();
        Network lstm = Network.builder("lstm-600").input("x", 20, 600).add("l", new Lstm(600, true)).build();
        Network go = goLike();
        measure(reporter, mlp, 200, all);
        measure(reporter, conv, 8, all);
        measure(reporter, lstm, 64, all);
        measure(reporter, go, 4, all);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "reference-throughput.txt"), lines);
    }

    /** AlphaGo-like policy network: 48 feature planes, 12 convolutions of 192 filters on 19x19. */
    private static Network goLike() {
        Network.Builder b = Network.builder("go-policy").input("board", 48, 19, 19)
                .add("c1", Conv2D.of(192, 5).same()).add("r1", Activation.relu());
        for (int i = 2; i <= 12; i++) {
            b.add("c" + i, Conv2D.of(192, 3).same()).add("r" + i, Activation.relu());
        }
        return b.add("c13", Conv2D.of(1, 1)).add("flat", new Flatten()).add("policy", Activation.softmax()).build();
    }

    private void measure(TestReporter reporter, Network net, int batch, int threads) {
        NetworkParameters p = NetworkParameters.initialize(net, 1);
        Map<String, Tensor> in = SyntheticInputs.generate(net, batch, 2);
        double macs = (double) net.macs() * batch;
        Map<String, Tensor> fp32One = null;
        for (int t : new int[] {1, threads}) {
            Fp32Executor fp32 = new Fp32Executor(net, p, t);
            double seconds = best(() -> fp32.run(in));
            Map<String, Tensor> out = fp32.run(in);
            if (fp32One == null) {
                fp32One = out;
            }
            assertEquals(fp32One, out);
            publish(reporter, net, "fp32", batch, t, 2 * macs / seconds / 1e9, "GFLOP/s", seconds);
        }
        QuantizedNetwork q = Quantizer.quantize(net, p, SyntheticInputs.generate(net, 2, 3),
                QuantizationConfig.defaults());
        Int8Result int8One = null;
        for (int t : new int[] {1, threads}) {
            Int8Executor int8 = new Int8Executor(q, t);
            double seconds = best(() -> int8.run(in));
            Int8Result out = int8.run(in);
            if (int8One == null) {
                int8One = out;
            }
            assertEquals(int8One.int8Outputs(), out.int8Outputs());
            publish(reporter, net, "int8", batch, t, macs / seconds / 1e9, "GMAC/s", seconds);
        }
    }

    private static double best(Supplier<?> run) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private void publish(TestReporter reporter, Network net, String path, int batch, int threads, double rate,
            String unit, double seconds) {
        String key = net.name() + " " + path + " batch " + batch + " threads " + threads;
        String value = String.format(Locale.ROOT, "%.2f %s (%.1f ms, %.2f G MACs)", rate, unit, seconds * 1e3,
                net.macs() * (double) batch / 1e9);
        reporter.publishEntry(key, value);
        lines.add(key + ": " + value);
    }
}
