// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sinapsis.traces.format.CsvReportWriter;
import org.sinapsis.traces.format.JsonReportWriter;
import org.sinapsis.traces.format.NumberText;
import org.sinapsis.traces.format.ReportFormatType;
import org.sinapsis.traces.format.TextTable;

/**
 * Writes {@link RunResult}s in the formats of {@code cli-contract.md}: JSON (one object for
 * {@code run}, an array for {@code compare}) and CSV carry every field; text and markdown show a
 * readable table with units in the headers (for one result, a field list), numbers to four
 * significant digits.
 */
public final class RunResultWriter {
    private static final String NONE = "-";

    /** A human column: header with unit, and the formatted cell (null when the value is null). */
    private record Column(String header, boolean numeric, Function<RunResult, String> cell) {
    }

    private static final List<Column> SUMMARY = List.of(
            new Column("target", false, RunResult::target),
            new Column("kind", false, RunResult::targetKind),
            new Column("run", false, r -> r.measured() ? "measured" : "simulated"),
            new Column("batch", true, r -> String.valueOf(r.batch())),
            new Column("precision", false, RunResult::precision),
            new Column("latency [ms]", true, r -> scaled(r.latencySeconds(), 1e3)),
            new Column("throughput [inf/s]", true, r -> scaled(r.throughputInferencesPerSecond(), 1)),
            new Column("ops [GOP/s]", true, r -> scaled(r.opsPerSecond(), 1e-9)),
            new Column("utilization [%]", true, r -> scaled(r.utilization(), 100)),
            new Column("energy/inf [mJ]", true, r -> scaled(r.energyPerInferenceJoules(), 1e3)),
            new Column("power [W]", true, r -> scaled(r.averagePowerWatts(), 1)),
            new Column("accuracy [%]", true, r -> percent(r.accuracy())),
            new Column("energy source", false, RunResult::energySource),
            new Column("device / note", false, r -> r.error() != null ? "cannot run: " + r.error() : r.device()));

    private static final List<Column> DETAIL = List.of(
            new Column("network", false, RunResult::network),
            new Column("target", false, RunResult::target),
            new Column("target kind", false, RunResult::targetKind),
            new Column("run", false, r -> r.measured() ? "measured on this host" : "simulated"),
            new Column("device", false, RunResult::device),
            new Column("batch", true, r -> String.valueOf(r.batch())),
            new Column("precision", false, RunResult::precision),
            new Column("clock [MHz]", true, r -> scaled(r.clockHz(), 1e-6)),
            new Column("cycles", true, r -> r.cycles() == null ? null : String.valueOf(r.cycles())),
            new Column("latency [ms]", true, r -> scaled(r.latencySeconds(), 1e3)),
            new Column("throughput [inf/s]", true, r -> scaled(r.throughputInferencesPerSecond(), 1)),
            new Column("MACs per batch", true, r -> r.macs() == null ? null : String.valueOf(r.macs())),
            new Column("ops [GOP/s]", true, r -> scaled(r.opsPerSecond(), 1e-9)),
            new Column("peak [GOP/s]", true, r -> scaled(r.peakOpsPerSecond(), 1e-9)),
            new Column("utilization [%]", true, r -> scaled(r.utilization(), 100)),
            new Column("energy per batch [mJ]", true, r -> scaled(r.energyJoules(), 1e3)),
            new Column("energy per inference [mJ]", true, r -> scaled(r.energyPerInferenceJoules(), 1e3)),
            new Column("average power [W]", true, r -> scaled(r.averagePowerWatts(), 1)),
            new Column("energy source", false, RunResult::energySource),
            new Column("energy breakdown [mJ]", false, r -> breakdown(r.energyBreakdownJoules(), 1e3)),
            new Column("stall cycles", false, r -> breakdown(r.stallCycles(), 1)),
            new Column("accuracy [%]", true, r -> percent(r.accuracy())),
            new Column("samples", true, r -> r.samples() == null ? null : String.valueOf(r.samples())),
            new Column("reference match", false, RunResult::referenceMatch),
            new Column("time steps", true, r -> r.timesteps() == null ? null : String.valueOf(r.timesteps())),
            new Column("spikes", true, r -> r.spikes() == null ? null : String.valueOf(r.spikes())),
            new Column("synaptic events", true, r -> r.synapticEvents() == null ? null : String.valueOf(r.synapticEvents())),
            new Column("cores used", true, r -> r.coresUsed() == null ? null : String.valueOf(r.coresUsed())),
            new Column("host time [s]", true, r -> scaled(r.hostSeconds(), 1)),
            new Column("error", false, RunResult::error));

    private RunResultWriter() {
    }

    /** Writes one result ({@code sinapsis run}): a JSON object, a CSV header and row, or a field list. */
    public static void writeOne(RunResult result, ReportFormatType format, Writer out) throws IOException {
        switch (format) {
            case JSON -> JsonReportWriter.writeObject(result.toReportRow(), out);
            case CSV -> CsvReportWriter.write(List.of(result.toReportRow()), out);
            case TEXT, MD -> {
                TextTable table = new TextTable(List.of("field", "value"), List.of(false, false));
                for (Column c : DETAIL) {
                    String v = c.cell().apply(result);
                    if (v != null) {
                        table.add(List.of(c.header(), v));
                    }
                }
                if (format == ReportFormatType.TEXT) {
                    table.writeText(out);
                } else {
                    table.writeMarkdown(out);
                }
            }
        }
    }

    /** Writes several results ({@code sinapsis compare}): a JSON array, CSV, or one table row per target. */
    public static void writeAll(List<RunResult> results, ReportFormatType format, Writer out) throws IOException {
        switch (format) {
            case JSON -> JsonReportWriter.writeArray(results.stream().map(RunResult::toReportRow).toList(), out);
            case CSV -> CsvReportWriter.write(results.stream().map(RunResult::toReportRow).toList(), out);
            case TEXT, MD -> {
                TextTable table = new TextTable(SUMMARY.stream().map(Column::header).toList(),
                        SUMMARY.stream().map(Column::numeric).toList());
                for (RunResult r : results) {
                    List<String> cells = new ArrayList<>();
                    for (Column c : SUMMARY) {
                        String v = c.cell().apply(r);
                        cells.add(v == null ? NONE : v);
                    }
                    table.add(cells);
                }
                if (format == ReportFormatType.TEXT) {
                    table.writeText(out);
                } else {
                    table.writeMarkdown(out);
                }
            }
        }
    }

    /** A fraction as a percentage with two decimals, so a column of accuracies lines up: {@code 89.00}. */
    private static String percent(Double fraction) {
        return fraction == null ? null : String.format(Locale.ROOT, "%.2f", fraction * 100);
    }

    private static String scaled(Double value, double factor) {
        return value == null ? null : NumberText.significant(value * factor, 4);
    }

    private static String breakdown(Map<String, ? extends Number> map, double factor) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ? extends Number> e : map.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(NumberText.significant(e.getValue().doubleValue() * factor, 4));
        }
        return sb.toString();
    }
}
