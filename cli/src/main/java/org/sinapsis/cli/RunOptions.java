// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.traces.format.ReportFormatType;
import org.sinapsis.traces.sink.TraceSinks;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code compare} share (a picocli mixin). */
final class RunOptions {
    @Option(names = "--batch", paramLabel = "N",
            description = "Examples per batch (default: the network's; the TPU-paper workloads use Table 1's).")
    Integer batch;

    @Option(names = "--precision", paramLabel = "P",
            description = "int8, int16, bf16, fp32, fixed18 or bfp8 (default: each target's own).")
    Precision precision;

    @Option(names = "--timesteps", paramLabel = "T",
            description = "Spiking targets: ticks each input is presented for (default: 64).")
    Integer timesteps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for weights, inputs and anything random in a run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Output format: text, md, csv or json (default: ${DEFAULT-VALUE}).")
    ReportFormatType format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the results (JSON and CSV) and the effective specs under DIR/<run-name>/.")
    Path out;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Trained weights (a model file from 'sinapsis train'; default: the network's bundled "
                    + "model if it has one, else random weights from the seed).")
    Path model;

    @Option(names = "--data", paramLabel = "DIR|synthetic",
            description = "Images for inputs and accuracy: an MNIST-format directory, or 'synthetic' (default: the "
                    + "installed Fashion-MNIST, for networks its images fit).")
    String data;
    /** {@code --data} resolved once, so every workload of a command shares its data sets, read once. */
    private DataSources sources;

    @Option(names = "--samples", paramLabel = "N",
            description = "Test images to measure accuracy on (default: " + WorkloadFactory.DEFAULT_SAMPLES
                    + " when the data fit the network; 0: none).")
    Integer samples;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write a trace: FILE.json is Chrome trace-event JSON (Perfetto, chrome://tracing), "
                    + "FILE.csv one event per row.")
    Path trace;

    /** The batch: the flag's value, or the network's default. */
    int batch(int networkDefault) {
        return Options.batch(batch, networkDefault);
    }

    /** {@code --timesteps}: the given count (at least 1), or empty. */
    OptionalInt timesteps() {
        if (timesteps == null) {
            return OptionalInt.empty();
        }
        if (timesteps < 1) {
            throw new InvalidInputException("--timesteps", 0, null, "must be at least 1, got " + timesteps);
        }
        return OptionalInt.of(timesteps);
    }

    /** The precision asked for, if any. */
    Optional<Precision> precision() {
        return Optional.ofNullable(precision);
    }

    /**
     * The workload every target of the command runs: weights, inputs, labelled samples and int8
     * calibration from {@code --model}, {@code --data} and {@code --samples}, as
     * {@link WorkloadFactory} describes; notes go to {@code err}.
     */
    Workload workload(Network network, int batchSize, PrintWriter err) {
        return workloads(network, List.of(batchSize), err).get(0);
    }

    /** One workload per batch size, sharing the model, data and int8 network ({@link WorkloadFactory}). */
    List<Workload> workloads(Network network, List<Integer> batchSizes, PrintWriter err) {
        if (sources == null) {
            sources = DataSources.resolve(data);
        }
        return WorkloadFactory.create(network, batchSizes, seed, model, sources, samples, err);
    }

    /** Opens {@code --trace}, with {@code suffix} inserted before the extension ({@code t-cpu.json}); none when off. */
    TraceOpener traceOpener(String suffix) {
        if (trace == null) {
            return TraceOpener.NONE;
        }
        String name = trace.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".csv")) {
            throw new InvalidInputException("--trace", 0, null, "'" + trace + "': name the file *.json (Chrome "
                    + "trace-event JSON) or *.csv");
        }
        int dot = name.lastIndexOf('.');
        Path file = suffix.isEmpty() ? trace
                : trace.resolveSibling(name.substring(0, dot) + "-" + suffix + name.substring(dot));
        return timeBase -> TraceSinks.create(file, timeBase);
    }
}
