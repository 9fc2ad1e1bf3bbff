// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.util.Map;
import java.util.Optional;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.MnistFiles;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.train.TrainedModel;
import org.sinapsis.networks.train.TrainedModels;
import org.sinapsis.networks.zoo.CourseNetworks;

/**
 * The bundled trained fashion-mlp with the installed Fashion-MNIST: the first test images as
 * labelled samples and the first {@value #CALIBRATION_IMAGES} training images for calibration,
 * as {@code run} uses them. Tests that use it assume {@link #available()} first. Built once per
 * test JVM.
 */
final class FashionMlpFixture {
    static final int CALIBRATION_IMAGES = 256;
    private static FashionMlpFixture instance;

    final Network network = CourseNetworks.fashionMlp();
    final TrainedModel model;
    final ImageDataset train;
    final ImageDataset test;

    private FashionMlpFixture() {
        MnistFiles files = FashionMnist.locate().orElseThrow();
        train = files.train();
        test = files.test();
        model = TrainedModels.bundled(network).orElseThrow();
    }

    static boolean available() {
        return FashionMnist.locate().isPresent();
    }

    static synchronized FashionMlpFixture get() {
        if (instance == null) {
            instance = new FashionMlpFixture();
        }
        return instance;
    }

    Workload workload(int samples) {
        LabelledSamples s = test.samples("input", 0, samples);
        Tensor one = test.images(0, 1);
        Tensor calibration = train.images(0, CALIBRATION_IMAGES);
        return new Workload(network, 1, model.source(), model::parameters, () -> Map.of("input", one),
                () -> Optional.of(s), () -> Map.of("input", calibration));
    }
}
