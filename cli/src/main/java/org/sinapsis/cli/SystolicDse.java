// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.sinapsis.cli.DseCommand.num;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;
import org.sinapsis.compilers.search.SearchStrategyFactory;
import org.sinapsis.compilers.systolic.SystolicArraySearch;
import org.sinapsis.compilers.systolic.SystolicDesignSpace;
import org.sinapsis.compilers.systolic.SystolicSearch;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.simulator.systolic.SystolicAnalyticalEvaluator;
import org.sinapsis.simulator.systolic.SystolicLayerWork;
import org.sinapsis.simulator.systolic.SystolicMachine;
import org.sinapsis.traces.format.AtomicOutputFile;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.ReportFormatType;
import org.sinapsis.traces.format.TextTable;
import org.sinapsis.traces.sink.NullSink;
import org.sinapsis.traces.report.ReportField;
import org.sinapsis.traces.report.ReportRow;

/**
 * {@code sinapsis dse} on a systolic target: searches array shapes {@code rows x cols} (powers of
 * two, 8 to 512 per side, under a PE budget) and dataflows, keeping the spec's SRAMs, word size,
 * DRAM bandwidth, clock and timing, with {@link SystolicArraySearch} costing each design by the
 * simulator's analytical model ({@link SystolicAnalyticalEvaluator}). Text and markdown show the
 * space, the chosen design, the spec's own design, the chosen design's timeline cycles
 * ({@link SystolicMachine}, what {@code sinapsis run} reports), its layers and the top designs,
 * each with its timeline cycles too;
 * CSV and JSON list every explored design.
 *
 * @param base the target's spec
 * @param net the network as given
 * @param precision the asked precision, or the target's default
 * @param batch the asked batch, or null for the network's
 * @param layer one layer to search for, or null for the whole network
 * @param macs the PE budget, or null for the spec's {@code rows cols}
 * @param dataflows the dataflows as given ({@code ws,os}), or null for all three
 * @param strategies the search strategy of each slice
 * @param strategy the strategy's name, for the report
 * @param threads search threads
 * @param top designs listed in text and markdown
 * @param format the output format
 * @param writeSpec where to write the chosen design as a spec, or null
 */
