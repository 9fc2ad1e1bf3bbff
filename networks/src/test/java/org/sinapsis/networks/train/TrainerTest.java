// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

class TrainerTest {
    private static final Network MLP = Network.builder("mlp").input("x", 1, 6, 6).add("flat", new Flatten())
            .add("fc1", Dense.of(16)).add("relu", Activation.relu()).add("fc2", Dense.of(3))
            .add("softmax", Activation.softmax()).build();
    private static final Network CNN = Network.builder("cnn").input("x", 1, 6, 6).add("conv", Conv2D.of(4, 3).same())
            .add("relu", Activation.relu()).add("pool", Pool2D.max(2, 2)).add("flat", new Flatten())
            .add("fc", Dense.of(3)).add("softmax", Activation.softmax()).build();
    private static final ImageDataset BANDS = TrainingData.bands(600, 6, 1);

    private static TrainingConfig config(int epochs) {
        return TrainingConfig.defaults().withBatches(32, epochs).withValidation(100, 5).withSeed(3).withThreads(2);
    }

    @Test
    void lossFallsAndAccuracyRisesWithAdamAndSgd() {
        for (TrainingConfig c : List.of(config(6).withLearningRate(0.01, 1),
                config(6).withOptimizer(Optimizer.SGD).withLearningRate(0.05, 0.9))) {
            TrainingResult r = new Trainer(MLP, c).train(BANDS, TrainingListener.NONE);
            List<EpochReport> e = r.epochs();
            assertEquals(6, e.size(), c.optimizer().label());
            assertTrue(e.get(5).trainLoss() < 0.7 * e.get(0).trainLoss(), c.optimizer().label() + ": " + e);
            assertTrue(e.get(5).validationAccuracy().getAsDouble() > 0.8, c.optimizer().label() + ": " + e);
            assertEquals(500, r.trainingExamples());
            assertEquals(100, r.validationExamples());
        }
        TrainingResult decayed = new Trainer(MLP, config(3).withOptimizer(Optimizer.SGD).withLearningRate(0.05, 0.5))
                .train(BANDS, TrainingListener.NONE);
        assertEquals(0.0125, decayed.epochs().get(2).learningRate(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameBitsWithAnyThreadCount() {
        float[][] reference = null;
        for (int threads : new int[] {1, 3, 2}) {
            TrainingResult r = new Trainer(CNN, config(2).withThreads(threads)).train(BANDS, TrainingListener.NONE);
            float[][] values = flat(r.parameters());
            if (reference == null) {
                reference = values;
            } else {
                for (int t = 0; t < values.length; t++) {
                    assertArrayEquals(reference[t], values[t], threads + " threads, tensor " + t);
                }
            }
        }
        TrainingResult otherSeed = new Trainer(CNN, config(2).withSeed(4)).train(BANDS, TrainingListener.NONE);
        assertFalse(Arrays.equals(reference[0], flat(otherSeed.parameters())[0]));
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        ImageDataset noise = TrainingData.noise(300, 6, 2);
        TrainingConfig c = config(12).withValidation(100, 2).withLearningRate(0.02, 1);
        TrainingResult r = new Trainer(MLP, c).train(noise, TrainingListener.NONE);
        assertTrue(r.stoppedEarly(), r.epochs().toString());
        assertEquals(r.bestEpoch() + 2, r.epochs().size());
        double best = r.best().validationAccuracy().getAsDouble();
        for (EpochReport e : r.epochs()) {
            assertTrue(e.validationAccuracy().getAsDouble() <= best);
        }
        TrainingResult upToBest = new Trainer(MLP, config(r.bestEpoch()).withValidation(100, 2)
                .withLearningRate(0.02, 1)).train(noise, TrainingListener.NONE);
        float[][] expected = flat(upToBest.parameters());
        float[][] actual = flat(r.parameters());
        for (int t = 0; t < expected.length; t++) {
            assertArrayEquals(expected[t], actual[t], "tensor " + t);
        }
    }

    @Test
    void listenersHearEveryBatchAndEpoch() {
        List<String> heard = new ArrayList<>();
        new Trainer(MLP, config(2).withValidation(0, 1)).train(BANDS.slice("s", 0, 70), new TrainingListener() {
            @Override
            public void batchTrained(int epoch, int done, int total, double loss) {
                heard.add(epoch + ":" + done + "/" + total);
            }

            @Override
            public void epochFinished(EpochReport report) {
                heard.add("epoch " + report.epoch() + (report.validationAccuracy().isPresent() ? " validated" : ""));
            }
        });
        assertEquals(List.of("1:32/70", "1:64/70", "1:70/70", "epoch 1", "2:32/70", "2:64/70", "2:70/70", "epoch 2"),
                heard);
    }

    @Test
    void weightDecayShrinksTheWeights() {
        TrainingConfig sgd = config(3).withOptimizer(Optimizer.SGD).withLearningRate(0.05, 1);
        TrainingResult plain = new Trainer(MLP, sgd).train(BANDS, TrainingListener.NONE);
        TrainingResult decayed = new Trainer(MLP, sgd.withWeightDecay(0.5)).train(BANDS, TrainingListener.NONE);
        assertTrue(norm(decayed.parameters().get("fc1", "weight")) < 0.8 * norm(plain.parameters().get("fc1", "weight")));
    }

    @Test
    void scoreAgreesWithTheReferenceExecutor() {
        TrainingResult r = new Trainer(MLP, config(2).withValidation(0, 1).withLearningRate(0.01, 1))
                .train(BANDS, TrainingListener.NONE);
        double[] s = new Trainer(MLP, config(1)).score(r.parameters(), BANDS);
        LabelledSamples samples = BANDS.samples("x", 0, BANDS.size());
        Tensor p = new Fp32Executor(MLP, r.parameters(), 1).run(samples.inputs().get("x"));
        double loss = 0;
        for (int n = 0; n < BANDS.size(); n++) {
            loss -= Math.log(p.data()[n * 3 + BANDS.label(n)]);
        }
        assertEquals(loss / BANDS.size(), s[0], 1e-5);
        assertEquals(samples.top1Accuracy(p), s[1], 1.0 / BANDS.size());
        assertTrue(s[1] > 0.5, "better than chance (1/3): " + s[1]);
    }

    @Test
    void untrainableNetworksAndDataAreNamed() {
        Network embedding = Network.builder("emb").input("t", 4).add("e", new Embedding(10, 3)).add("f", new Flatten())
                .add("fc", Dense.of(3)).add("softmax", Activation.softmax()).build();
        assertEquals("network 'emb': layer 'e': Embedding cannot be trained here; sinapsis trains Dense, Conv2D,"
                + " MaxPool, AvgPool, Flatten, Add, ReLU, Sigmoid and Tanh layers and a final Softmax",
                assertThrows(InvalidInputException.class, () -> new Trainer(embedding, config(1))).getMessage());
        Network noSoftmax = Network.builder("raw").input("x", 1, 6, 6).add("f", new Flatten()).add("fc", Dense.of(3))
                .build();
        assertTrue(assertThrows(InvalidInputException.class, () -> new Trainer(noSoftmax, config(1))).getMessage()
                .startsWith("network 'raw': layer 'fc': training needs the network to end in a Softmax"));
        Network wide = Network.builder("wide").input("x", 1, 7, 7).add("f", new Flatten()).add("fc", Dense.of(3))
                .add("softmax", Activation.softmax()).build();
        assertEquals("bands: 600 images [1, 6, 6] in 3 classes do not fit network 'wide' (input [1, 7, 7], 3"
                + " classes)", assertThrows(InvalidInputException.class,
                        () -> new Trainer(wide, config(1)).train(BANDS, TrainingListener.NONE)).getMessage());
        assertThrows(InvalidInputException.class, () -> new Trainer(MLP, config(1).withValidation(600, 1))
                .train(BANDS, TrainingListener.NONE));
    }

    private static float[][] flat(NetworkParameters p) {
        List<float[]> list = new ArrayList<>();
        for (Map.Entry<String, List<float[]>> e : p.toMap().entrySet()) {
            list.addAll(e.getValue());
        }
        return list.toArray(new float[0][]);
    }

    private static double norm(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
