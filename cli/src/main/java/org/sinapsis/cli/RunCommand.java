// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinapsis.cli.wiring.NeuromorphicTarget;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.result.RunResultWriter;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetRegistry;
import org.sinapsis.isa.target.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sinapsis run --target T --net N}: one network on one target. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one network on one target and print its result (cli-contract.md fields).")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "T",
            description = "A target name (see 'sinapsis targets') or a spec file (.yaml).")
    private String target;

    @Option(names = "--net", required = true, paramLabel = "N",
            description = "A zoo network (see 'sinapsis zoo') or a SCALE-Sim topology .csv.")
    private String net;

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() throws Exception {
        Target t = TargetRegistry.load().resolve(target, "--target");
        NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
        Workload workload = options.workload(resolved.network(), options.batch(resolved.defaultBatch()),
                spec.commandLine().getErr());
        RunRequest request = new RunRequest(workload, options.precision(), options.seed, options.traceOpener(""),
                options.timesteps());
        RunResult result = t.run(request);
        PrintWriter out = spec.commandLine().getOut();
        RunResultWriter.writeOne(result, options.format, out);
        out.flush();
        Path dir = null;
        if (options.out != null) {
            dir = ResultFiles.write(options.out, workload.network().name() + "-" + t.name(), List.of(result),
                    List.of(t));
        }
        if (t instanceof NeuromorphicTarget spiking) {
            SpikingRunOutput.write(spiking, request, options.format, out, dir);
        }
        if (dir != null) {
            spec.commandLine().getErr().println("sinapsis: wrote " + dir);
        }
        return ExitCodes.OK;
    }
}
