// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.CourseNetworks;

/**
 * fashion-mlp trained on Fashion-MNIST by the test-only {@link MlpTrainer} (seed 7, 2 epochs over
 * the 60,000 training images), with the first test images as labelled samples and 1,000 training
 * images for calibration. Built once per test JVM.
 */
final class FashionMlpFixture {
    static final int TRAIN_EXAMPLES = 60_000;
    static final int EPOCHS = 2;
    private static FashionMlpFixture instance;

    final Network network = CourseNetworks.fashionMlp();
    final NetworkParameters parameters;
    final FashionMnist train;
    final FashionMnist test;

    private FashionMlpFixture() throws IOException {
        train = FashionMnist.read("train", TRAIN_EXAMPLES);
        test = FashionMnist.read("t10k", 10_000);
        parameters = MlpTrainer.train(network, train, TRAIN_EXAMPLES, EPOCHS, 7);
    }

    static synchronized FashionMlpFixture get() throws IOException {
        if (instance == null) {
            instance = new FashionMlpFixture();
        }
        return instance;
    }

    LabelledSamples testSamples(int count) {
        float[] x = java.util.Arrays.copyOf(test.images(), count * 784);
        return new LabelledSamples("fashion-mnist test, first " + count,
                Map.of("input", new Tensor(count, TensorShape.of(1, 28, 28), x)),
                java.util.Arrays.copyOf(test.labels(), count));
    }

    Workload workload(int samples) {
        LabelledSamples s = testSamples(samples);
        Tensor one = s.inputs().get("input").example(0);
        Tensor calibration = new Tensor(1000, TensorShape.of(1, 28, 28),
                java.util.Arrays.copyOf(train.images(), 1000 * 784));
        return new Workload(network, 1, "trained by MlpTrainer (test)", () -> parameters,
                () -> Map.of("input", one), () -> Optional.of(s), () -> Map.of("input", calibration));
    }
}
