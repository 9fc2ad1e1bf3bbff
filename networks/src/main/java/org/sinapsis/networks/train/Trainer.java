// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.ParallelTasks;

/**
 * Trains an image classifier by mini-batch gradient descent on the softmax cross-entropy loss.
 *
 * <p>Procedure: parameters start from {@link NetworkParameters#initialize} (He uniform for layers
 * a ReLU reads, Xavier uniform otherwise, zero biases) unless given. {@code validationExamples}
 * images, chosen by a permutation drawn from the seed, are held out; every epoch shuffles the
 * rest (a permutation drawn from the seed and the epoch), cuts it into mini-batches of
 * {@code batchSize} (the last may be smaller), and for each computes the gradient of the mean
 * loss by back-propagation and applies one {@link ParameterUpdate} (SGD with momentum or Adam,
 * L2 weight decay). After each epoch the held-out images are scored; training stops when
 * {@code patience} epochs in a row bring no better validation accuracy, and the best epoch's
 * parameters are returned.
 *
 * <p>Determinism: every mini-batch is cut into shards of {@value #SHARD_EXAMPLES} examples (by
 * position only); each shard's forward and backward pass is one task with its own gradient
 * buffers, and the shard gradients are summed in shard order. Updates are element-wise. The
 * thread count therefore only decides which thread runs a task, so the same data, configuration
 * and seed give bit-identical parameters with any number of threads. Random draws use
 * {@link Random} with seeds derived from the configured one, and transcendental functions
 * {@link StrictMath}, so results are also the same on every platform.
 *
 * <p>Not modelled: dropout, batch normalization, data augmentation and learning-rate warm-up;
 * recurrent and embedding layers cannot be trained.
 */
public final class Trainer {
    /** Examples per shard, the unit of parallel work. */
    static final int SHARD_EXAMPLES = 16;
    /** Parameter elements per task of the gradient sum and update. */
    private static final int UPDATE_BLOCK = 16384;
    /** Examples per task when scoring. */
    private static final int SCORE_EXAMPLES = 64;

    private final TrainableNetwork graph;
    private final TrainingConfig config;
    private final ParallelTasks tasks;

    /**
     * A trainer of {@code network} with {@code config}; its worker threads are daemons, so it
     * needs no closing.
     *
     * @throws InvalidInputException naming the layer when the network cannot be trained (see
     *     {@link TrainableNetwork}'s rules: one input, a final Softmax over class scores, Dense,
     *     Conv2D, pooling, Flatten, Add, ReLU, Sigmoid and Tanh layers)
     */
    public Trainer(Network network, TrainingConfig config) {
        this.graph = new TrainableNetwork(network);
        this.config = config;
        this.tasks = new ParallelTasks(config.threads());
    }

    /** Trains from {@link NetworkParameters#initialize}{@code (network, seed)}. */
    public TrainingResult train(ImageDataset data, TrainingListener listener) {
        return train(NetworkParameters.initialize(graph.network(), config.seed()), data, listener);
    }

