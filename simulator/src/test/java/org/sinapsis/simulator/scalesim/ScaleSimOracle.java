// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.io.TopologyCsvReader;
import org.sinapsis.networks.io.TopologyFormat;

/**
 * The SCALE-Sim v2 oracle runs copied from {@code shared/oracles/scalesim} into the test resources:
 * {@code results/summary.csv} (one line per run) and {@code results/<run>.csv} (one line per layer).
 */
final class ScaleSimOracle {
    static final Path ROOT = Path.of("src/test/resources/scalesim");

    /** One oracle run. */
    record Run(String id, String config, String topology, TopologyFormat format, long totalCycles, double wallSeconds,
            long maxRssKiB) {

        ScaleSimConfig readConfig() {
            return ScaleSimConfigReader.read(ROOT.resolve("configs").resolve(config));
        }

        List<ScaleSimLayer> layers() {
            return ScaleSimLayer.of(TopologyCsvReader.read(ROOT.resolve("topologies").resolve(topology), format));
        }

        List<Map<String, String>> expected() {
            return table(ROOT.resolve("results").resolve(id + ".csv"));
        }
    }

    private ScaleSimOracle() {
    }

    /** Every run of summary.csv, reruns included. */
    static List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (Map<String, String> row : table(ROOT.resolve("results/summary.csv"))) {
            runs.add(new Run(row.get("run_id"), row.get("config"), row.get("topology"),
                    row.get("input_type").equals("gemm") ? TopologyFormat.GEMM : TopologyFormat.CONV,
                    Long.parseLong(row.get("total_cycles")), Double.parseDouble(row.get("wall_s")),
                    Long.parseLong(row.get("max_rss_kB"))));
        }
        return runs;
    }

    /** The USER-bandwidth runs (not in summary.csv). */
    static List<Run> userBandwidthRuns() {
        List<Run> runs = new ArrayList<>();
        for (int bw : new int[] {10, 4, 1}) {
            runs.add(new Run("user_bw" + bw + "_fc1b64_32ws", "scale32_ws_user_bw" + bw + ".cfg", "fc1_784x512_b64.csv",
                    TopologyFormat.CONV, 0, 0, 0));
        }
        return runs;
    }

    static List<Map<String, String>> table(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), cells[i].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
