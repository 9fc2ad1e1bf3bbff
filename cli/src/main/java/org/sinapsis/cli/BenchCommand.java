// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.sinapsis.cli.bench.Benchmark;
import org.sinapsis.cli.bench.BenchmarkContext;
import org.sinapsis.cli.bench.BenchmarkMeasurement;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinapsis bench [NAME...]}: runs macro benchmarks and prints their figures with units. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run macro benchmarks (all, or those named) and print their figures; "
                + "'sinapsis bench --list' names them.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Benchmarks to run (default: all).")
    private List<String> names;

    @Option(names = "--list", description = "List the benchmarks and exit.")
    private boolean list;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Timed repetitions per figure (default: ${DEFAULT-VALUE}).")
    private int repeats;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> all = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(all::add);
        all.sort(Comparator.comparing(Benchmark::name));
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            TextTable t = new TextTable(List.of("name", "description"), List.of(false, false));
            all.forEach(b -> t.add(List.of(b.name(), b.description())));
            t.writeText(out);
            out.flush();
            return ExitCodes.OK;
        }
        if (repeats < 1) {
            throw new InvalidInputException("--repeats", 0, null, "must be at least 1, got " + repeats);
        }
        List<Benchmark> chosen = new ArrayList<>();
        if (names == null) {
            chosen.addAll(all);
        } else {
            for (String n : names) {
                chosen.add(all.stream().filter(b -> b.name().equals(n)).findFirst().orElseThrow(
                        () -> new InvalidInputException("NAME", 0, null, "unknown benchmark '" + n + "'; known: "
                                + String.join(", ", all.stream().map(Benchmark::name).toList()))));
            }
        }
        BenchmarkContext context = new BenchmarkContext(spec.commandLine().getErr(), repeats);
        TextTable table = new TextTable(List.of("benchmark", "figure", "value", "unit", "note"),
                List.of(false, false, true, false, false));
        for (Benchmark b : chosen) {
            for (BenchmarkMeasurement m : b.run(context)) {
                table.add(List.of(b.name(), m.metric(), NumberText.significant(m.value(), 4), m.unit(), m.note()));
            }
        }
        out.println("sinapsis bench on " + Runtime.getRuntime().availableProcessors() + " hardware threads, Java "
                + System.getProperty("java.version"));
        table.writeText(out);
        out.flush();
        return ExitCodes.OK;
    }
}
