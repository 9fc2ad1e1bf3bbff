// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.train.TrainedModel;
import org.sinapsis.networks.train.TrainedModels;

/**
 * Builds the {@link Workload} of {@code run} and {@code compare} from {@code --model},
 * {@code --data}, {@code --samples}, {@code --batch} and {@code --seed}.
 *
 * <ul>
 *   <li>Weights: {@code --model FILE}; else the network's bundled trained model
 *       ({@link TrainedModels#bundled}); else He/Xavier initialization from the seed.</li>
 *   <li>When the data set's images fit the network (one {@code [1, H, W]} input, one output of
 *       its 10 classes), the timing batch is the first {@code batch} test images (cycled when the
 *       batch is larger than the test set), accuracy is measured on the first {@code --samples}
 *       test images (default {@value #DEFAULT_SAMPLES}; 0 measures none), and int8 is calibrated
 *       on the first {@value DataSources#CALIBRATION_IMAGES} training images.</li>
 *   <li>Otherwise inputs are synthetic ({@link SyntheticInputs}, from the seed), accuracy is not
 *       measured, and int8 is calibrated on {@value #SYNTHETIC_CALIBRATION} synthetic examples.
 *       When Fashion-MNIST would fit the network but is not installed, one line on stderr says
 *       so and how to install it.</li>
 * </ul>
 */
final class WorkloadFactory {
    /** Test images accuracy is measured on when {@code --samples} is not given. */
    static final int DEFAULT_SAMPLES = 1000;
    /** Synthetic examples int8 quantization is calibrated on when there is no data set. */
    static final int SYNTHETIC_CALIBRATION = 8;
    /** The image shape and classes of Fashion-MNIST, to tell when its absence matters. */
    private static final TensorShape FASHION_SHAPE = TensorShape.of(1, 28, 28);

    private WorkloadFactory() {
    }

    /**
     * The workload every target of a command runs.
     *
     * @param model {@code --model}, or null
     * @param sources the {@code --data} choice
     * @param samples {@code --samples}, or null
     * @param err where the note on a missing data set goes
     */
    static Workload create(Network network, int batch, long seed, Path model, DataSources sources, Integer samples,
            PrintWriter err) {
        return create(network, List.of(batch), seed, model, sources, samples, err).get(0);
    }

    /**
     * One workload per batch size, in order, sharing the parameters, evaluation samples,
     * calibration and int8 network ({@link Workload#withBatch}): the model is read, the data set
     * noted and the network quantized once however many sizes there are.
     */
    static List<Workload> create(Network network, List<Integer> batches, long seed, Path model, DataSources sources,
            Integer samples, PrintWriter err) {
        if (samples != null && samples < 0) {
            throw new InvalidInputException("--samples", 0, null, "must be at least 0, got " + samples);
        }
        Optional<TrainedModel> trained = model != null ? Optional.of(TrainedModels.read(model, network))
                : TrainedModels.bundled(network);
        String parametersSource = trained.map(TrainedModel::source)
                .orElse("random initialization (seed " + seed + ")");
        Supplier<NetworkParameters> parameters = trained.isPresent() ? trained.get()::parameters
                : () -> NetworkParameters.initialize(network, seed);

        IntFunction<Supplier<Map<String, Tensor>>> inputs = b -> () -> SyntheticInputs.generate(network, b, seed);
        Supplier<Optional<LabelledSamples>> evaluation = Optional::empty;
        Supplier<Map<String, Tensor>> calibration = () -> SyntheticInputs.generate(network, SYNTHETIC_CALIBRATION,
                seed + 1);
        if (sources.files().isEmpty()) {
            if (samples != null && samples > 0) {
                throw new InvalidInputException("--samples", 0, null, "accuracy needs labelled data: "
                        + (sources.synthetic() ? "--data synthetic has none" : FashionMnist.missingMessage()));
            }
            if (!sources.synthetic() && looksLikeFashionMnist(network)) {
                err.println("sinapsis: " + FashionMnist.missingMessage() + "; using synthetic inputs, no accuracy");
                err.flush();
            }
        } else if (!sources.test().fits(network)) {
            ImageDataset test = sources.test();
            if (sources.explicit() || samples != null) {
                throw new InvalidInputException(sources.explicit() ? "--data" : "--samples", 0, null, test.name()
                        + " images " + test.imageShape() + " in " + test.classes() + " classes do not fit network '"
                        + network.name() + "'");
            }
        } else {
            ImageDataset test = sources.test();
            int count = samples == null ? Math.min(DEFAULT_SAMPLES, test.size()) : samples;
            if (count > test.size()) {
                throw new InvalidInputException("--samples", 0, null, count + " is more than the " + test.size()
                        + " images of " + test.name());
            }
            String input = network.inputs().get(0).name();
            inputs = b -> () -> Map.of(input, cycled(test, b));
            evaluation = () -> count == 0 ? Optional.empty() : Optional.of(test.samples(input, 0, count));
            calibration = () -> Map.of(input, sources.calibrationImages());
        }
        Workload first = new Workload(network, batches.get(0), parametersSource, parameters,
                inputs.apply(batches.get(0)), evaluation, calibration);
        List<Workload> all = new ArrayList<>();
        for (int b : batches) {
            all.add(all.isEmpty() ? first : first.withBatch(b, inputs.apply(b)));
        }
        return all;
    }

    /** Whether the network takes 28x28 grey images and scores 10 classes, as Fashion-MNIST's do. */
    private static boolean looksLikeFashionMnist(Network network) {
        return network.inputs().size() == 1 && network.outputs().size() == 1
                && network.inputs().get(0).outputShape().equals(FASHION_SHAPE)
                && network.outputs().get(0).outputShape().equals(TensorShape.of(10));
    }

    /** The first {@code batch} images, starting over when the set is smaller. */
    private static Tensor cycled(ImageDataset set, int batch) {
        if (batch <= set.size()) {
            return set.images(0, batch);
        }
        int e = set.height() * set.width();
        float[] data = new float[Math.multiplyExact(batch, e)];
        for (int n = 0; n < batch; n++) {
            set.copyImage(n % set.size(), data, n * e);
        }
        return new Tensor(batch, set.imageShape(), data);
    }
}
