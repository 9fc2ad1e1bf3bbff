// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.QuantizationConfig;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Quantizer;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.train.TrainedModel;
import org.sinapsis.networks.train.TrainedModels;
import org.sinapsis.traces.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis eval --net NAME}: test accuracy of a trained model in fp32 and int8, side by
 * side, and a confusion matrix for each.
 *
 * <p>fp32 is the fp32 reference executor; int8 is the int8 reference executor on the post-training
 * quantization every int8 target runs ({@link QuantizationConfig#defaults()}: per-channel weights,
 * absolute-maximum activation ranges calibrated on the first {@value DataSources#CALIBRATION_IMAGES}
 * training images), so the int8 figure is the one the int8 machines must reproduce.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Test accuracy of a trained model, fp32 and int8 side by side, with confusion matrices.")
final class EvalCommand implements Callable<Integer> {
    /** Test images per executor call, so memory stays bounded. */
    private static final int CHUNK = 500;

    @Spec
    private CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NAME", description = "A zoo network.")
    private String net;

    @Option(names = "--model", paramLabel = "FILE",
            description = "The model file (default: the network's bundled trained model).")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "An MNIST-format directory (default: the installed Fashion-MNIST).")
    private Path data;

    @Option(names = "--samples", paramLabel = "N", description = "Test images to score (default: all).")
    private Integer samples;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads of the executors (default: every hardware thread; results do not depend on it).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        Network network = NetworkResolver.resolve(net, "--net").network();
        TrainedModel trained = model != null ? TrainedModels.read(model, network)
                : TrainedModels.bundled(network).orElseThrow(() -> new InvalidInputException("--model", 0, null,
                        "network '" + network.name() + "' has no bundled trained model; give --model FILE (make"
                                + " one with 'sinapsis train --net " + network.name() + "')"));
        if (threads != null && threads < 1) {
            throw new InvalidInputException("--threads", 0, null, "must be at least 1, got " + threads);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        DataSources sources = DataSources.resolve(data == null ? null : data.toString());
        if (sources.files().isEmpty()) {
            throw new InvalidInputException("--data", 0, null, FashionMnist.missingMessage());
        }
        ImageDataset test = sources.test();
        if (!test.fits(network)) {
            throw new InvalidInputException("--net", 0, null, "network '" + network.name() + "' does not classify "
                    + test.name() + " images " + test.imageShape() + " in " + test.classes() + " classes");
        }
        int count = samples == null ? test.size() : samples;
        if (count < 1 || count > test.size()) {
            throw new InvalidInputException("--samples", 0, null, "must be in [1, " + test.size() + "], got " + count);
        }
        String input = network.inputs().get(0).name();
        Fp32Executor fp32 = new Fp32Executor(network, trained.parameters(), t);
        QuantizedNetwork quantized = Quantizer.quantize(network, trained.parameters(), sources.calibrationImages(),
                QuantizationConfig.defaults());
        Int8Executor int8 = new Int8Executor(quantized, t);
        int[][] fp32Confusion = confusion(test, count, x -> fp32.run(Map.of(input, x)).values().iterator()
                .next());
        int[][] int8Confusion = confusion(test, count, x -> int8.run(Map.of(input, x)).output());

        PrintWriter out = spec.commandLine().getOut();
        String what = count == test.size() ? "all " + count : "first " + count + " of " + test.size();
        out.println(network.name() + " on " + test.name() + " (" + what + " images), " + trained.source());
        Optional.ofNullable(trained.info().get("trained_with")).ifPresent(c -> out.println("trained with: " + c));
        out.println();
        TextTable summary = new TextTable(List.of("precision", "accuracy [%]", "correct", "samples", "executor"),
                List.of(false, true, true, true, false));
        int fp32Correct = trace(fp32Confusion);
        int int8Correct = trace(int8Confusion);
        summary.add(List.of("fp32", percent(fp32Correct, count), String.valueOf(fp32Correct), String.valueOf(count),
                "fp32 reference executor"));
        summary.add(List.of("int8", percent(int8Correct, count), String.valueOf(int8Correct), String.valueOf(count),
                "int8 reference executor, calibrated on "
                        + Math.min(DataSources.CALIBRATION_IMAGES, sources.train().size()) + " training images"));
        summary.writeText(out);
        out.println(String.format(Locale.ROOT, "int8 - fp32: %+.2f percentage points",
                100.0 * (int8Correct - fp32Correct) / count));
        List<String> names = test.name().startsWith(FashionMnist.NAME + " ") ? FashionMnist.CLASS_NAMES : null;
        writeConfusion(out, "fp32", fp32Confusion, names);
        writeConfusion(out, "int8", int8Confusion, names);
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code confusion[true][predicted]} over the first {@code count} test images. */
    private static int[][] confusion(ImageDataset test, int count, Function<Tensor, Tensor> scores) {
        int classes = test.classes();
        int[][] m = new int[classes][classes];
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            float[] s = scores.apply(test.images(from, n)).data();
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (s[i * classes + c] > s[i * classes + best]) {
                        best = c;
                    }
                }
                m[test.label(from + i)][best]++;
            }
        }
        return m;
    }

    private static void writeConfusion(PrintWriter out, String precision, int[][] m, List<String> names)
            throws IOException {
        out.println();
        out.println("confusion matrix, " + precision + " (rows: true class, columns: predicted class)");
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        headers.add("true class");
        numeric.add(false);
        for (int c = 0; c < m.length; c++) {
            headers.add(String.valueOf(c));
            numeric.add(true);
        }
        headers.add("recall [%]");
        numeric.add(true);
        TextTable table = new TextTable(headers, numeric);
        for (int r = 0; r < m.length; r++) {
            List<String> row = new ArrayList<>();
            row.add(r + (names == null ? "" : " " + names.get(r)));
            int total = 0;
            for (int c = 0; c < m.length; c++) {
                row.add(String.valueOf(m[r][c]));
                total += m[r][c];
            }
            row.add(total == 0 ? "n/a" : percent(m[r][r], total));
            table.add(row);
        }
        table.writeText(out);
    }

    private static int trace(int[][] m) {
        int t = 0;
        for (int i = 0; i < m.length; i++) {
            t += m[i][i];
        }
        return t;
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f", 100.0 * part / whole);
    }
}
