// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sinapsis.networks.io.TopologyCsvReader;
import org.sinapsis.networks.io.TopologyFormat;
import org.sinapsis.simulator.scalesim.ScaleSimConfig;
import org.sinapsis.simulator.scalesim.ScaleSimConfigReader;
import org.sinapsis.simulator.scalesim.ScaleSimLayer;
import org.sinapsis.simulator.scalesim.ScaleSimLayerReport;
import org.sinapsis.simulator.scalesim.ScaleSimReportWriter;
import org.sinapsis.simulator.scalesim.ScaleSimSimulator;

/**
 * {@code sinapsis scalesim}'s whole job (read the .cfg and topology, replay every layer through
 * SCALE-Sim's memory model, write the three reports) on two of SCALE-Sim v2's own runs, against
 * the wall time and peak memory SCALE-Sim took for them on this machine type
 * ({@code shared/oracles/scalesim/results/summary.csv}): AlexNet on the 32x32 output-stationary
 * array ({@code scale32_os.cfg}, 180.0 s and 1,923,544 kB max RSS; target at least 1000x faster
 * and at most a tenth of the memory) and ResNet-50 on the 256x256 weight-stationary array
 * ({@code google.cfg}, 254.5 s; target under 2 s). The inputs are SCALE-Sim v2's files (MIT
 * licence, commit 22f88b1), bundled. Reported: the first run (JIT warm-up included) and the best
 * of the repetitions, on every hardware thread (layers in parallel) and on one (wall and CPU
 * time); the heap's peak over all runs of a case (sampled, and after collections); the process's
 * peak resident set. A whole {@code sinapsis scalesim} process, JVM start included, is what
 * {@code /usr/bin/time -v} on the command shows. Each run's total cycles are checked
 * against SCALE-Sim's, so a fast wrong answer fails the benchmark.
 */
public final class ScaleSimBenchmark implements Benchmark {
    private static final String RESOURCES = "/org/sinapsis/cli/bench/scalesim/";

    /** One SCALE-Sim run: its files, its total cycles and what SCALE-Sim took (summary.csv). */
    private record Case(String label, String config, String topology, long totalCycles, double scaleSimSeconds,
            long scaleSimMaxRssKiB, String target) {
    }

    private static final List<Case> CASES = List.of(
            new Case("AlexNet, 32x32 os", "scale32_os.cfg", "alexnet.csv", 850_960, 180.0, 1_923_544,
                    "target >= 1000x faster than SCALE-Sim, memory <= 1/10"),
            new Case("ResNet-50, 256x256 ws", "google.cfg", "Resnet50_clean.csv", 438_375, 254.5, 8_864_796,
                    "target < 2 s"));

    @Override
    public String name() {
        return "scalesim";
    }

    @Override
    public String description() {
        return "sinapsis scalesim on SCALE-Sim's AlexNet 32x32 os (vs its 180 s, 1.9 GB) and ResNet-50 256x256 ws (< 2 s)";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sinapsis-bench-scalesim");
        try {
            List<BenchmarkMeasurement> out = new ArrayList<>();
            int all = Runtime.getRuntime().availableProcessors();
            for (Case c : CASES) {
                Path config = extract(dir, c.config());
                Path topology = extract(dir, c.topology());
                context.progress().println("bench scalesim: " + c.label() + " ...");
                context.progress().flush();
                double first;
                double best;
                double bestOne;
                double cpuOne;
                double heap;
                double live;
                try (HeapMonitor heapMonitor = HeapMonitor.start()) {
                    first = once(c, config, topology, dir.resolve("out"), all);
                    best = best(context, c, config, topology, dir.resolve("out"), all);
                    bestOne = best(context, c, config, topology, dir.resolve("out"), 1);
                    cpuOne = bestCpu(context, c, config, topology, dir.resolve("out"));
                    heap = heapMonitor.peakUsedMiB();
                    live = heapMonitor.peakAfterCollectionMiB();
                }
                String scaleSim = String.format(Locale.ROOT, "SCALE-Sim v2: %.1f s", c.scaleSimSeconds());
                out.add(new BenchmarkMeasurement(c.label() + ": first run, " + all + " threads", first, "s",
                        "JIT warm-up included; " + scaleSim));
                out.add(new BenchmarkMeasurement(c.label() + ": " + all + " threads", best, "s",
                        "best of " + context.repeats() + "; " + scaleSim + "; " + c.target()));
                out.add(new BenchmarkMeasurement(c.label() + ": 1 thread", bestOne, "s",
                        "best of " + context.repeats()));
                out.add(new BenchmarkMeasurement(c.label() + ": 1 thread, CPU time", cpuOne, "s",
                        "best of " + context.repeats() + "; the thread's own CPU time, less sensitive to a busy host"));
                out.add(new BenchmarkMeasurement(c.label() + ": speed-up over SCALE-Sim", c.scaleSimSeconds() / best,
                        "x", "SCALE-Sim's wall time / best " + all + "-thread run"));
                out.add(new BenchmarkMeasurement(c.label() + ": peak heap", heap, "MiB", String.format(Locale.ROOT,
                        "sampled over all its runs, garbage included; -Xmx %.0f MiB; SCALE-Sim max RSS %.0f MiB",
                        HeapMonitor.maxMiB(), c.scaleSimMaxRssKiB() / 1024.0)));
                out.add(new BenchmarkMeasurement(c.label() + ": peak heap after a collection", live, "MiB",
                        "close to the live data"));
            }
            HeapMonitor.processPeakRssMiB().ifPresent(rss -> out.add(new BenchmarkMeasurement(
                    "process peak resident set", rss, "MiB", "whole JVM, every benchmark run so far in this process")));
            return out;
        } finally {
            delete(dir);
        }
    }

    private static double best(BenchmarkContext context, Case c, Path config, Path topology, Path out, int threads)
            throws IOException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, context.repeats()); i++) {
            best = Math.min(best, once(c, config, topology, out, threads));
        }
        return best;
    }

    /** The best CPU time of the calling thread over one-thread runs. */
    private static double bestCpu(BenchmarkContext context, Case c, Path config, Path topology, Path out)
            throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, context.repeats()); i++) {
            long start = threads.getCurrentThreadCpuTime();
            once(c, config, topology, out, 1);
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
        }
        return best;
    }

    /** The {@code scalesim} command's work, timed; checks the total cycles. */
    private static double once(Case c, Path configFile, Path topology, Path out, int threads) throws IOException {
        long start = System.nanoTime();
        ScaleSimConfig config = ScaleSimConfigReader.read(configFile);
        List<ScaleSimLayer> layers = ScaleSimLayer.of(TopologyCsvReader.read(topology, TopologyFormat.CONV));
        List<ScaleSimLayerReport> reports = ScaleSimSimulator.simulate(layers, config, threads);
        ScaleSimReportWriter.write(out.resolve(config.runName()), reports);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cycles = reports.stream().mapToLong(ScaleSimLayerReport::totalCycles).sum();
        if (cycles != c.totalCycles()) {
            throw new IllegalStateException(c.label() + ": " + cycles + " cycles, SCALE-Sim gave " + c.totalCycles());
        }
        return seconds;
    }

    private static Path extract(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ScaleSimBenchmark.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing bundled file " + RESOURCES + name);
            }
            Files.copy(in, file);
        }
        return file;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
