// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What this host's processor is, for the {@code device} field of measured results. */
final class HostInfo {
    private HostInfo() {
    }

    /** The processor's model name (Linux {@code /proc/cpuinfo}) and the threads used, or the JVM's architecture. */
    static String cpuDescription(int threads) {
        return cpuModel() + " (" + threads + " of " + Runtime.getRuntime().availableProcessors()
                + " hardware threads)";
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        int colon = line.indexOf(':');
                        if (colon >= 0) {
                            return line.substring(colon + 1).trim();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // fall through to the architecture name: the device name is informative only
        }
        return System.getProperty("os.arch") + " CPU";
    }
}
