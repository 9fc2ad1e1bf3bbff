// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.data.MnistFiles;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.train.Trainer;
import org.sinapsis.networks.train.TrainingConfig;
import org.sinapsis.networks.train.TrainingListener;
import org.sinapsis.networks.zoo.CourseNetworks;

/**
 * Training speed: one epoch over 60,000 28x28 images (the Fashion-MNIST training set when it is
 * installed, else as many seeded random images; the work is the same) with the default recipe
 * (Adam, mini-batches of 64, no validation split), on every hardware thread.
 *
 * <p>fashion-mlp: the best of {@code repeats} epochs after a warm-up epoch of 6,000 images; the
 * issue's target is under 20 s on 2 cores. fashion-cnn: one epoch after a warm-up of 2,000
 * images (an epoch takes minutes, so it is measured once).
 */
public final class TrainingBenchmark implements Benchmark {
    private static final int EPOCH_IMAGES = 60_000;

    @Override
    public String name() {
        return "training";
    }

    @Override
    public String description() {
        return "seconds per 60,000-image epoch: fashion-mlp (target < 20 s on 2 cores) and fashion-cnn";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) {
        Optional<MnistFiles> files = FashionMnist.locate();
        ImageDataset data = files.isPresent() ? files.get().train() : random();
        String source = files.isPresent() ? "fashion-mnist train" : "random images (Fashion-MNIST not installed)";
        int threads = Runtime.getRuntime().availableProcessors();
        List<BenchmarkMeasurement> out = new ArrayList<>();
        out.add(epoch(context, CourseNetworks.fashionMlp(), data, 6000, context.repeats(), threads, source));
        out.add(epoch(context, CourseNetworks.fashionCnn(), data, 2000, 1, threads, source));
        return out;
    }

    private static BenchmarkMeasurement epoch(BenchmarkContext context, Network network, ImageDataset data,
            int warmUpImages, int repeats, int threads, String source) {
        TrainingConfig config = TrainingConfig.defaults().withBatches(64, 1).withValidation(0, 1).withThreads(threads);
        Trainer trainer = new Trainer(network, config);
        context.progress().println("bench training: " + network.name() + " warm-up on " + warmUpImages + " images ...");
        context.progress().flush();
        trainer.train(data.slice("warm-up", 0, warmUpImages), TrainingListener.NONE);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            context.progress().println("bench training: " + network.name() + " epoch " + (i + 1) + " of " + repeats
                    + " ...");
            context.progress().flush();
            long start = System.nanoTime();
            trainer.train(data, TrainingListener.NONE);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        String note = String.format(Locale.ROOT, "%s after a warm-up; %.0f images/s; %s", repeats > 1
                ? "best of " + repeats : "one epoch", data.size() / best, source);
        return new BenchmarkMeasurement(network.name() + " epoch, " + data.size() + " images, " + threads
                + " thread" + (threads > 1 ? "s" : ""), best, "s", note);
    }

    /** {@value #EPOCH_IMAGES} seeded random 28x28 images in 10 classes. */
    private static ImageDataset random() {
        Random r = new Random(1);
        byte[] pixels = new byte[EPOCH_IMAGES * 784];
        r.nextBytes(pixels);
        byte[] labels = new byte[EPOCH_IMAGES];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) r.nextInt(10);
        }
        return new ImageDataset("random", 28, 28, 10, pixels, labels);
    }
}
