// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.sinapsis.compilers.fpga.FpgaArrayDesign;
import org.sinapsis.compilers.fpga.FpgaArraySearch;
import org.sinapsis.compilers.fpga.FpgaCompiler;
import org.sinapsis.compilers.fpga.FpgaDesignPoint;
import org.sinapsis.compilers.fpga.FpgaLayerOptimum;
import org.sinapsis.compilers.fpga.FpgaLayerTile;
import org.sinapsis.compilers.search.ExhaustiveSearch;
import org.sinapsis.compilers.search.Mapper;
import org.sinapsis.compilers.search.RandomSearch;
import org.sinapsis.compilers.search.SearchStrategyFactory;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaPrograms;
import org.sinapsis.isa.program.FpgaResourceEstimate;
import org.sinapsis.isa.program.FpgaResources;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetRegistry;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.simulator.fpga.FpgaAnalyticalEvaluator;
import org.sinapsis.traces.format.AtomicOutputFile;
import org.sinapsis.traces.format.CsvReportWriter;
import org.sinapsis.traces.format.JsonReportWriter;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.ReportFormatType;
import org.sinapsis.traces.format.TextTable;
import org.sinapsis.traces.report.ReportField;
import org.sinapsis.traces.report.ReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis dse --target T --net N}: the FPGA design-space search. Explores every cross-layer
 * array design {@code <Tm, Tn>} (or one layer's {@code <Tm, Tn, Tr, Tc>} with {@code --layer}) with
 * the analytical model, and prints the designs as roofline points (computation-to-communication
 * ratio, performance, the computational and bandwidth roofs) and the chosen one. Text and markdown
 * show a summary, the chosen design's tiles, each layer's own best and the top designs; CSV and
 * JSON list every explored design for plotting; {@code --program} writes the chosen design's tile
 * program. Text also reports the chosen design's resources. A progress bar goes to stderr. On a
 * systolic target ({@code kind: systolic}) it searches array shapes and dataflows instead
 * ({@link SystolicDse}).
 */
@Command(name = "dse", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Design-space search of an FPGA target (explored designs as roofline points) or of a systolic "
                + "array (shapes and dataflows), and the chosen design.")
final class DseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "T",
            description = "An FPGA target (fpga-vx485t, fpga-catapult, fpga-brainwave), a systolic one (systolic, "
                    + "systolic-256-ws) or a spec file (.yaml) of either kind.")
    private String target;

    @Option(names = "--net", required = true, paramLabel = "N",
            description = "A zoo network (see 'sinapsis zoo') or a SCALE-Sim topology .csv.")
    private String net;

    @Option(names = "--precision", paramLabel = "P",
            description = "fp32, fixed18, int16, int8 or bfp8 (default: the target's).")
    private Precision precision;

    @Option(names = "--batch", paramLabel = "N", description = "Examples per batch (default: the network's).")
    private Integer batch;

    @Option(names = "--layer", paramLabel = "NAME",
            description = "Explore this layer's own designs <Tm, Tn, Tr, Tc> instead of the cross-layer arrays.")
    private String layer;

    @Option(names = "--strategy", paramLabel = "S", defaultValue = "exhaustive",
            description = "exhaustive or random (default: ${DEFAULT-VALUE}).")
    private String strategy;

    @Option(names = "--samples", paramLabel = "K", defaultValue = "1000",
            description = "Designs a random search draws (default: ${DEFAULT-VALUE}).")
    private long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of a random search (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Search threads (default: every hardware thread; the result does not depend on it).")
    private Integer threads;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Designs listed in text and markdown output (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, md, csv or json (default: ${DEFAULT-VALUE}); csv and json list every design.")
    private ReportFormatType format;

    @Option(names = "--macs", paramLabel = "N",
            description = "Systolic: the PE budget, rows x cols <= N (default: the spec's rows x cols).")
    private Long macs;

    @Option(names = "--dataflows", paramLabel = "D", split = ",",
            description = "Systolic: the dataflows searched, of os, ws, is (default: all three).")
    private List<String> dataflows;

    @Option(names = "--write-spec", paramLabel = "FILE",
            description = "Systolic: also write the chosen design as a kind: systolic spec FILE.yaml (runnable).")
    private Path writeSpec;

    @Option(names = "--program", paramLabel = "FILE",
            description = "Also write the chosen design's tile program: FILE.yaml (runnable, editable) or FILE.txt "
                    + "(its loop nests).")
    private Path program;

    @Override
    public Integer call() throws Exception {
        Target t = TargetRegistry.load().resolve(target, "--target");
        if (t.spec() instanceof SystolicArraySpec systolic) {
            return systolic(systolic, precision == null ? t.defaultPrecision() : precision);
        }
        if (!(t.spec() instanceof FpgaSpec fpga)) {
            throw new InvalidInputException("--target", 0, null, "'" + target + "' is a " + ArchSpecs.kind(t.spec())
                    + " target; dse explores FPGA targets (fpga-vx485t, fpga-catapult, fpga-brainwave or a kind: fpga "
                    + "spec) and systolic arrays (systolic, systolic-256-ws or a kind: systolic spec)");
        }
        for (String systolicOnly : new String[] {"--macs", "--dataflows", "--write-spec"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(systolicOnly)) {
                throw new InvalidInputException(systolicOnly, 0, null, "applies to systolic targets only; '" + target
                        + "' is an FPGA");
            }
        }
        Precision p = precision == null ? fpga.defaultPrecision() : precision;
        FpgaDatapath datapath = fpga.datapath(p).orElseThrow(() -> RunRequest.unavailablePrecision(fpga.name(),
                "builds its array in " + fpga.precisionsLabel(), p));
        NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
        Network network = resolved.network();
        int b = Options.batch(batch, resolved.defaultBatch());
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new InvalidInputException("--threads", 0, null, "must be at least 1, got " + threadCount);
        }
        if (top < 0) {
            throw new InvalidInputException("--top", 0, null, "must be at least 0, got " + top);
        }
        SearchStrategyFactory strategies = strategies();
        checkProgramOption();
        FpgaCompiler compiler = new FpgaCompiler(new FpgaAnalyticalEvaluator(), threadCount);
        Map<Long, FpgaDesignPoint> points = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        if (layer != null) {
            if (!network.nodes().stream().anyMatch(n -> n.name().equals(layer) && n.layer().matrixWork())) {
                throw new InvalidInputException("--layer", 0, null, "network '" + network.name()
                        + "' has no convolution, dense or recurrent layer '" + layer + "'; its matrix layers: "
                        + String.join(", ", network.layers().stream().filter(n -> n.layer().matrixWork())
                                .map(n -> n.name()).toList()));
            }
            long macs = network.node(layer).macs() * b;
            Progress progress = new Progress(spec.commandLine().getErr(),
                    expected(compiler.layerSpace(network, layer, b, fpga, p).size()));
            FpgaLayerOptimum best = compiler.searchLayer(network, layer, b, fpga, p, strategies,
                    (shape, index, tiling, evaluation) -> {
                        points.put(index, FpgaDesignPoint.of(index, layer + " " + label(tiling), tiling.tm(),
                                tiling.tn(), tiling.tr(), tiling.tc(), tiling.weightsResident(),
                                dsp(tiling.lanes(), datapath), evaluation,
                                macs, fpga.clockHz(), fpga.ddrBandwidthBytesPerSecond()));
                        progress.step();
                    });
            progress.done();
            List<FpgaDesignPoint> list = sorted(points);
            double seconds = (System.nanoTime() - start) / 1e9;
            writeLayer(out, fpga, network, b, p, best, list, seconds);
        } else {
            long macs = network.layers().stream().filter(n -> n.layer().matrixWork()).mapToLong(n -> n.macs() * b)
                    .sum();
            Progress progress = new Progress(spec.commandLine().getErr(),
                    expected(compiler.arraySpace(network, b, fpga, p).size()));
            FpgaArraySearch search = compiler.searchArray(network, b, fpga, p, strategies, (index, design, e, cost) -> {
                points.put(index, FpgaDesignPoint.of(index, design.toString(), design.tm(), design.tn(), 0, 0,
                        design.weightsResident(), dsp(design.lanes(), datapath), e, macs, fpga.clockHz(),
                        fpga.ddrBandwidthBytesPerSecond()));
                progress.step();
            }, false);
            progress.done();
            List<FpgaDesignPoint> list = sorted(points);
            List<FpgaLayerOptimum> perLayer = format == ReportFormatType.TEXT || format == ReportFormatType.MD
                    ? compiler.searchPerLayer(network, b, fpga, p, FpgaCompiler.LayerListener.none()) : List.of();
            double seconds = (System.nanoTime() - start) / 1e9;
            FpgaProgram chosen = compiler.program(network, b, fpga, search.chosen());
            writeArray(out, fpga, network, b, p, search, list, perLayer, seconds,
                    FpgaResources.estimate(fpga, datapath, chosen.tm(), chosen.tn(), chosen.buffers(), true));
            if (program != null) {
                writeProgram(chosen);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int systolic(SystolicArraySpec systolic, Precision p) throws Exception {
        if (program != null) {
            throw new InvalidInputException("--program", 0, null, "a systolic array runs preset mappings, not a "
                    + "program; use --write-spec FILE.yaml for the chosen design");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new InvalidInputException("--threads", 0, null, "must be at least 1, got " + threadCount);
        }
        if (top < 0) {
            throw new InvalidInputException("--top", 0, null, "must be at least 0, got " + top);
        }
        return new SystolicDse(systolic, net, p, batch, layer, macs, dataflows, strategies(),
                strategy.toLowerCase(Locale.ROOT), threadCount, top, format, writeSpec)
                .run(spec.commandLine().getOut(), spec.commandLine().getErr(), this::expected);
    }

    private void checkProgramOption() {
        if (program == null) {
            return;
        }
        if (layer != null) {
            throw new InvalidInputException("--program", 0, null, "a program is written for a whole network; "
                    + "leave out --layer");
        }
        String name = program.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".txt")) {
            throw new InvalidInputException("--program", 0, null, "'" + program + "': name the file *.yaml (the "
                    + "program) or *.txt (its loop nests)");
        }
    }

    private void writeProgram(FpgaProgram chosen) throws IOException {
        String name = program.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        try (AtomicOutputFile file = AtomicOutputFile.create(program)) {
            file.writer().write(yaml ? FpgaPrograms.toYaml(chosen) : FpgaPrograms.dump(chosen));
            file.commit();
        }
        spec.commandLine().getErr().println("sinapsis: wrote " + program);
    }

    private SearchStrategyFactory strategies() {
        switch (strategy.toLowerCase(Locale.ROOT)) {
            case "exhaustive" -> {
                return ExhaustiveSearch.factory();
            }
            case "random" -> {
                if (samples < 1) {
                    throw new InvalidInputException("--samples", 0, null, "must be at least 1, got " + samples);
                }
                return RandomSearch.factory((samples + Mapper.SLICES - 1) / Mapper.SLICES, seed);
            }
            default -> throw new InvalidInputException("--strategy", 0, null, "expected exhaustive or random, got '"
                    + strategy + "'");
        }
    }

    /** Designs the strategy will explore out of {@code size}. */
    private long expected(long size) {
        if (!strategy.equalsIgnoreCase("random")) {
            return size;
        }
        long perSlice = (samples + Mapper.SLICES - 1) / Mapper.SLICES;
        long slices = Math.max(1, Math.min(Mapper.SLICES, size));
        long total = 0;
        for (long s = 0; s < slices; s++) {
            total += Math.min(perSlice, size * (s + 1) / slices - size * s / slices);
        }
        return total;
    }

    private static long dsp(long lanes, FpgaDatapath datapath) {
        return (long) Math.ceil(lanes * datapath.dspPerMac() - 1e-9);
    }

    private static String label(FpgaTiling t) {
        return "<" + t.tm() + ", " + t.tn() + ", " + t.tr() + ", " + t.tc() + ">" + (t.weightsResident() ? " resident" : "");
    }

    private static List<FpgaDesignPoint> sorted(Map<Long, FpgaDesignPoint> points) {
        List<FpgaDesignPoint> list = new ArrayList<>(points.values());
        list.sort(Comparator.comparingLong(FpgaDesignPoint::index));
        return list;
    }

    private void writeArray(PrintWriter out, FpgaSpec fpga, Network network, int b, Precision p,
            FpgaArraySearch search, List<FpgaDesignPoint> points, List<FpgaLayerOptimum> perLayer, double seconds,
            FpgaResourceEstimate resources) throws Exception {
        FpgaArrayDesign chosen = search.chosen().design();
        if (format == ReportFormatType.CSV || format == ReportFormatType.JSON) {
            writeRows(out, points, d -> d.tm() == chosen.tm() && d.tn() == chosen.tn()
                    && d.weightsResident() == chosen.weightsResident());
            return;
        }
        FpgaDesignPoint c = points.stream().filter(d -> d.tm() == chosen.tm() && d.tn() == chosen.tn()
                && d.weightsResident() == chosen.weightsResident()).findFirst().orElseThrow();
        out.println("sinapsis dse: " + network.name() + " on " + fpga.name() + " (" + fpga.device() + "), "
                + p.label() + ", batch " + b);
        out.println("space: " + search.space().size() + " array designs <Tm, Tn> (" + search.space().tmValues()
                + " Tm x " + search.space().tnValues() + " Tn values, Tm x Tn <= " + search.space().maxLanes()
                + " lanes); " + strategy + ": " + search.result().explored() + " explored, " + search.result().legal()
                + " legal, " + NumberText.significant(seconds, 3) + " s");
        out.println("chosen: <Tm, Tn> = <" + chosen.tm() + ", " + chosen.tn() + ">"
                + (chosen.weightsResident() ? ", weights resident" : "") + ": " + chosen.lanes() + " lanes, "
                + c.dspBlocks() + " DSP, " + search.chosen().bramBlocks() + " BRAM, " + c.cycles() + " cycles, "
                + num(c.cycles() / fpga.clockHz() * 1e3) + " ms, " + num(c.attainableFlopsPerSecond() / 1e9)
                + " GFLOP/s, CTC " + num(c.ctcFlopsPerByte()) + " FLOP/byte");
        out.println("resources: " + resources.dspBlocks() + " of " + fpga.usableDspBlocks() + " usable DSP blocks ("
                + fpga.dspBlocks() + " on the device); " + resources.bramBlocks() + " of " + fpga.bramBlocks()
                + " block RAMs (input " + resources.inputBramBlocks() + ", weights " + resources.weightBramBlocks()
                + ", output " + resources.outputBramBlocks() + ", shell " + resources.shellBramBlocks() + "); about "
                + resources.luts() + " of " + fpga.luts() + " LUTs and " + resources.registers() + " of "
                + fpga.registers() + " registers (estimates)");
        out.println();
        out.println("layers under the chosen array:");
        TextTable layers = new TextTable(List.of("layers", "shape", "Tr", "Tc", "cycles", "GFLOP/s", "CTC [FLOP/B]",
                "BRAM in+out [blocks]"), List.of(false, false, true, true, true, true, true, true));
        for (FpgaLayerTile tile : search.chosen().tiles()) {
            long flops = 2 * tile.shape().macs();
            long ddr = tile.evaluation().actions().get("ddr", "read_byte")
                    + tile.evaluation().actions().get("ddr", "write_byte");
            layers.add(List.of(String.valueOf(tile.layers()), tile.shape().toString(), String.valueOf(tile.tiling().tr()),
                    String.valueOf(tile.tiling().tc()), String.valueOf(tile.evaluation().cycles()),
                    num(flops * fpga.clockHz() / tile.evaluation().cycles() / 1e9), num((double) flops / ddr),
                    String.valueOf(tile.inputBramBlocks() + tile.outputBramBlocks())));
        }
        layers.write(format, out);
        if (!perLayer.isEmpty()) {
            out.println();
            out.println("each layer's own best design:");
            TextTable own = new TextTable(List.of("layers", "shape", "<Tm, Tn, Tr, Tc>", "cycles", "GFLOP/s",
                    "designs"), List.of(false, false, false, true, true, true));
            for (FpgaLayerOptimum o : perLayer) {
                long flops = 2 * o.shape().macs();
                own.add(List.of(String.join(" ", o.nodes()), o.shape().toString(), label(o.best().point()),
                        String.valueOf(o.best().evaluation().cycles()),
                        num(flops * fpga.clockHz() / o.best().evaluation().cycles() / 1e9), String.valueOf(o.designs())));
            }
            own.write(format, out);
        }
        out.println();
        List<FpgaDesignPoint> ranked = points.stream().filter(FpgaDesignPoint::legal)
                .sorted(Comparator.comparingLong(FpgaDesignPoint::cycles).thenComparingLong(FpgaDesignPoint::dspBlocks)
                        .thenComparingLong(FpgaDesignPoint::index))
                .limit(top).toList();
        out.println("top " + ranked.size() + " designs (roofline points; the bandwidth roof is CTC x "
                + num(fpga.ddrBandwidthBytesPerSecond() / 1e9) + " GB/s):");
        TextTable table = new TextTable(List.of("rank", "<Tm, Tn>", "lanes", "DSP [blocks]", "cycles", "GFLOP/s",
                "CTC [FLOP/B]", "bandwidth roof [GFLOP/s]"), List.of(true, false, true, true, true, true, true, true));
        int rank = 1;
        for (FpgaDesignPoint d : ranked) {
            table.add(List.of(String.valueOf(rank++), d.label(), String.valueOf((long) d.tm() * d.tn()),
                    String.valueOf(d.dspBlocks()), String.valueOf(d.cycles()), num(d.attainableFlopsPerSecond() / 1e9),
                    num(d.ctcFlopsPerByte()), num(d.bandwidthRoofFlopsPerSecond() / 1e9)));
        }
        table.write(format, out);
    }

    private void writeLayer(PrintWriter out, FpgaSpec fpga, Network network, int b, Precision p, FpgaLayerOptimum best,
            List<FpgaDesignPoint> points, double seconds) throws Exception {
        FpgaTiling chosen = best.best().point();
        if (format == ReportFormatType.CSV || format == ReportFormatType.JSON) {
            writeRows(out, points, d -> d.index() == best.best().index());
            return;
        }
        FpgaDesignPoint c = points.stream().filter(d -> d.index() == best.best().index()).findFirst().orElseThrow();
        out.println("sinapsis dse: layer " + layer + " of " + network.name() + " on " + fpga.name() + ", "
                + p.label() + ", batch " + b + ": " + best.shape());
        out.println("space: " + best.designs() + " designs <Tm, Tn, Tr, Tc>; " + strategy + ": " + points.size()
                + " explored, " + best.legal() + " legal, "
                + NumberText.significant(seconds, 3) + " s");
        out.println("chosen: " + label(chosen) + ": " + chosen.lanes() + " lanes, " + c.dspBlocks() + " DSP, "
                + c.cycles() + " cycles, " + num(c.attainableFlopsPerSecond() / 1e9) + " GFLOP/s, CTC "
                + num(c.ctcFlopsPerByte()) + " FLOP/byte, computational roof "
                + num(c.computeRoofFlopsPerSecond() / 1e9) + " GFLOP/s");
        out.println();
        List<FpgaDesignPoint> ranked = points.stream().filter(FpgaDesignPoint::legal)
                .sorted(Comparator.comparingLong(FpgaDesignPoint::cycles).thenComparingLong(FpgaDesignPoint::dspBlocks)
                        .thenComparingLong(FpgaDesignPoint::index))
                .limit(top).toList();
        out.println("top " + ranked.size() + " designs (roofline points):");
        TextTable table = new TextTable(List.of("rank", "<Tm, Tn, Tr, Tc>", "DSP [blocks]", "cycles", "GFLOP/s",
                "computational roof [GFLOP/s]", "CTC [FLOP/B]", "bandwidth roof [GFLOP/s]"),
                List.of(true, false, true, true, true, true, true, true));
        int rank = 1;
        for (FpgaDesignPoint d : ranked) {
            table.add(List.of(String.valueOf(rank++), d.label().substring(layer.length() + 1),
                    String.valueOf(d.dspBlocks()), String.valueOf(d.cycles()), num(d.attainableFlopsPerSecond() / 1e9),
                    num(d.computeRoofFlopsPerSecond() / 1e9), num(d.ctcFlopsPerByte()),
                    num(d.bandwidthRoofFlopsPerSecond() / 1e9)));
        }
        table.write(format, out);
    }

    private void writeRows(PrintWriter out, List<FpgaDesignPoint> points,
            Predicate<FpgaDesignPoint> chosen) throws Exception {
        List<ReportRow> rows = new ArrayList<>();
        for (FpgaDesignPoint d : points) {
            List<ReportField> f = new ArrayList<>();
            f.add(new ReportField("index", d.index()));
            f.add(new ReportField("design", d.label()));
            f.add(new ReportField("tm", d.tm()));
            f.add(new ReportField("tn", d.tn()));
            f.add(new ReportField("tr", d.tr() == 0 ? null : d.tr()));
            f.add(new ReportField("tc", d.tc() == 0 ? null : d.tc()));
            f.add(new ReportField("weightsResident", d.weightsResident()));
            f.add(new ReportField("legal", d.legal()));
            f.add(new ReportField("reason", d.legal() ? null : d.reason()));
            f.add(new ReportField("chosen", chosen.test(d)));
            f.add(new ReportField("dspBlocks", d.dspBlocks()));
            f.add(new ReportField("cycles", d.legal() ? d.cycles() : null));
            f.add(new ReportField("flops", d.flops()));
            f.add(new ReportField("ddrBytes", d.legal() ? d.ddrBytes() : null));
            f.add(new ReportField("ctcFlopsPerByte", d.legal() ? d.ctcFlopsPerByte() : null));
            f.add(new ReportField("computeRoofFlopsPerSecond", d.legal() && d.computeRoofFlopsPerSecond() > 0
                    ? d.computeRoofFlopsPerSecond() : null));
            f.add(new ReportField("bandwidthRoofFlopsPerSecond", d.legal() ? d.bandwidthRoofFlopsPerSecond() : null));
            f.add(new ReportField("attainableFlopsPerSecond", d.legal() ? d.attainableFlopsPerSecond() : null));
            rows.add(new ReportRow(f));
        }
        writeDesigns(rows, format, out);
    }

    /** The explored designs' rows as CSV, or else as a JSON array (FPGA and systolic searches alike). */
    static void writeDesigns(List<ReportRow> rows, ReportFormatType format, Writer out) throws IOException {
        if (format == ReportFormatType.CSV) {
            CsvReportWriter.write(rows, out);
        } else {
            JsonReportWriter.writeArray(rows, out);
        }
    }

    /** A figure in the design tables: four significant digits. */
    static String num(double v) {
        return NumberText.significant(v, 4);
    }

    /** A progress line on stderr, redrawn in place: designs explored so far. */
    static final class Progress {
        private final PrintWriter err;
        private final AtomicLong count = new AtomicLong();
        private final long total;
        private volatile long lastDraw;

        Progress(PrintWriter err, long total) {
            this.err = err;
            this.total = total;
        }

        void step() {
            long n = count.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastDraw > 100_000_000L) {
                lastDraw = now;
                draw(n, false);
            }
        }

        void done() {
            draw(count.get(), true);
        }

        private void draw(long n, boolean last) {
            long percent = total <= 0 ? 100 : Math.min(100, 100 * n / total);
            int filled = (int) (percent / 5);
            String line = "\rsinapsis dse: [" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + percent + "% "
                    + n + "/" + total + " designs";
            synchronized (err) {
                if (last) {
                    err.println(line);
                } else {
                    err.print(line);
                }
                err.flush();
            }
        }
    }
}