record SystolicDse(SystolicArraySpec base, String net, Precision precision, Integer batch, String layer, Long macs,
        List<String> dataflows, SearchStrategyFactory strategies, String strategy, int threads, int top,
        ReportFormatType format, Path writeSpec) {

    /**
     * Runs the search and writes the report to {@code out}, the progress bar and file notes to
     * {@code err}; {@code expected} turns the space's size into the designs the strategy explores.
     */
    int run(PrintWriter out, PrintWriter err, LongUnaryOperator expected) throws Exception {
        if (precision.bytes() != base.wordBytes()) {
            throw new InvalidInputException("--precision", 0, null, "target '" + base.name() + "' has "
                    + base.wordBytes() + "-byte words; " + precision.label() + " needs " + precision.bytes());
        }
        checkWriteSpec();
        SystolicDesignSpace space = space();
        NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
        Network network = resolved.network();
        int b = Options.batch(batch, resolved.defaultBatch());
        List<Node> nodes = nodes(network);
        EnergyTable table = EnergyTables.builtIn(base.energyTable());
        SystolicArraySearch search = new SystolicArraySearch(new SystolicAnalyticalEvaluator(), threads);
        Map<Long, Evaluation> explored = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        DseCommand.Progress progress = new DseCommand.Progress(err, expected.applyAsLong(space.size()));
        SystolicSearch found = search.search(nodes, b, base, space, table, strategies, (index, design, e, cost) -> {
            explored.put(index, e);
            progress.step();
        });
        progress.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Point> points = new ArrayList<>();
        long macsTotal = nodes.stream().mapToLong(n -> n.macs() * b).sum();
        for (Map.Entry<Long, Evaluation> e : explored.entrySet()) {
            points.add(point(e.getKey(), space.point(e.getKey()), e.getValue(), macsTotal, table));
        }
        points.sort(Comparator.comparingLong(Point::index));
        SystolicDesign chosen = found.chosen().point();
        SystolicDesign own = SystolicDesign.of(base);
        if (format == ReportFormatType.CSV || format == ReportFormatType.JSON) {
            writeRows(out, points, chosen, own);
        } else {
            String title = (layer == null ? "" : "layer " + layer + " of ") + network.name();
            writeText(out, search, nodes, b, title, found, points, seconds, macsTotal, table);
        }
        out.flush();
        if (writeSpec != null) {
            try (AtomicOutputFile file = AtomicOutputFile.create(writeSpec)) {
                file.writer().write(ArchSpecs.toYaml(chosen.applyTo(base)));
                file.commit();
            }
            err.println("sinapsis: wrote " + writeSpec);
        }
        return ExitCodes.OK;
    }

    private void checkWriteSpec() {
        if (writeSpec == null) {
            return;
        }
        String name = writeSpec.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new InvalidInputException("--write-spec", 0, null, "'" + writeSpec + "': name the file *.yaml");
        }
    }

    private SystolicDesignSpace space() {
        List<Dataflow> flows = new ArrayList<>();
        if (dataflows == null) {
            flows.addAll(List.of(Dataflow.OUTPUT_STATIONARY, Dataflow.WEIGHT_STATIONARY, Dataflow.INPUT_STATIONARY));
        } else {
            for (String text : dataflows) {
                Dataflow d;
                try {
                    d = Dataflow.fromShortName(text);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("--dataflows", 0, null, e.getMessage());
                }
                if (flows.contains(d)) {
                    throw new InvalidInputException("--dataflows", 0, null, "'" + text + "' is given twice");
                }
                flows.add(d);
            }
        }
        long smallest = (long) SystolicDesignSpace.DEFAULT_MIN_SIDE * SystolicDesignSpace.DEFAULT_MIN_SIDE;
        long budget = macs == null ? (long) base.rows() * base.cols() : macs;
        if (budget < smallest) {
            throw new InvalidInputException("--macs", 0, null, "a budget of " + budget + " PEs"
                    + (macs == null ? " (" + base.name() + "'s " + base.rows() + " x " + base.cols() + ")" : "")
                    + " is below the smallest array searched, " + SystolicDesignSpace.DEFAULT_MIN_SIDE + "x"
                    + SystolicDesignSpace.DEFAULT_MIN_SIDE + "; give --macs " + smallest + " or more");
        }
        return SystolicDesignSpace.of(budget, flows);
    }

    private List<Node> nodes(Network network) {
        List<Node> matrix = network.layers().stream().filter(n -> n.layer().matrixWork()).toList();
        if (layer == null) {
            if (matrix.isEmpty()) {
                throw new InvalidInputException("--net", 0, null, "network '" + network.name()
                        + "' has no convolution, dense or recurrent layer to map on a systolic array");
            }
            return matrix;
        }
        return matrix.stream().filter(n -> n.name().equals(layer)).findFirst().map(List::of)
                .orElseThrow(() -> new InvalidInputException("--layer", 0, null, "network '" + network.name()
                        + "' has no convolution, dense or recurrent layer '" + layer + "'; its matrix layers: "
                        + String.join(", ", matrix.stream().map(Node::name).toList())));
    }

    private Point point(long index, SystolicDesign d, Evaluation e, long macsTotal, EnergyTable table) {
        if (!e.legal()) {
            return new Point(index, d, false, 0, 0, 0, 0);
        }
        return new Point(index, d, true, e.cycles(), (double) macsTotal / ((double) e.cycles() * d.pes()),
                SystolicArraySearch.dramBytes(e.actions()), EnergyCalculator.estimate(e.actions(), table).totalJoules());
    }

    private void writeText(PrintWriter out, SystolicArraySearch search, List<Node> nodes, int b, String title,
            SystolicSearch found, List<Point> points, double seconds, long macsTotal, EnergyTable table)
            throws IOException {
        SystolicDesign chosen = found.chosen().point();
        SystolicDesign own = SystolicDesign.of(base);
        SystolicDesignSpace space = found.space();
        Point c = points.stream().filter(p -> p.design().equals(chosen)).findFirst().orElseThrow();
        Point o = point(-1, own, search.evaluate(nodes, b, base, own), macsTotal, table);
        SystolicArraySpec chosenSpec = chosen.applyTo(base);
        List<SystolicLayerWork> works = works(nodes, b, chosenSpec);
        long timeline = timeline(nodes, b, chosenSpec);
        out.println("sinapsis dse: " + title + " on " + base.name() + " (" + own + ", SRAMs " + base.ifmapSramKiB()
                + "/" + base.filterSramKiB() + "/" + base.ofmapSramKiB() + " KiB, " + bandwidth() + ", "
                + num(base.clockHz() / 1e6) + " MHz, " + timing() + " timing), " + precision.label() + ", batch " + b);
        out.println("space: " + space.size() + " designs (" + space.shapes() + " shapes rows x cols, sides "
                + space.minSide() + ".." + space.maxSide() + " powers of two, rows x cols <= " + space.maxPes()
                + " PEs; dataflows " + String.join(", ", space.dataflows().stream().map(Dataflow::shortName).toList())
                + "); " + strategy + ": " + found.result().explored() + " explored, " + found.result().legal()
                + " legal, " + NumberText.significant(seconds, 3) + " s");
        out.println("cost: cycles of the analytical model (SystolicAnalyticalModel), summed over "
                + (nodes.size() == 1 ? "the layer" : nodes.size() + " matrix layers") + "; ties: fewer DRAM bytes, "
                + "less energy (" + table.name() + "), fewer PEs");
        out.println("chosen: " + describe(c));
        out.println("the spec's own " + describe(o) + " (" + NumberText.significant((double) o.cycles() / c.cycles(), 3)
                + " x the chosen's cycles)");
        out.println("chosen design on the timeline (SystolicMachine, as sinapsis run): " + timeline + " cycles, "
                + num(timeline / base.clockHz() * 1e3) + " ms");
        out.println();
        out.println((nodes.size() == 1 ? "the layer" : "layers") + " under the chosen design:");
        TextTable layers = new TextTable(List.of("layer", "GEMM M x N x K", "instances", "folds", "cycles",
                "utilization [%]", "DRAM [bytes]"), List.of(false, false, true, true, true, true, true));
        List<Evaluation> perLayer = search.layers(nodes, b, base, chosen);
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            GemmView g = n.gemm(b).orElseThrow();
            Evaluation e = perLayer.get(i);
            layers.add(List.of(n.name(), g.m() + " x " + g.n() + " x " + g.k(), String.valueOf(g.instances()),
                    String.valueOf(works.get(i).fold().folds()), String.valueOf(e.cycles()),
                    num(100.0 * n.macs() * b / ((double) e.cycles() * chosen.pes())),
                    String.valueOf(SystolicArraySearch.dramBytes(e.actions()))));
        }
        layers.write(format, out);
        out.println();
        List<Point> ranked = points.stream().filter(Point::legal).sorted(Comparator.comparingLong(Point::cycles)
                .thenComparingLong(Point::dramBytes).thenComparingDouble(Point::energyJoules)
                .thenComparingLong(p -> p.design().pes()).thenComparingLong(Point::index)).limit(top).toList();
        out.println("top " + ranked.size() + " designs (ranked by the model's cycles; energy from " + table.sourceLabel()
                + "; timeline: the same design on SystolicMachine):");
        TextTable t = new TextTable(List.of("rank", "design", "PEs", "cycles", "latency [ms]", "utilization [%]",
                "DRAM [bytes]", "energy [uJ]", "timeline [cycles]", "note"),
                List.of(true, false, true, true, true, true, true, true, true, false));
        int rank = 1;
        for (Point p : ranked) {
            String note = (p.design().equals(chosen) ? "chosen" : "")
                    + (p.design().equals(own) ? (p.design().equals(chosen) ? ", " : "") + "spec's own" : "");
            t.add(List.of(String.valueOf(rank++), p.design().toString(), String.valueOf(p.design().pes()),
                    String.valueOf(p.cycles()), num(p.cycles() / base.clockHz() * 1e3), num(100 * p.utilization()),
                    String.valueOf(p.dramBytes()), num(p.energyJoules() * 1e6),
                    String.valueOf(timeline(nodes, b, p.design().applyTo(base))), note));
        }
        t.write(format, out);
    }

    private static List<SystolicLayerWork> works(List<Node> nodes, int b, SystolicArraySpec spec) {
        return nodes.stream().map(n -> SystolicLayerWork.of(n, b, spec).orElseThrow()).toList();
    }

    /** Cycles of {@code nodes} on the {@link SystolicMachine} timeline of {@code spec}. */
    private static long timeline(List<Node> nodes, int b, SystolicArraySpec spec) {
        return new SystolicMachine(spec).run(works(nodes, b, spec), NullSink.INSTANCE).cycles();
    }

    private String describe(Point p) {
        return p.design() + ": " + p.design().pes() + " PEs, " + p.cycles() + " cycles, "
                + num(p.cycles() / base.clockHz() * 1e3) + " ms, " + num(100 * p.utilization()) + " % utilization, "
                + p.dramBytes() + " DRAM bytes, " + num(p.energyJoules() * 1e6) + " uJ";
    }

    private String bandwidth() {
        return base.dramBandwidthWordsPerCycle().isPresent()
                ? num(base.dramBandwidthWordsPerCycle().getAsDouble()) + " words/cycle DRAM per port"
                : "no DRAM limit (CALC mode)";
    }

    private String timing() {
        return base.timing().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void writeRows(PrintWriter out, List<Point> points, SystolicDesign chosen, SystolicDesign own)
            throws IOException {
        String source = EnergyTables.builtIn(base.energyTable()).sourceLabel();
        List<ReportRow> rows = new ArrayList<>();
        for (Point p : points) {
            List<ReportField> f = new ArrayList<>();
            f.add(new ReportField("index", p.index()));
            f.add(new ReportField("design", p.design().toString()));
            f.add(new ReportField("rows", p.design().rows()));
            f.add(new ReportField("cols", p.design().cols()));
            f.add(new ReportField("dataflow", p.design().dataflow().shortName()));
            f.add(new ReportField("pes", p.design().pes()));
            f.add(new ReportField("legal", p.legal()));
            f.add(new ReportField("chosen", p.design().equals(chosen)));
            f.add(new ReportField("specDesign", p.design().equals(own)));
            f.add(new ReportField("cycles", p.legal() ? p.cycles() : null));
            f.add(new ReportField("latencySeconds", p.legal() ? p.cycles() / base.clockHz() : null));
            f.add(new ReportField("utilization", p.legal() ? p.utilization() : null));
            f.add(new ReportField("dramBytes", p.legal() ? p.dramBytes() : null));
            f.add(new ReportField("energyJoules", p.legal() ? p.energyJoules() : null));
            f.add(new ReportField("energySource", source));
            rows.add(new ReportRow(f));
        }
        DseCommand.writeDesigns(rows, format, out);
    }

    /**
     * One explored design's figures.
     *
     * @param index the design's index in the space, -1 for the spec's own outside it
     * @param design the design
     * @param legal whether the evaluator accepted it
     * @param cycles whole-work cycles
     * @param utilization MACs / (cycles PEs), a fraction
     * @param dramBytes DRAM bytes read and written
     * @param energyJoules energy priced with the spec's table
     */
    private record Point(long index, SystolicDesign design, boolean legal, long cycles, double utilization,
            long dramBytes, double energyJoules) {
    }
}
