// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;

/**
 * Small classic networks for Fashion-MNIST, MNIST and IMDB: cheap enough to train in Java, and
 * the first workloads to run on every target.
 *
 * <p>MACs and parameters per example (checked by hand in the tests): perceptron 7,840 / 7,850;
 * fashion-mlp 234,752 / 235,146; fashion-cnn 1,700,520 / 120,382; lenet5 416,520 / 61,706;
 * imdb-lstm 10,485,888 / 2,691,713.
 */
public final class CourseNetworks {

    private CourseNetworks() {
    }

    /** {@code perceptron}: {@code [1, 28, 28]} -> Flatten -> Dense 10 -> Softmax. */
    public static Network perceptron() {
        return Network.builder("perceptron")
                .description("Single-layer perceptron (multinomial logistic regression) for Fashion-MNIST"
                        + " (Xiao et al. 2017, 28x28 grey images, 10 classes): the 784 pixels feed one Dense"
                        + " layer of 10 units and a softmax. The smallest possible image classifier, as a"
                        + " baseline (about 84% test accuracy when trained).")
                .input("input", 1, 28, 28)
                .add("flatten", new Flatten())
                .add("fc", Dense.of(10))
                .add("softmax", Activation.softmax())
                .build();
    }

    /** {@code fashion-mlp}: {@code [1, 28, 28]} -> 256 ReLU -> 128 ReLU -> 10 -> Softmax. */
    public static Network fashionMlp() {
        return Network.builder("fashion-mlp")
                .description("Multi-layer perceptron for Fashion-MNIST: 784 -> 256 -> 128 -> 10 with ReLU"
                        + " hidden layers and a softmax output, the two-hidden-layer MLP of the usual"
                        + " Fashion-MNIST tutorials.")
                .input("input", 1, 28, 28)
                .add("flatten", new Flatten())
                .add("fc1", Dense.of(256))
                .add("fc1_relu", Activation.relu())
                .add("fc2", Dense.of(128))
                .add("fc2_relu", Activation.relu())
                .add("fc3", Dense.of(10))
                .add("softmax", Activation.softmax())
                .build();
    }

    /**
     * {@code fashion-cnn}: conv 16@5x5 pad 2, max pool, conv 32@5x5, max pool, Dense 120, 84, 10.
     */
    public static Network fashionCnn() {
        return Network.builder("fashion-cnn")
                .description("LeNet-5-style CNN for Fashion-MNIST, widened to 16 and 32 filters (LeNet-5 has 6"
                        + " and 16) so that it reaches about 90% test accuracy while staying cheap to train"
                        + " in Java: [1,28,28] -> conv 16@5x5 pad 2 (keeps 28x28) -> ReLU -> max pool 2/2 ->"
                        + " conv 32@5x5 -> ReLU -> max pool 2/2 -> 32x5x5 = 800 -> Dense 120 ReLU -> Dense 84"
                        + " ReLU -> Dense 10 -> softmax. Max pooling and ReLU replace LeNet-5's average"
                        + " pooling and tanh.")
                .input("input", 1, 28, 28)
                .add("conv1", Conv2D.of(16, 5).pad(2))
                .add("conv1_relu", Activation.relu())
                .add("pool1", Pool2D.max(2, 2))
                .add("conv2", Conv2D.of(32, 5))
                .add("conv2_relu", Activation.relu())
                .add("pool2", Pool2D.max(2, 2))
                .add("flatten", new Flatten())
                .add("fc1", Dense.of(120))
                .add("fc1_relu", Activation.relu())
                .add("fc2", Dense.of(84))
                .add("fc2_relu", Activation.relu())
                .add("fc3", Dense.of(10))
                .add("softmax", Activation.softmax())
                .build();
    }

    /** {@code lenet5}: LeCun et al. 1998, as the usual modern reading of it (see the description). */
    public static Network lenet5() {
        return Network.builder("lenet5")
                .description("LeNet-5 (LeCun, Bottou, Bengio, Haffner, Proc. IEEE 1998, Fig. 2) on 32x32"
                        + " images (MNIST digits padded from 28x28): C1 conv 6@5x5 tanh -> S2 average pool"
                        + " 2/2 -> C3 conv 16@5x5 tanh -> S4 average pool 2/2 -> C5 conv 120@5x5 tanh (1x1"
                        + " output) -> F6 Dense 84 tanh -> output Dense 10 softmax. Not modelled: C3's sparse"
                        + " connection table (Table I of the paper: each C3 map reads 3 to 6 of the 6 S2 maps;"
                        + " here every C3 map reads all 6), the trainable coefficient and bias of the S2/S4"
                        + " subsampling units, the scaled tanh (1.7159 tanh(2x/3)) and the Euclidean RBF"
                        + " output units (a Dense layer with softmax instead). 416,520 MACs and 61,706"
                        + " parameters per example.")
                .input("input", 1, 32, 32)
                .add("c1", Conv2D.of(6, 5))
                .add("c1_tanh", Activation.tanh())
                .add("s2", Pool2D.avg(2, 2))
                .add("c3", Conv2D.of(16, 5))
                .add("c3_tanh", Activation.tanh())
                .add("s4", Pool2D.avg(2, 2))
                .add("c5", Conv2D.of(120, 5))
                .add("c5_tanh", Activation.tanh())
                .add("flatten", new Flatten())
                .add("f6", Dense.of(84))
                .add("f6_tanh", Activation.tanh())
                .add("output", Dense.of(10))
                .add("softmax", Activation.softmax())
                .build();
    }

    /** {@code imdb-lstm}: 80 token ids -> Embedding(20000, 128) -> LSTM(128) -> Dense 1 -> Sigmoid. */
    public static Network imdbLstm() {
        return Network.builder("imdb-lstm")
                .description("Sentiment classifier of the Keras example imdb_lstm.py: reviews cut or padded to"
                        + " 80 token ids from a 20,000-word vocabulary -> Embedding 128 -> LSTM 128 (last"
                        + " state only) -> Dense 1 -> sigmoid (positive review probability). The example's"
                        + " dropout (0.2) is a training-time layer and is left out. The LSTM reads the 80"
                        + " steps one after another, so its gate products form 80 dependent GEMMs.")
                .input("tokens", 80)
                .add("embedding", new Embedding(20000, 128))
                .add("lstm", new Lstm(128, false))
                .add("fc", Dense.of(1))
                .add("sigmoid", Activation.sigmoid())
                .build();
    }
}
