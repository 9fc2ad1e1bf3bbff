// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Objects;

/**
 * How to train: optimizer and its constants, regularization, mini-batches, epochs, the
 * validation split and early stopping, the seed and the threads.
 *
 * @param optimizer SGD with momentum or Adam
 * @param learningRate step size, {@code > 0}
 * @param learningRateDecay factor applied to the learning rate after every epoch, in (0, 1]
 *     (epoch e, counted from 1, uses {@code learningRate decay^(e-1)})
 * @param momentum SGD's momentum {@code mu} in [0, 1) (0 is plain SGD); Adam ignores it
 * @param beta1 Adam's first-moment decay in [0, 1)
 * @param beta2 Adam's second-moment decay in [0, 1)
 * @param epsilon Adam's denominator guard, {@code > 0}
 * @param weightDecay L2 regularization {@code lambda >= 0}: {@code lambda / 2 |W|^2} is added to
 *     the loss for every weight tensor (biases are not decayed)
 * @param batchSize examples per mini-batch (the last one of an epoch may be smaller), {@code >= 1}
 * @param epochs the most epochs to train, {@code >= 1}
 * @param validationExamples training examples held out to validate on after every epoch (0:
 *     none, and no early stopping); chosen by a permutation drawn from the seed
 * @param patience stop after this many epochs without a better validation accuracy, {@code >= 1};
 *     the parameters of the best epoch are kept
 * @param seed seeds the initialization, the validation split and every epoch's shuffle
 * @param threads threads to compute on, {@code >= 1}; results do not depend on it
 */
public record TrainingConfig(Optimizer optimizer, double learningRate, double learningRateDecay, double momentum,
        double beta1, double beta2, double epsilon, double weightDecay, int batchSize, int epochs,
        int validationExamples, int patience, long seed, int threads) {

    /** Validates every value. */
    public TrainingConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        check(learningRate > 0 && Double.isFinite(learningRate), "learning rate", learningRate, "> 0");
        check(learningRateDecay > 0 && learningRateDecay <= 1, "learning rate decay", learningRateDecay, "in (0, 1]");
        check(momentum >= 0 && momentum < 1, "momentum", momentum, "in [0, 1)");
        check(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)");
        check(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)");
        check(epsilon > 0 && Double.isFinite(epsilon), "epsilon", epsilon, "> 0");
        check(weightDecay >= 0 && Double.isFinite(weightDecay), "weight decay", weightDecay, ">= 0");
        check(batchSize >= 1, "batch size", batchSize, ">= 1");
        check(epochs >= 1, "epochs", epochs, ">= 1");
        check(validationExamples >= 0, "validation examples", validationExamples, ">= 0");
        check(patience >= 1, "patience", patience, ">= 1");
        check(threads >= 1, "threads", threads, ">= 1");
    }

    /**
     * The defaults: Adam (learning rate 0.001, decay 1, beta1 0.9, beta2 0.999, epsilon 1e-8;
     * momentum 0.9 should SGD be chosen), no weight decay, mini-batches of 64, 20 epochs, 5,000 validation examples, patience 5, seed 1,
     * every available processor.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(Optimizer.ADAM, 1e-3, 1, 0.9, 0.9, 0.999, 1e-8, 0, 64, 20, 5000, 5, 1,
                Runtime.getRuntime().availableProcessors());
    }

    /** This configuration with another optimizer. */
    public TrainingConfig withOptimizer(Optimizer value) {
        return new TrainingConfig(value, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon,
                weightDecay, batchSize, epochs, validationExamples, patience, seed, threads);
    }

    /** This configuration with another learning rate and per-epoch decay. */
    public TrainingConfig withLearningRate(double value, double decay) {
        return new TrainingConfig(optimizer, value, decay, momentum, beta1, beta2, epsilon, weightDecay, batchSize,
                epochs, validationExamples, patience, seed, threads);
    }

    /** This configuration with another SGD momentum. */
    public TrainingConfig withMomentum(double value) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, value, beta1, beta2, epsilon,
                weightDecay, batchSize, epochs, validationExamples, patience, seed, threads);
    }

    /** This configuration with another L2 weight decay. */
    public TrainingConfig withWeightDecay(double value) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon, value,
                batchSize, epochs, validationExamples, patience, seed, threads);
    }

    /** This configuration with another mini-batch size and number of epochs. */
    public TrainingConfig withBatches(int size, int epochCount) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon,
                weightDecay, size, epochCount, validationExamples, patience, seed, threads);
    }

    /** This configuration with another validation split and patience. */
    public TrainingConfig withValidation(int examples, int epochsWithoutImprovement) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon,
                weightDecay, batchSize, epochs, examples, epochsWithoutImprovement, seed, threads);
    }

    /** This configuration with another seed. */
    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon,
                weightDecay, batchSize, epochs, validationExamples, patience, value, threads);
    }

    /** This configuration on another number of threads (the results stay the same). */
    public TrainingConfig withThreads(int value) {
        return new TrainingConfig(optimizer, learningRate, learningRateDecay, momentum, beta1, beta2, epsilon,
                weightDecay, batchSize, epochs, validationExamples, patience, seed, value);
    }

    private static void check(boolean ok, String what, double value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(what + " must be " + expected + ", got " + value);
        }
    }
}
