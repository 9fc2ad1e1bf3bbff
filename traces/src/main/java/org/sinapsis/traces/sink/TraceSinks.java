// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;

/** Chooses and combines sinks, as a command line needs to for {@code --trace FILE} options. */
public final class TraceSinks {
    private TraceSinks() {
    }

    /**
     * Opens a file sink chosen by the file name's extension, ignoring case: {@code .json} gives a
     * {@link ChromeTraceSink} (with no extra {@code otherData}), {@code .csv} a
     * {@link CsvTraceSink}.
     *
     * @param file the trace file to write
     * @param timeBase what event ticks mean
     * @return the sink; the file appears when it is closed
     * @throws IllegalArgumentException if the extension is neither {@code .json} nor {@code .csv}
     * @throws IOException if the file cannot be opened or written
     */
    public static TraceSink create(Path file, TimeBase timeBase) throws IOException {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return ChromeTraceSink.create(file, timeBase, TraceArgs.empty());
        }
        if (name.endsWith(".csv")) {
            return CsvTraceSink.create(file, timeBase);
        }
        throw new IllegalArgumentException("cannot tell the trace format of '" + file
                + "': name it *.json for Chrome trace-event JSON (chrome://tracing, Perfetto) or *.csv for CSV");
    }

    /**
     * One sink for all of {@code sinks}: {@link NullSink#INSTANCE} for none, the sink itself for
     * one, a {@link TeeSink} for more.
     *
     * @param sinks the sinks, none null
     * @return the combined sink
     * @throws NullPointerException if the list or a sink is null
     */
    public static TraceSink combine(List<? extends TraceSink> sinks) {
        List<TraceSink> copy = List.copyOf(sinks);
        return switch (copy.size()) {
            case 0 -> NullSink.INSTANCE;
            case 1 -> copy.get(0);
            default -> TeeSink.of(copy);
        };
    }
}
