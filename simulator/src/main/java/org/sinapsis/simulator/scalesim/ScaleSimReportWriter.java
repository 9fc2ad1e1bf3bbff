// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.sinapsis.traces.format.AtomicOutputFile;

/**
 * Writes SCALE-Sim's three reports, byte for byte in its format ({@code simulator.py}):
 * {@code COMPUTE_REPORT.csv}, {@code BANDWIDTH_REPORT.csv} and {@code DETAILED_ACCESS_REPORT.csv},
 * with SCALE-Sim's headers, {@code ", "} separators and trailing comma, integers as integers and
 * floats as Python prints them (cycle columns of the detailed report are floats there, such as
 * {@code 33.0}). Bandwidths are words per cycle: SRAM accesses over Total Cycles, DRAM accesses
 * over {@code stop - start + 1}. Each file is written whole or not at all.
 */
public final class ScaleSimReportWriter {
    /** The compute report's file name. */
    public static final String COMPUTE = "COMPUTE_REPORT.csv";
    /** The bandwidth report's file name. */
    public static final String BANDWIDTH = "BANDWIDTH_REPORT.csv";
    /** The detailed access report's file name. */
    public static final String DETAILED = "DETAILED_ACCESS_REPORT.csv";

    private ScaleSimReportWriter() {
    }

    /** Writes the three reports into {@code directory}. */
    public static void write(Path directory, List<ScaleSimLayerReport> reports) throws IOException {
        write(directory.resolve(COMPUTE), computeReport(reports));
        write(directory.resolve(BANDWIDTH), bandwidthReport(reports));
        write(directory.resolve(DETAILED), detailedReport(reports));
    }

    private static void write(Path file, String text) throws IOException {
        try (AtomicOutputFile out = AtomicOutputFile.create(file)) {
            Writer w = out.writer();
            w.write(text);
            out.commit();
        }
    }

    /** The compute report's text. */
    public static String computeReport(List<ScaleSimLayerReport> reports) {
        StringBuilder sb = new StringBuilder(
                "LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, Compute Util %,\n");
        for (ScaleSimLayerReport r : reports) {
            row(sb, r.layerId(), r.totalCycles(), r.stallCycles(), f(r.overallUtilPercent()),
                    f(r.mappingEfficiencyPercent()), f(r.computeUtilPercent()));
        }
        return sb.toString();
    }

    /** The bandwidth report's text. */
    public static String bandwidthReport(List<ScaleSimLayerReport> reports) {
        StringBuilder sb = new StringBuilder("LayerID, Avg IFMAP SRAM BW, Avg FILTER SRAM BW, Avg OFMAP SRAM BW,"
                + " Avg IFMAP DRAM BW, Avg FILTER DRAM BW, Avg OFMAP DRAM BW,\n");
        for (ScaleSimLayerReport r : reports) {
            double cycles = r.totalCycles();
            long[] start = r.dramStartCycles();
            long[] stop = r.dramStopCycles();
            row(sb, r.layerId(), f(r.sramIfmapReads() / cycles), f(r.sramFilterReads() / cycles),
                    f(r.sramOfmapWrites() / cycles), f(r.dramIfmapReads() / (double) (stop[0] - start[0] + 1)),
                    f(r.dramFilterReads() / (double) (stop[1] - start[1] + 1)),
                    f(r.dramOfmapWrites() / (double) (stop[2] - start[2] + 1)));
        }
        return sb.toString();
    }

    /** The detailed access report's text. */
    public static String detailedReport(List<ScaleSimLayerReport> reports) {
        StringBuilder sb = new StringBuilder("LayerID, SRAM IFMAP Start Cycle, SRAM IFMAP Stop Cycle, SRAM IFMAP Reads,"
                + " SRAM Filter Start Cycle, SRAM Filter Stop Cycle, SRAM Filter Reads, SRAM OFMAP Start Cycle,"
                + " SRAM OFMAP Stop Cycle, SRAM OFMAP Writes, DRAM IFMAP Start Cycle, DRAM IFMAP Stop Cycle,"
                + " DRAM IFMAP Reads, DRAM Filter Start Cycle, DRAM Filter Stop Cycle, DRAM Filter Reads,"
                + " DRAM OFMAP Start Cycle, DRAM OFMAP Stop Cycle, DRAM OFMAP Writes,\n");
        for (ScaleSimLayerReport r : reports) {
            long[] ss = r.sramStartCycles();
            long[] sp = r.sramStopCycles();
            long[] ds = r.dramStartCycles();
            long[] dp = r.dramStopCycles();
            row(sb, r.layerId(), f(ss[0]), f(sp[0]), r.sramIfmapReads(), f(ss[1]), f(sp[1]), r.sramFilterReads(),
                    f(ss[2]), f(sp[2]), r.sramOfmapWrites(), f(ds[0]), f(dp[0]), r.dramIfmapReads(), f(ds[1]), f(dp[1]),
                    r.dramFilterReads(), f(ds[2]), f(dp[2]), r.dramOfmapWrites());
        }
        return sb.toString();
    }

    private static String f(double value) {
        return PythonFloats.repr(value);
    }

    private static void row(StringBuilder sb, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(cells[i]);
        }
        sb.append(",\n");
    }
}
