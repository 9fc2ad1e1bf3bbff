// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.train.Optimizer;
import org.sinapsis.networks.train.Trainer;
import org.sinapsis.networks.train.TrainedModels;
import org.sinapsis.networks.train.TrainingConfig;
import org.sinapsis.networks.train.TrainingResult;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.networks.zoo.ZooEntry;
import org.sinapsis.traces.format.AtomicOutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis train --net NAME}: trains a zoo network on Fashion-MNIST (or another
 * MNIST-format set) and writes a model file.
 *
 * <p>Progress goes to stderr; the summary (best epoch, validation and test accuracy) to stdout.
 * The model file records the full command that reproduces it ({@code trained_with}, every
 * hyper-parameter spelled out) and is written whole or not at all. The same command gives the
 * same bytes on any machine and with any {@code --threads}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a network on Fashion-MNIST (or --data DIR) and write its model file.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "NAME",
            description = "A zoo network that classifies the data's images: perceptron, fashion-mlp, fashion-cnn.")
    private String net;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "20",
            description = "The most epochs (early stopping may end sooner; default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the initialization, validation split and shuffles (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The model file to write (default: NAME.safetensors in the current directory).")
    private Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "An MNIST-format directory (default: the installed Fashion-MNIST).")
    private Path data;

    @Option(names = "--optimizer", paramLabel = "O", defaultValue = "adam",
            description = "adam or sgd (with momentum; default: ${DEFAULT-VALUE}).")
    private Optimizer optimizer;

    @Option(names = "--learning-rate", paramLabel = "LR", defaultValue = "0.001",
            description = "Step size (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    @Option(names = "--lr-decay", paramLabel = "F", defaultValue = "1",
            description = "Learning-rate factor applied after every epoch, in (0, 1] (default: ${DEFAULT-VALUE}).")
    private double learningRateDecay;

    @Option(names = "--momentum", paramLabel = "M", defaultValue = "0.9",
            description = "SGD momentum in [0, 1) (default: ${DEFAULT-VALUE}; Adam ignores it).")
    private double momentum;

    @Option(names = "--weight-decay", paramLabel = "L", defaultValue = "0",
            description = "L2 regularization of the weights (not biases; default: ${DEFAULT-VALUE}).")
    private double weightDecay;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "64",
            description = "Examples per mini-batch (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--validation", paramLabel = "N", defaultValue = "5000",
            description = "Training images held out for validation and early stopping; 0: none "
                    + "(default: ${DEFAULT-VALUE}).")
    private int validation;

    @Option(names = "--patience", paramLabel = "P", defaultValue = "5",
            description = "Stop after P epochs without a better validation accuracy (default: ${DEFAULT-VALUE}).")
    private int patience;

    @Option(names = "--limit", paramLabel = "N",
            description = "Use only the first N training images (quick runs; default: all).")
    private Integer limit;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads to train on (default: every hardware thread; the result does not depend on it).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        ZooEntry entry = Zoo.find(net).orElseThrow(() -> new InvalidInputException("--net", 0, null,
                "unknown network '" + net + "'; trainable zoo networks: perceptron, fashion-mlp, fashion-cnn"));
        Network network = entry.network();
        TrainingConfig config = config();
        Trainer trainer = new Trainer(network, config);
        DataSources sources = DataSources.resolve(data == null ? null : data.toString());
        if (sources.files().isEmpty()) {
            throw new InvalidInputException("--data", 0, null, FashionMnist.missingMessage());
        }
        ImageDataset all = sources.train();
        ImageDataset set = all;
        if (limit != null) {
            if (limit < 1 || limit > all.size()) {
                throw new InvalidInputException("--limit", 0, null, "must be in [1, " + all.size() + "], got " + limit);
            }
            set = limit == all.size() ? all : all.slice(all.name() + ", first " + limit, 0, limit);
        }
        if (!set.fits(network)) {
            throw new InvalidInputException("--net", 0, null, "network '" + network.name() + "' does not classify "
                    + set.name() + " images " + set.imageShape() + " in " + set.classes() + " classes");
        }
        if (validation >= set.size()) {
            throw new InvalidInputException("--validation", 0, null, validation + " leaves none of the " + set.size()
                    + " training images to train on");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("sinapsis: training " + network.name() + " on " + set.name() + " (" + (set.size() - validation)
                + " images, " + validation + " for validation) with " + config.threads() + " thread(s)");
        err.flush();
        TrainingResult result = trainer.train(set, new TrainingProgress(err, epochs, System.console() != null));

        Path file = out != null ? out : Path.of(network.name() + ".safetensors");
        try (AtomicOutputFile f = AtomicOutputFile.create(file)) {
            TrainedModels.write(result.parameters(), info(network, set, result), f.stream());
            f.commit();
        }
        double[] test = trainer.score(result.parameters(), sources.test());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "%s: best epoch %d of %d%s, validation accuracy %s, test accuracy"
                + " %.2f %% (fp32, %d images of %s)", network.name(), result.bestEpoch(), result.epochs().size(),
                result.stoppedEarly() ? " (stopped early)" : "",
                result.best().validationAccuracy().isPresent() ? String.format(Locale.ROOT, "%.2f %%",
                        100 * result.best().validationAccuracy().getAsDouble()) : "n/a",
                100 * test[1], sources.test().size(), sources.test().name()));
        stdout.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        stdout.flush();
        return ExitCodes.OK;
    }

    private TrainingConfig config() {
        check(epochs >= 1, "--epochs", "must be at least 1, got " + epochs);
        check(learningRate > 0 && Double.isFinite(learningRate), "--learning-rate", "must be > 0, got " + learningRate);
        check(learningRateDecay > 0 && learningRateDecay <= 1, "--lr-decay", "must be in (0, 1], got "
                + learningRateDecay);
        check(momentum >= 0 && momentum < 1, "--momentum", "must be in [0, 1), got " + momentum);
        check(weightDecay >= 0 && Double.isFinite(weightDecay), "--weight-decay", "must be >= 0, got " + weightDecay);
        check(batchSize >= 1, "--batch-size", "must be at least 1, got " + batchSize);
        check(validation >= 0, "--validation", "must be at least 0, got " + validation);
        check(patience >= 1, "--patience", "must be at least 1, got " + patience);
        check(threads == null || threads >= 1, "--threads", "must be at least 1, got " + threads);
        return TrainingConfig.defaults().withOptimizer(optimizer).withLearningRate(learningRate, learningRateDecay)
                .withMomentum(momentum).withWeightDecay(weightDecay).withBatches(batchSize, epochs)
                .withValidation(validation, patience).withSeed(seed)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /** The model file's description: the command that reproduces it, and what it reached. */
    private Map<String, String> info(Network network, ImageDataset set, TrainingResult result) {
        StringBuilder command = new StringBuilder("sinapsis train --net ").append(network.name());
        if (data != null) {
            command.append(" --data ").append(data);
        }
        if (limit != null) {
            command.append(" --limit ").append(limit);
        }
        command.append(" --epochs ").append(epochs).append(" --seed ").append(seed)
                .append(" --optimizer ").append(optimizer.label())
                .append(" --learning-rate ").append(number(learningRate))
                .append(" --lr-decay ").append(number(learningRateDecay))
                .append(" --momentum ").append(number(momentum))
                .append(" --weight-decay ").append(number(weightDecay))
                .append(" --batch-size ").append(batchSize)
                .append(" --validation ").append(validation)
                .append(" --patience ").append(patience);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("trained_with", command.toString());
        info.put("dataset", set.name() + " (" + result.trainingExamples() + " trained, " + result.validationExamples()
                + " held out for validation)");
        info.put("epochs_trained", String.valueOf(result.epochs().size()));
        info.put("best_epoch", String.valueOf(result.bestEpoch()));
        result.best().validationAccuracy().ifPresent(a -> info.put("validation_accuracy", number(a)));
        result.best().validationLoss().ifPresent(l -> info.put("validation_loss_nats", number(l)));
        return info;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void check(boolean ok, String flag, String detail) {
        if (!ok) {
            throw new InvalidInputException(flag, 0, null, detail);
        }
    }
}
