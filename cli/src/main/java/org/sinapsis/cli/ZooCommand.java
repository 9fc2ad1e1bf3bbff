// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sinapsis.networks.ir.LayerCensus;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.networks.zoo.ZooEntry;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinapsis zoo [list | show NAME]}: networks with their layers, shapes, MACs and parameters. */
@Command(name = "zoo", mixinStandardHelpOptions = true,
        description = "List the model zoo, or show one network layer by layer.",
        subcommands = {ZooCommand.ListNetworks.class, ZooCommand.ShowNetwork.class})
final class ZooCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ListNetworks.list(spec.commandLine().getOut());
    }

    /** {@code zoo list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the networks of the zoo.")
    static final class ListNetworks implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return list(spec.commandLine().getOut());
        }

        static int list(PrintWriter out) throws IOException {
            TextTable table = new TextTable(
                    List.of("name", "input", "layers", "MACs/example [M]", "params [M]", "batch", "summary"),
                    List.of(false, false, true, true, true, true, false));
            for (ZooEntry e : Zoo.entries()) {
                Network n = e.network();
                table.add(List.of(e.name(), inputs(n), String.valueOf(n.layers().size()),
                        NumberText.significant(n.macs() / 1e6, 4), NumberText.significant(n.parameters() / 1e6, 4),
                        String.valueOf(e.defaultBatch()), e.summary()));
            }
            table.writeText(out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code zoo show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a network's layers: kind, configuration, shapes, MACs, parameters and GEMM view.")
    static final class ShowNetwork implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "A zoo name or a SCALE-Sim topology .csv file.")
        private String name;

        @Option(names = "--batch", paramLabel = "N",
                description = "Batch for the GEMM view (default: the network's default batch).")
        private Integer batch;

        @Override
        public Integer call() throws IOException {
            NetworkResolver.Resolved resolved = NetworkResolver.resolve(name, "NAME");
            int b = Options.batch(batch, resolved.defaultBatch());
            Network n = resolved.network();
            PrintWriter out = spec.commandLine().getOut();
            out.println(n.name());
            if (!n.description().isEmpty()) {
                out.println(n.description());
            }
            out.println();
            out.println("inputs:            " + inputs(n));
            out.println("layers:            " + n.layers().size() + "; by TPU-paper Table 1 census "
                    + LayerCensus.of(n));
            out.println("MACs per example:  " + n.macs());
            out.println("parameters:        " + n.parameters());
            out.println("GEMM view at batch " + b + " (m x n x k, instances x when more than one)");
            out.println();
            TextTable table = new TextTable(
                    List.of("#", "node", "kind", "config", "input", "output", "MACs", "params", "GEMM"),
                    List.of(true, false, false, false, false, false, true, true, false));
            int i = 0;
            for (Node node : n.nodes()) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(i++));
                cells.add(node.name());
                cells.add(node.layer().kind());
                cells.add(node.layer().describe());
                cells.add(node.inputShapes().stream().map(TensorShape::toString).collect(Collectors.joining(" + ")));
                cells.add(node.outputShape().toString());
                cells.add(String.valueOf(node.macs()));
                cells.add(String.valueOf(node.parameters()));
                cells.add(node.gemm(b).map(Object::toString).orElse(""));
                table.add(cells);
            }
            table.writeText(out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String inputs(Network n) {
        return n.inputs().size() == 1 ? n.inputs().get(0).outputShape().toString()
                : n.inputs().size() + " inputs";
    }
}
