// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.io.TopologyCsvReader;
import org.sinapsis.networks.io.TopologyFormat;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.networks.zoo.ZooEntry;

/**
 * Turns a {@code --net} value into a network: a zoo name, or a SCALE-Sim topology CSV whose form
 * (conv or GEMM) is read from its header ({@code Layer, M, N, K} is GEMM; anything else conv).
 */
final class NetworkResolver {
    private NetworkResolver() {
    }

    /** A resolved network and the batch to use when the user gives none. */
    record Resolved(Network network, int defaultBatch) {
    }

    static Resolved resolve(String nameOrFile, String option) {
        var entry = Zoo.find(nameOrFile);
        if (entry.isPresent()) {
            ZooEntry e = entry.get();
            return new Resolved(e.network(), e.defaultBatch());
        }
        if (nameOrFile.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Path file = Path.of(nameOrFile);
            return new Resolved(TopologyCsvReader.read(file, detect(file)), 1);
        }
        throw new InvalidInputException(option, 0, null, "unknown network '" + nameOrFile + "'; known: "
                + String.join(", ", Zoo.entries().stream().map(ZooEntry::name).toList())
                + " (or a SCALE-Sim topology .csv file)");
    }

    private static TopologyFormat detect(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new InvalidInputException(file.toString(), 0, null, "the file is empty");
            }
            String[] cols = header.split(",");
            boolean gemm = cols.length >= 4 && cols[1].trim().equalsIgnoreCase("M")
                    && cols[2].trim().equalsIgnoreCase("N") && cols[3].trim().equalsIgnoreCase("K");
            return gemm ? TopologyFormat.GEMM : TopologyFormat.CONV;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
    }
}
