// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.io.TopologyCsvReader;
import org.sinapsis.networks.io.TopologyFormat;
import org.sinapsis.simulator.scalesim.ScaleSimConfig;
import org.sinapsis.simulator.scalesim.ScaleSimConfigReader;
import org.sinapsis.simulator.scalesim.ScaleSimLayer;
import org.sinapsis.simulator.scalesim.ScaleSimLayerReport;
import org.sinapsis.simulator.scalesim.ScaleSimReportWriter;
import org.sinapsis.simulator.scalesim.ScaleSimSimulator;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis scalesim -c CFG -t TOPOLOGY [-i conv|gemm] [-p OUTDIR]}: SCALE-Sim v2's command
 * line, reproduced. Reads its configuration and topology files and writes its three reports
 * ({@code COMPUTE_REPORT.csv}, {@code BANDWIDTH_REPORT.csv}, {@code DETAILED_ACCESS_REPORT.csv})
 * to {@code OUTDIR/<run_name>/}, with SCALE-Sim's columns and numbers (see
 * {@link ScaleSimSimulator}); a per-layer summary goes to stdout.
 */
@Command(name = "scalesim", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a SCALE-Sim v2 configuration and topology and write SCALE-Sim's three reports.")
final class ScaleSimCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "-c", required = true, paramLabel = "CFG", description = "SCALE-Sim configuration file (.cfg).")
    private Path config;

    @Option(names = "-t", paramLabel = "TOPOLOGY",
            description = "Topology CSV (default: the configuration's TopologyCsvLoc).")
    private Path topology;

    @Option(names = "-i", paramLabel = "conv|gemm", defaultValue = "conv",
            description = "Topology format: conv (layer rows) or gemm (M, N, K rows); default ${DEFAULT-VALUE}.")
    private String inputType;

    @Option(names = "-p", paramLabel = "OUTDIR", defaultValue = "test_runs",
            description = "Where the run folder <run_name>/ goes (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Layers simulated at once (default: every hardware thread); results do not depend on it.")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        TopologyFormat format = switch (inputType.toLowerCase(Locale.ROOT)) {
            case "conv" -> TopologyFormat.CONV;
            case "gemm" -> TopologyFormat.GEMM;
            default -> throw new InvalidInputException("-i", 0, null, "expected conv or gemm, got '" + inputType + "'");
        };
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new InvalidInputException("--threads", 0, null, "must be at least 1, got " + workers);
        }
        ScaleSimConfig cfg = ScaleSimConfigReader.read(config);
        Path topo = topology;
        if (topo == null) {
            if (cfg.topology() == null) {
                throw new InvalidInputException("-t", 0, null, "no topology given, and " + config
                        + " has no TopologyCsvLoc");
            }
            topo = Path.of(cfg.topology());
        }
        List<ScaleSimLayer> layers;
        try {
            layers = ScaleSimLayer.of(TopologyCsvReader.read(topo, format));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(topo.toString(), 0, null, e.getMessage());
        }
        List<ScaleSimLayerReport> reports = ScaleSimSimulator.simulate(layers, cfg, workers);
        Path run = outDir.resolve(cfg.runName());
        ScaleSimReportWriter.write(run, reports);
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable(List.of("layer", "name", "total cycles", "stall cycles", "overall util [%]",
                "mapping eff. [%]", "DRAM reads [words]", "DRAM writes [words]"),
                List.of(true, false, true, true, true, true, true, true));
        long total = 0;
        for (ScaleSimLayerReport r : reports) {
            total += r.totalCycles();
            table.add(List.of(String.valueOf(r.layerId()), r.layerName(), String.valueOf(r.totalCycles()),
                    String.valueOf(r.stallCycles()), NumberText.significant(r.overallUtilPercent(), 4),
                    NumberText.significant(r.mappingEfficiencyPercent(), 4),
                    String.valueOf(r.dramIfmapReads() + r.dramFilterReads()), String.valueOf(r.dramOfmapWrites())));
        }
        out.println("SCALE-Sim run '" + cfg.runName() + "': " + cfg.spec().rows() + "x" + cfg.spec().cols() + " "
                + cfg.spec().dataflow().shortName() + ", " + (cfg.userBandwidth() ? "USER bandwidth "
                + NumberText.significant(cfg.bandwidth().getAsDouble(), 4) + " words/cycle" : "CALC bandwidth")
                + ", " + reports.size() + " layers, " + total + " cycles in all");
        table.writeText(out);
        out.flush();
        spec.commandLine().getErr().println("sinapsis: wrote " + run);
        return ExitCodes.OK;
    }
}
