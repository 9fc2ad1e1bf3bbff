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
 * says why. Rows come out in registry order whatever the thread timing.
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
        NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
        Workload workload = options.workload(resolved.network(), options.batch(resolved.defaultBatch()),
                spec.commandLine().getErr());
        PrintWriter err = spec.commandLine().getErr();

        List<RunResult> results = new ArrayList<>(targets.size());
        List<Future<RunResult>> pending = new ArrayList<>(targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(targets.size(),
                Runtime.getRuntime().availableProcessors())));
        boolean crashed = false;
        try {
            for (Target t : targets) {
                if (t.measured()) {
                    err.println("sinapsis: measuring " + t.name() + " ...");
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
                RunResult r = f.get();
                crashed |= r.error() != null && r.error().startsWith(INTERNAL);
                results.add(r);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        PrintWriter out = spec.commandLine().getOut();
        RunResultWriter.writeAll(results, options.format, out);
        out.flush();
        if (options.out != null) {
            Path dir = ResultFiles.write(options.out, "compare-" + workload.network().name(), results, targets);
            err.println("sinapsis: wrote " + dir);
        }
        return crashed ? ExitCodes.RUN_FAILED : ExitCodes.OK;
    }

    private static final String INTERNAL = "internal error: ";

    private RunResult runOne(Target t, Workload workload) {
        Precision precision = options.precision().orElse(t.defaultPrecision());
        try {
            return t.run(new RunRequest(workload, options.precision(), options.seed, options.traceOpener(t.name())));
        } catch (InfeasibleException | InvalidInputException e) {
            return RunResult.failed(t.name(), t.kind(), t.measured(), workload.network().name(), workload.batch(),
                    precision, e.getMessage());
        } catch (RuntimeException e) {
            return RunResult.failed(t.name(), t.kind(), t.measured(), workload.network().name(), workload.batch(),
                    precision, INTERNAL + e);
        }
    }
}
