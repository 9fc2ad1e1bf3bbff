// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetRegistry;
import org.sinapsis.traces.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinapsis targets [list | show NAME]}: the registered machines and their specs. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "List the registered targets, or show one target's spec.",
        subcommands = {TargetsCommand.ListTargets.class, TargetsCommand.ShowTarget.class})
final class TargetsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ListTargets.list(spec.commandLine().getOut());
    }

    /** {@code targets list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered targets.")
    static final class ListTargets implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return list(spec.commandLine().getOut());
        }

        static int list(PrintWriter out) throws IOException {
            TextTable table = new TextTable(List.of("name", "kind", "run", "description"),
                    List.of(false, false, false, false));
            for (Target t : TargetRegistry.load().targets()) {
                table.add(List.of(t.name(), t.kind().label(), t.measured() ? "measured" : "simulated",
                        t.description()));
            }
            table.writeText(out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code targets show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a target's effective spec as YAML (a spec file you can edit and pass to --target).")
    static final class ShowTarget implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "A preset name or a spec file (.yaml).")
        private String name;

        @Override
        public Integer call() {
            Target t = TargetRegistry.load().resolve(name, "NAME");
            PrintWriter out = spec.commandLine().getOut();
            StringWriter yaml = new StringWriter();
            yaml.write("# " + t.name() + " (" + t.kind().label() + ", " + (t.measured() ? "measured" : "simulated")
                    + ", default precision " + t.defaultPrecision().label() + ")\n");
            yaml.write(ArchSpecs.toYaml(t.spec()));
            out.print(yaml);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
