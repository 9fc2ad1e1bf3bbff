// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in networks, by name.
 *
 * <p>Default batches: the six stand-ins for the TPU paper's applications run at the batch of
 * Table 1 of Jouppi et al. (ISCA 2017), because their "ops per weight byte" depend on it; every
 * other network runs one example per call (the latency case), so a user asks for throughput
 * batches explicitly.
 */
public final class Zoo {

    private static final List<ZooEntry> ENTRIES = List.of(
            new ZooEntry("perceptron", "Fashion-MNIST single-layer perceptron: 784 -> 10, softmax", 1,
                    CourseNetworks::perceptron),
            new ZooEntry("fashion-mlp", "Fashion-MNIST MLP: 784 -> 256 -> 128 -> 10, ReLU", 1,
                    CourseNetworks::fashionMlp),
            new ZooEntry("fashion-cnn", "Fashion-MNIST LeNet-5-style CNN, widened (16 and 32 filters)", 1,
                    CourseNetworks::fashionCnn),
            new ZooEntry("lenet5", "LeNet-5 (LeCun et al. 1998), 32x32 input, tanh, average pooling", 1,
                    CourseNetworks::lenet5),
            new ZooEntry("imdb-lstm", "Keras imdb_lstm example: embedding, LSTM(128) over 80 tokens, sigmoid", 1,
                    CourseNetworks::imdbLstm),
            new ZooEntry("alexnet", "AlexNet (Krizhevsky et al. 2012), two towers as groups=2, 227x227 input", 1,
                    ImageNetNetworks::alexnet),
            new ZooEntry("alexnet-conv", "AlexNet's 5 conv layers as Zhang et al. FPGA 2015 tile them (one tower, ungrouped)",
                    1, ImageNetNetworks::alexnetConv),
            new ZooEntry("resnet50", "ResNet-50 v1.5 (torchvision), 224x224 input, batch norm folded", 1,
                    ImageNetNetworks::resnet50),
            new ZooEntry("mlp0", "TPU paper MLP0 stand-in (RankBrain-like): 5 FC, 20M weights", 200,
                    TpuPaperWorkloads::mlp0),
            new ZooEntry("mlp1", "TPU paper MLP1 stand-in: 4 FC, 5M weights", 168,
                    TpuPaperWorkloads::mlp1),
            new ZooEntry("lstm0", "TPU paper LSTM0 stand-in (GNMT subset): 20 LSTM + 4 FC, 52M weights", 64,
                    TpuPaperWorkloads::lstm0),
            new ZooEntry("lstm1", "TPU paper LSTM1 stand-in: 18 LSTM with projections, 34M weights", 96,
                    TpuPaperWorkloads::lstm1),
            new ZooEntry("cnn0", "TPU paper CNN0 stand-in (Inception-derived, 19x19 map): 16 conv, 8M weights", 8,
                    TpuPaperWorkloads::cnn0),
            new ZooEntry("cnn1", "TPU paper CNN1 stand-in (AlphaGo-derived): 72 conv + 4 FC + 13 pool, 100M weights",
                    32, TpuPaperWorkloads::cnn1));

    private Zoo() {
    }

    /** Every entry, in a fixed order: course networks, ImageNet networks, TPU paper stand-ins. */
    public static List<ZooEntry> entries() {
        return ENTRIES;
    }

    /**
     * The entry called {@code name}, ignoring case ({@code AlexNet} finds {@code alexnet}).
     *
     * @return the entry, or empty when there is none by that name (including for null)
     */
    public static Optional<ZooEntry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toLowerCase(Locale.ROOT);
        return ENTRIES.stream().filter(e -> e.name().equals(key)).findFirst();
    }
}
