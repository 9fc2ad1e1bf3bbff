// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.result.RunResultWriter;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetRegistry;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis compare --net N}: one row per target, every target on the same workload.
 *
 * <p>Measured targets run first, one at a time and alone, so nothing disturbs their timing; the
 * simulated targets then run in parallel. A target that cannot run the network gets a row that
 * says why. Rows come out in registry order whatever the thread timing. With
 * {@code --batches 16,64} the whole comparison runs once per batch size (rows grouped by batch),
 * each on that many examples, all sizes sharing one read of the model and one int8 quantization.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one network on every target (or those given) and print one row per target.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "N",
            description = "A zoo network (see 'sinapsis zoo') or a SCALE-Sim topology .csv.")
    private String net;

    @Option(names = "--targets", split = ",", paramLabel = "T1,T2,...",
            description = "Targets to compare (names or spec files; default: every registered target).")
    private List<String> targetNames;

    @Option(names = "--batches", split = ",", paramLabel = "N1,N2,...",
            description = "Compare at each of these batch sizes: one row per target and batch (instead of --batch).")
    private List<Integer> batches;

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() throws Exception {
        TargetRegistry registry = TargetRegistry.load();
        List<Target> targets = new ArrayList<>();
        if (targetNames == null) {
            targets.addAll(registry.targets());
        } else {
            for (String name : new LinkedHashSet<>(targetNames)) {
                targets.add(registry.resolve(name.trim(), "--targets"));
            }
        }
        options.timesteps();
        NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
        List<Integer> sizes = batchSizes(resolved.defaultBatch());
        PrintWriter err = spec.commandLine().getErr();
        List<RunResult> results = new ArrayList<>();
        boolean crashed = false;
        for (Workload workload : options.workloads(resolved.network(), sizes, err)) {
            List<RunResult> rows = compare(targets, workload, err);
            for (RunResult r : rows) {
                crashed |= r.error() != null && r.error().startsWith(INTERNAL);
            }
            results.addAll(rows);
        }

        PrintWriter out = spec.commandLine().getOut();
        RunResultWriter.writeAll(results, options.format, out);
        out.flush();
        if (options.out != null) {
            Path dir = ResultFiles.write(options.out, "compare-" + resolved.network().name(), results, targets);
            err.println("sinapsis: wrote " + dir);
        }
        return crashed ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }

    /** {@code --batches} (each at least 1, duplicates dropped), else the batch of {@code --batch} or the network. */
    private List<Integer> batchSizes(int networkDefault) {
        if (batches == null) {
            return List.of(options.batch(networkDefault));
        }
        if (options.batch != null) {
            throw new InvalidInputException("--batches", 0, null, "give either --batch or --batches, not both");
        }
        for (Integer b : batches) {
            if (b < 1) {
                throw new InvalidInputException("--batches", 0, null, "every batch must be at least 1, got " + b);
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(batches));
    }

    /** Every target on one workload: the measured ones alone and first, then the simulated ones in parallel. */
    private List<RunResult> compare(List<Target> targets, Workload workload, PrintWriter err) throws Exception {
        List<RunResult> results = new ArrayList<>(targets.size());
        List<Future<RunResult>> pending = new ArrayList<>(targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(targets.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            for (Target t : targets) {
                if (t.measured()) {
                    err.println("sinapsis: measuring " + t.name() + " at batch " + workload.batch() + " ...");
                    err.flush();
                    pending.add(java.util.concurrent.CompletableFuture.completedFuture(runOne(t, workload)));
                } else {
                    pending.add(null);
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                if (pending.get(i) == null) {
                    Target t = targets.get(i);
                    pending.set(i, pool.submit(() -> runOne(t, workload)));
                }
            }
            for (Future<RunResult> f : pending) {
                results.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static final String INTERNAL = "internal error: ";

    private RunResult runOne(Target t, Workload workload) {
        Precision precision = options.precision().orElse(t.defaultPrecision());
        try {
            return t.run(new RunRequest(workload, options.precision(), options.seed, options.traceOpener(t.name()),
                    options.timesteps()));
        } catch (InfeasibleException | InvalidInputException e) {
            return RunResult.failed(t.name(), t.kind(), t.measured(), workload.network().name(), workload.batch(),
                    precision, e.getMessage());
        } catch (RuntimeException e) {
            return RunResult.failed(t.name(), t.kind(), t.measured(), workload.network().name(), workload.batch(),
                    precision, INTERNAL + e);
        }
    }
}
