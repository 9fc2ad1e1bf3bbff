// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Package energy from Linux powercap (Intel RAPL, and AMD on recent kernels): the sum over
 * {@code /sys/class/powercap/intel-rapl:N/energy_uj} of every package zone, with counter
 * wrap-around handled through {@code max_energy_range_uj}.
 *
 * <p>What it measures: the whole package (all cores, uncore, caches) while the run is timed,
 * including other processes' work and idle power. Not measured: DRAM (a separate zone on some
 * hosts) and the rest of the board. Reading needs permission to the files (root on most
 * distributions since 2020); without it, or on hosts without powercap (virtual machines),
 * {@link #open()} is empty and the run reports no energy. Public for the GPU path, whose OpenCL
 * CPU device and Java thread pool run on this package.
 */
public final class RaplEnergyMeter {
    private static final Path POWERCAP = Path.of("/sys/class/powercap");

    private record Zone(Path energy, long rangeMicrojoules) {
    }

    private final List<Zone> zones;

    private RaplEnergyMeter(List<Zone> zones) {
        this.zones = zones;
    }

    /** A meter over every readable package zone, or empty when there is none. */
    public static Optional<RaplEnergyMeter> open() {
        if (!Files.isDirectory(POWERCAP)) {
            return Optional.empty();
        }
        List<Zone> zones = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(POWERCAP, "intel-rapl:[0-9]*")) {
            for (Path dir : dirs) {
                if (dir.getFileName().toString().indexOf(':', "intel-rapl:".length()) >= 0) {
                    continue;
                }
                Path energy = dir.resolve("energy_uj");
                Path range = dir.resolve("max_energy_range_uj");
                if (!Files.isReadable(energy) || !Files.isReadable(range)) {
                    return Optional.empty();
                }
                zones.add(new Zone(energy, readLong(range)));
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        zones.sort((a, b) -> a.energy().toString().compareTo(b.energy().toString()));
        return zones.isEmpty() ? Optional.empty() : Optional.of(new RaplEnergyMeter(List.copyOf(zones)));
    }

    /** The current counter of every zone, in microjoules, in zone order. */
    public long[] read() throws IOException {
        long[] values = new long[zones.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readLong(zones.get(i).energy());
        }
        return values;
    }

    /** Joules used between two {@link #read()}s, each zone's wrap-around undone. */
    public double joulesBetween(long[] before, long[] after) {
        long micro = 0;
        for (int i = 0; i < before.length; i++) {
            long delta = after[i] - before[i];
            if (delta < 0) {
                delta += zones.get(i).rangeMicrojoules();
            }
            micro += delta;
        }
        return micro / 1e6;
    }

    private static long readLong(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).trim());
    }
}
