// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.networks.InvalidInputException;

/**
 * Reads a SCALE-Sim v2 configuration file (Python {@code configparser} INI, as in SCALE-Sim's
 * {@code scale_config.py}): sections {@code [general]} ({@code run_name}),
 * {@code [architecture_presets]} ({@code ArrayHeight}, {@code ArrayWidth}, {@code IfmapSramSzkB},
 * {@code FilterSramSzkB}, {@code OfmapSramSzkB}, {@code IfmapOffset}, {@code FilterOffset},
 * {@code OfmapOffset}, {@code Dataflow}, {@code Bandwidth}), {@code [run_presets]}
 * ({@code InterfaceBandwidth}: {@code CALC} or {@code USER}) and an optional
 * {@code [network_presets]} ({@code TopologyCsvLoc}). Keys are case-insensitive and separated from
 * values by {@code :} or {@code =}; lines starting with {@code #} or {@code ;} are comments.
 *
 * <p>Stricter than SCALE-Sim: a missing or malformed value, an unknown section or key, or a key
 * given twice is an error naming the file, line and key (configparser would crash later or ignore
 * it). {@code MemoryBanks} is accepted and ignored, as SCALE-Sim v2 ignores it. {@code Bandwidth}
 * is read only in USER mode, where SCALE-Sim uses its first value for all three operands.
 */
public final class ScaleSimConfigReader {
    /** The clock given to the array: SCALE-Sim has none, its results are cycles. */
    static final double NOMINAL_CLOCK_HZ = 1e9;

    private static final Map<String, Set<String>> KEYS = Map.of(
            "general", Set.of("run_name"),
            "architecture_presets", Set.of("arrayheight", "arraywidth", "ifmapsramszkb", "filtersramszkb",
                    "ofmapsramszkb", "ifmapoffset", "filteroffset", "ofmapoffset", "dataflow", "bandwidth",
                    "memorybanks"),
            "run_presets", Set.of("interfacebandwidth"),
            "network_presets", Set.of("topologycsvloc"));

    private ScaleSimConfigReader() {
    }

    /** A value and the line it was on. */
    private record Entry(String value, int line) {
    }

