// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.train.TrainedModel;
import org.sinapsis.networks.train.TrainedModels;
import org.sinapsis.networks.zoo.CourseNetworks;

class TrainCommandTest {

    @Test
    void trainsOnAnMnistFormatDirectoryAndWritesAModelFile(@TempDir Path dir) throws Exception {
        Path data = TinyMnist.write(dir.resolve("data"), 600, 200);
        Path model = dir.resolve("out/perceptron.safetensors");
        Cli c = Cli.run("train", "--net", "perceptron", "--data", data.toString(), "--epochs", "2",
                "--validation", "100", "--learning-rate", "0.01", "--out", model.toString(), "--threads", "1");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.err().contains("training perceptron on " + data + " train (500 images, 100 for validation)"),
                c.err());
        assertTrue(c.err().lines().anyMatch(l -> l.startsWith("epoch 2/2  loss ") && l.contains("validation")),
                c.err());
        assertTrue(c.out().startsWith("perceptron: best epoch "), c.out());
        assertTrue(c.out().contains("wrote " + model), c.out());
        TrainedModel m = TrainedModels.read(model, CourseNetworks.perceptron());
        assertEquals("sinapsis train --net perceptron --data " + data + " --epochs 2 --seed 1 --optimizer adam"
                + " --learning-rate 0.01 --lr-decay 1 --momentum 0.9 --weight-decay 0 --batch-size 64"
                + " --validation 100 --patience 5", m.info().get("trained_with"));
        assertEquals(data + " train (500 trained, 100 held out for validation)", m.info().get("dataset"));
        double validation = Double.parseDouble(m.info().get("validation_accuracy"));
        assertTrue(validation > 0.9, "the stripes are easy: " + validation);

        Path again = dir.resolve("again.safetensors");
        Cli c2 = Cli.run("train", "--net", "perceptron", "--data", data.toString(), "--epochs", "2",
                "--validation", "100", "--learning-rate", "0.01", "--out", again.toString(), "--threads", "3");
        assertEquals(0, c2.exit(), c2.err());
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again),
                "the same command gives the same bytes with any thread count");
    }

    @Test
    void aShortRunOnTheInstalledFashionMnist(@TempDir Path dir) throws Exception {
        assumeTrue(FashionMnist.locate().isPresent(), FashionMnist.missingMessage());
        Path model = dir.resolve("mlp.safetensors");
        Cli c = Cli.run("train", "--net", "fashion-mlp", "--epochs", "1", "--limit", "2000", "--validation", "500",
                "--out", model.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("test accuracy"), c.out());
        assertTrue(TrainedModels.read(model, CourseNetworks.fashionMlp()).info().get("trained_with")
                .startsWith("sinapsis train --net fashion-mlp --limit 2000 --epochs 1"));
    }

    @Test
    void badFlagsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path data = TinyMnist.write(dir.resolve("data"), 50, 20);
        String d = data.toString();
        assertError("--net: unknown network 'nope'; trainable zoo networks: perceptron, fashion-mlp, fashion-cnn",
                "train", "--net", "nope", "--data", d);
        assertError("--net: network 'lenet5' does not classify " + d + " train images [1, 28, 28] in 10 classes",
                "train", "--net", "lenet5", "--data", d);
        assertError("--data: '" + dir.resolve("none") + "' is not a directory", "train", "--net", "perceptron",
                "--data", dir.resolve("none").toString());
        assertError("--validation: 5000 leaves none of the 50 training images to train on", "train", "--net",
                "perceptron", "--data", d);
        assertError("--limit: must be in [1, 50], got 51", "train", "--net", "perceptron", "--data", d, "--limit",
                "51");
        assertError("--learning-rate: must be > 0, got 0.0", "train", "--net", "perceptron", "--data", d,
                "--learning-rate", "0");
        assertError("--lr-decay: must be in (0, 1], got 1.5", "train", "--net", "perceptron", "--data", d,
                "--lr-decay", "1.5");
        assertFalse(Files.exists(Path.of("perceptron.safetensors")), "no file is written on errors");
    }

    @Test
    void aDivergingRunFailsWithoutWritingAModel(@TempDir Path dir) throws Exception {
        Path data = TinyMnist.write(dir.resolve("data"), 200, 20);
        Path model = dir.resolve("m.safetensors");
        Cli c = Cli.run("train", "--net", "fashion-mlp", "--data", data.toString(), "--epochs", "3", "--validation",
                "0", "--optimizer", "sgd", "--learning-rate", "1e30", "--out", model.toString());
        assertEquals(1, c.exit(), c.err());
        assertTrue(c.err().lines().anyMatch(l -> l.startsWith("sinapsis: run failed: training diverged in epoch 1")),
                c.err());
        assertFalse(Files.exists(model));
    }

    private static void assertError(String message, String... args) {
        Cli c = Cli.run(args);
        assertEquals(2, c.exit(), c.err());
        assertEquals("sinapsis: " + message, c.errLine());
    }
}