    /**
     * Trains from the given parameters (not modified).
     *
     * @throws InvalidInputException when the images do not fit the network's input or classes, or
     *     the validation split leaves no training example
     * @throws ArithmeticException when the loss becomes infinite or NaN (the learning rate is too
     *     high for the data)
     */
    public TrainingResult train(NetworkParameters initial, ImageDataset data, TrainingListener listener) {
        checkData(data);
        float[][] weights = flatten(initial);
        int[] permutation = permutation(data.size(), new Random(mix(config.seed(), -1)));
        int[] validation = Arrays.copyOfRange(permutation, 0, config.validationExamples());
        int[] training = Arrays.copyOfRange(permutation, config.validationExamples(), permutation.length);

        List<Integer> sizes = new ArrayList<>();
        boolean[] decayed = new boolean[weights.length];
        for (int t = 0; t < weights.length; t++) {
            sizes.add(weights[t].length);
            decayed[t] = graph.tensorSpecs().get(t).name().equals("weight");
        }
        ParameterUpdate update = new ParameterUpdate(config, sizes, decayed);
        int maxShards = (config.batchSize() + SHARD_EXAMPLES - 1) / SHARD_EXAMPLES;
        float[][][] shardGradients = new float[maxShards][weights.length][];
        for (float[][] shard : shardGradients) {
            for (int t = 0; t < weights.length; t++) {
                shard[t] = new float[weights[t].length];
            }
        }
        List<int[]> blocks = blocks(weights);

        List<EpochReport> reports = new ArrayList<>();
        float[][] best = copy(weights);
        int bestEpoch = 0;
        double bestAccuracy = Double.NEGATIVE_INFINITY;
        boolean stoppedEarly = false;
        long step = 0;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            double rate = config.learningRate() * StrictMath.pow(config.learningRateDecay(), epoch - 1);
            int[] order = training.clone();
            shuffle(order, new Random(mix(config.seed(), epoch)));
            double lossSum = 0;
            long correctSum = 0;
            for (int from = 0; from < order.length; from += config.batchSize()) {
                int batch = Math.min(config.batchSize(), order.length - from);
                int shards = (batch + SHARD_EXAMPLES - 1) / SHARD_EXAMPLES;
                double[] shardLoss = new double[shards];
                int[] shardCorrect = new int[shards];
                graph.prepare(weights);
                int batchStart = from;
                tasks.run(shards, s -> {
                    int first = s * SHARD_EXAMPLES;
                    int count = Math.min(SHARD_EXAMPLES, batch - first);
                    float[][] gradients = shardGradients[s];
                    for (float[] g : gradients) {
                        Arrays.fill(g, 0f);
                    }
                    int[] examples = Arrays.copyOfRange(order, batchStart + first, batchStart + first + count);
                    int[] correct = new int[1];
                    shardLoss[s] = graph.lossAndGradients(images(data, examples), labels(data, examples), count,
                            batch, gradients, correct);
                    shardCorrect[s] = correct[0];
                });
                long t = ++step;
                tasks.run(blocks.size(), b -> {
                    int[] block = blocks.get(b);
                    float[] sum = shardGradients[0][block[0]];
                    for (int s = 1; s < shards; s++) {
                        float[] g = shardGradients[s][block[0]];
                        for (int i = block[1]; i < block[2]; i++) {
                            sum[i] += g[i];
                        }
                    }
                    update.apply(block[0], weights[block[0]], sum, block[1], block[2], t, rate);
                });
                for (int s = 0; s < shards; s++) {
                    lossSum += shardLoss[s];
                    correctSum += shardCorrect[s];
                }
                if (!Double.isFinite(lossSum)) {
                    throw new ArithmeticException("training diverged in epoch " + epoch + " (the loss is " + lossSum
                            + " after " + (from + batch) + " examples); try a lower learning rate");
                }
                listener.batchTrained(epoch, from + batch, order.length, lossSum / (from + batch));
            }
            OptionalDouble validationLoss = OptionalDouble.empty();
            OptionalDouble validationAccuracy = OptionalDouble.empty();
            boolean better = true;
            if (validation.length > 0) {
                graph.prepare(weights);
                double[] scored = score(data, validation);
                validationLoss = OptionalDouble.of(scored[0]);
                validationAccuracy = OptionalDouble.of(scored[1]);
                better = scored[1] > bestAccuracy;
            }
            if (better) {
                bestAccuracy = validationAccuracy.orElse(0);
                bestEpoch = epoch;
                best = copy(weights);
            }
            EpochReport report = new EpochReport(epoch, rate, lossSum / order.length,
                    (double) correctSum / order.length, validationLoss, validationAccuracy,
                    (System.nanoTime() - start) / 1e9, better);
            reports.add(report);
            listener.epochFinished(report);
            if (epoch - bestEpoch >= config.patience() && epoch < config.epochs()) {
                stoppedEarly = true;
                break;
            }
        }
        return new TrainingResult(parameters(best), reports, bestEpoch, stoppedEarly, training.length,
                validation.length);
    }

    /**
     * Mean loss (nats) and accuracy (fraction) of the given parameters on every image of
     * {@code data}, computed by the training forward pass.
     */
    public double[] score(NetworkParameters parameters, ImageDataset data) {
        checkData(data);
        graph.prepare(flatten(parameters));
        int[] all = new int[data.size()];
        Arrays.setAll(all, i -> i);
        return score(data, all);
    }

    /** {@code {mean loss, accuracy}} over the examples; ops must be prepared. */
    private double[] score(ImageDataset data, int[] examples) {
        int chunks = (examples.length + SCORE_EXAMPLES - 1) / SCORE_EXAMPLES;
        double[] loss = new double[chunks];
        int[] correct = new int[chunks];
        tasks.run(chunks, c -> {
            int from = c * SCORE_EXAMPLES;
            int count = Math.min(SCORE_EXAMPLES, examples.length - from);
            int[] chunk = Arrays.copyOfRange(examples, from, from + count);
            float[][] acts = graph.forward(images(data, chunk), count);
            int[] right = new int[1];
            loss[c] = SoftmaxCrossEntropy.loss(acts[acts.length - 1], graph.classes(), labels(data, chunk), count,
                    count, null, right);
            correct[c] = right[0];
        });
        double lossSum = 0;
        long correctSum = 0;
        for (int c = 0; c < chunks; c++) {
            lossSum += loss[c];
            correctSum += correct[c];
        }
        return new double[] {lossSum / examples.length, (double) correctSum / examples.length};
    }

    private void checkData(ImageDataset data) {
        String source = data.name();
        if (!data.fits(graph.network())) {
            throw new InvalidInputException(source, 0, null, data.size() + " images " + data.imageShape() + " in "
                    + data.classes() + " classes do not fit network '" + graph.network().name() + "' (input "
                    + graph.network().inputs().get(0).outputShape() + ", " + graph.classes() + " classes)");
        }
        if (config.validationExamples() >= data.size()) {
            throw new InvalidInputException(source, 0, null, "holding out " + config.validationExamples()
                    + " images for validation leaves none of the " + data.size() + " to train on");
        }
    }

    private static float[] images(ImageDataset data, int[] examples) {
        int e = data.height() * data.width();
        float[] x = new float[examples.length * e];
        for (int i = 0; i < examples.length; i++) {
            data.copyImage(examples[i], x, i * e);
        }
        return x;
    }

    private static int[] labels(ImageDataset data, int[] examples) {
        int[] y = new int[examples.length];
        for (int i = 0; i < examples.length; i++) {
            y[i] = data.label(examples[i]);
        }
        return y;
    }

    private float[][] flatten(NetworkParameters parameters) {
        if (!parameters.network().nodes().equals(graph.network().nodes())) {
            throw new IllegalArgumentException("the parameters belong to network '" + parameters.network().name()
                    + "', whose nodes differ from those of network '" + graph.network().name() + "'");
        }
        List<float[]> flat = new ArrayList<>();
        parameters.toMap().values().forEach(flat::addAll);
        return flat.toArray(new float[0][]);
    }

    private NetworkParameters parameters(float[][] flat) {
        Map<String, List<float[]>> map = new LinkedHashMap<>();
        for (int t = 0; t < flat.length; t++) {
            map.computeIfAbsent(graph.tensorNodes().get(t), k -> new ArrayList<>()).add(flat[t]);
        }
        return NetworkParameters.of(graph.network(), map);
    }

    private static float[][] copy(float[][] tensors) {
        float[][] c = new float[tensors.length][];
        for (int t = 0; t < c.length; t++) {
            c[t] = tensors[t].clone();
        }
        return c;
    }

    /** {tensor, from, to} blocks of at most {@value #UPDATE_BLOCK} elements. */
    private static List<int[]> blocks(float[][] tensors) {
        List<int[]> blocks = new ArrayList<>();
        for (int t = 0; t < tensors.length; t++) {
            for (int from = 0; from < tensors[t].length; from += UPDATE_BLOCK) {
                blocks.add(new int[] {t, from, Math.min(tensors[t].length, from + UPDATE_BLOCK)});
            }
        }
        return blocks;
    }

    private static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        shuffle(p, random);
        return p;
    }

    /** Fisher-Yates. */
    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    /** A seed for one use of the configured seed (SplitMix64 finalizer). */
    private static long mix(long seed, long use) {
        long h = seed * 0x9E3779B97F4A7C15L + use;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
