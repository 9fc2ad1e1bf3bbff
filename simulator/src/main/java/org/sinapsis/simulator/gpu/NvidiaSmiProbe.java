// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sinapsis.simulator.gpu.aparapi.ExecutionDevice;

/**
 * Board power of an NVIDIA GPU from {@code nvidia-smi --query-gpu=power.draw -lms 20}, read
 * while the timed runs execute and integrated by {@link PowerSamples}.
 *
 * <p>Used only when the OpenCL device is an NVIDIA GPU and exactly one GPU listed by
 * {@code nvidia-smi} has the OpenCL device's name (otherwise the reading cannot be attributed).
 * Caveats: {@code power.draw} is the board's power, and on many boards it is averaged by the
 * driver over up to a second, so timed windows shorter than a few seconds under-resolve it; the
 * polling interval is 20 ms.
 */
final class NvidiaSmiProbe implements EnergyProbe {
    private static final int INTERVAL_MS = 20;

    private final String executable;
    private final int index;
    private final PowerSamples samples = new PowerSamples();
    private Process process;
    private Thread reader;
    private long startNanos;

    private NvidiaSmiProbe(String executable, int index) {
        this.executable = executable;
        this.index = index;
    }

    /** A probe for {@code device}, or empty when it is not an NVIDIA GPU {@code nvidia-smi} can attribute. */
    static Optional<NvidiaSmiProbe> forDevice(ExecutionDevice device) {
        if (!device.gpu() || !device.vendor().toUpperCase(Locale.ROOT).contains("NVIDIA")) {
            return Optional.empty();
        }
        Optional<String> smi = onPath("nvidia-smi");
        if (smi.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(smi.get(), "--query-gpu=index,name", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return matchingIndex(lines, device.name()).map(i -> new NvidiaSmiProbe(smi.get(), i));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The index of the only {@code index, name} line whose name is {@code name}, or empty when
     * none or several match.
     */
    static Optional<Integer> matchingIndex(List<String> indexNameLines, String name) {
        Integer found = null;
        for (String line : indexNameLines) {
            int comma = line.indexOf(',');
            if (comma < 0) {
                continue;
            }
            if (line.substring(comma + 1).trim().equals(name)) {
                if (found != null) {
                    return Optional.empty();
                }
                try {
                    found = Integer.parseInt(line.substring(0, comma).trim());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public String source() {
        return "measured:nvidia-smi";
    }

    @Override
    public void start() throws IOException {
        process = new ProcessBuilder(executable, "--query-gpu=power.draw", "--format=csv,noheader,nounits",
                "-i", String.valueOf(index), "-lms", String.valueOf(INTERVAL_MS)).redirectErrorStream(true).start();
        reader = new Thread(this::read, "nvidia-smi-power");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (samples.size() == 0 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.onSpinWait();
        }
        startNanos = System.nanoTime();
    }

    @Override
    public double stopJoules() throws IOException {
        long end = System.nanoTime();
        try {
            Thread.sleep(2L * INTERVAL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return samples.joules(startNanos, end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping nvidia-smi", e);
        } catch (IllegalStateException e) {
            throw new IOException("nvidia-smi: " + e.getMessage(), e);
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                try {
                    samples.add(System.nanoTime(), Double.parseDouble(line.trim()));
                } catch (NumberFormatException e) {
                    // "[N/A]" or a message: not a reading
                }
            }
        } catch (IOException e) {
            // the process ended; the readings so far stand
        }
    }

    private static Optional<String> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.isFile() && f.canExecute()) {
                return Optional.of(f.getPath());
            }
        }
        return Optional.empty();
    }
}