    /**
     * Reads {@code file}.
     *
     * @throws InvalidInputException naming the file, line and key of the first problem
     */
    public static ScaleSimConfig read(Path file) {
        String source = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, null, "cannot read: " + e.getMessage());
        }
        Map<String, Entry> values = new HashMap<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNr = i + 1;
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith(";")) {
                continue;
            }
            if (text.startsWith("[")) {
                if (!text.endsWith("]")) {
                    throw new InvalidInputException(source, lineNr, null, "unclosed section header '" + text + "'");
                }
                section = text.substring(1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
                if (!KEYS.containsKey(section)) {
                    throw new InvalidInputException(source, lineNr, null, "unknown section [" + section + "]; known: "
                            + String.join(", ", KEYS.keySet().stream().sorted().toList()));
                }
                continue;
            }
            int sep = firstSeparator(text);
            if (sep <= 0) {
                throw new InvalidInputException(source, lineNr, null, "expected 'key: value', got '" + text + "'");
            }
            String written = text.substring(0, sep).strip();
            String key = written.toLowerCase(Locale.ROOT);
            String value = text.substring(sep + 1).strip();
            if (section == null) {
                throw new InvalidInputException(source, lineNr, written, "outside any [section]");
            }
            if (!KEYS.get(section).contains(key)) {
                throw new InvalidInputException(source, lineNr, written, "unknown key in [" + section + "]");
            }
            if (values.put(key, new Entry(value, lineNr)) != null) {
                throw new InvalidInputException(source, lineNr, written, "given twice");
            }
        }
        String runName = require(source, values, "run_name").value();
        if (runName.isEmpty() || runName.contains("/") || runName.contains("\\") || runName.equals("..")) {
            throw new InvalidInputException(source, values.get("run_name").line(), "run_name",
                    "must be a folder name, got '" + runName + "'");
        }
        int rows = positiveInt(source, values, "arrayheight");
        int cols = positiveInt(source, values, "arraywidth");
        int ifmap = positiveInt(source, values, "ifmapsramszkb");
        int filter = positiveInt(source, values, "filtersramszkb");
        int ofmap = positiveInt(source, values, "ofmapsramszkb");
        long ifmapOffset = nonNegativeLong(source, values, "ifmapoffset");
        long filterOffset = nonNegativeLong(source, values, "filteroffset");
        long ofmapOffset = nonNegativeLong(source, values, "ofmapoffset");
        Entry dataflowEntry = require(source, values, "dataflow");
        Dataflow dataflow;
        try {
            dataflow = Dataflow.fromShortName(dataflowEntry.value());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, dataflowEntry.line(), "Dataflow", e.getMessage());
        }
        Entry mode = require(source, values, "interfacebandwidth");
        OptionalDouble bandwidth;
        switch (mode.value().toUpperCase(Locale.ROOT)) {
            case "CALC" -> bandwidth = OptionalDouble.empty();
            case "USER" -> {
                Entry bw = require(source, values, "bandwidth");
                String first = bw.value().split(",")[0].strip();
                int words;
                try {
                    words = Integer.parseInt(first);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(source, bw.line(), "Bandwidth", "expected a positive integer, got '"
                            + first + "'");
                }
                if (words < 1) {
                    throw new InvalidInputException(source, bw.line(), "Bandwidth", "must be at least 1, got " + words);
                }
                bandwidth = OptionalDouble.of(words);
            }
            default -> throw new InvalidInputException(source, mode.line(), "InterfaceBandwidth",
                    "expected CALC or USER, got '" + mode.value() + "'");
        }
        SystolicArraySpec spec = new SystolicArraySpec(runName, "SCALE-Sim configuration " + file.getFileName(), rows,
                cols, dataflow, ifmap, filter, ofmap, 1, bandwidth, NOMINAL_CLOCK_HZ, SystolicTiming.SCALE_SIM,
                "horowitz-45nm");
        Entry topology = values.get("topologycsvloc");
        return new ScaleSimConfig(runName, spec, ifmapOffset, filterOffset, ofmapOffset,
                topology == null ? null : topology.value());
    }

    private static int firstSeparator(String text) {
        int colon = text.indexOf(':');
        int eq = text.indexOf('=');
        if (colon < 0) {
            return eq;
        }
        return eq < 0 ? colon : Math.min(colon, eq);
    }

    private static Entry require(String source, Map<String, Entry> values, String key) {
        Entry e = values.get(key);
        if (e == null) {
            throw new InvalidInputException(source, 0, displayName(key), "missing");
        }
        return e;
    }

    private static int positiveInt(String source, Map<String, Entry> values, String key) {
        long v = nonNegativeLong(source, values, key);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new InvalidInputException(source, values.get(key).line(), displayName(key),
                    "expected a positive integer, got '" + values.get(key).value() + "'");
        }
        return (int) v;
    }

    private static long nonNegativeLong(String source, Map<String, Entry> values, String key) {
        Entry e = require(source, values, key);
        try {
            long v = Long.parseLong(e.value());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException ex) {
            // reported below with the text as written
        }
        throw new InvalidInputException(source, e.line(), displayName(key), "expected a non-negative integer, got '"
                + e.value() + "'");
    }

    private static String displayName(String key) {
        return switch (key) {
            case "arrayheight" -> "ArrayHeight";
            case "arraywidth" -> "ArrayWidth";
            case "ifmapsramszkb" -> "IfmapSramSzkB";
            case "filtersramszkb" -> "FilterSramSzkB";
            case "ofmapsramszkb" -> "OfmapSramSzkB";
            case "ifmapoffset" -> "IfmapOffset";
            case "filteroffset" -> "FilterOffset";
            case "ofmapoffset" -> "OfmapOffset";
            case "dataflow" -> "Dataflow";
            case "bandwidth" -> "Bandwidth";
            case "interfacebandwidth" -> "InterfaceBandwidth";
            default -> key;
        };
    }
}
