// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;

    @BeforeAll
    static void trainATinyModel() throws Exception {
        data = TinyMnist.write(dir.resolve("data"), 600, 300);
        model = dir.resolve("perceptron.safetensors");
        Cli c = Cli.run("train", "--net", "perceptron", "--data", data.toString(), "--epochs", "2", "--validation",
                "100", "--learning-rate", "0.01", "--out", model.toString());
        assertEquals(0, c.exit(), c.err());
    }

    @Test
    void printsFp32AndInt8AccuracyAndConfusionMatrices() {
        Cli c = Cli.run("eval", "--net", "perceptron", "--model", model.toString(), "--data", data.toString());
        assertEquals(0, c.exit(), c.err());
        List<String> lines = c.out().lines().toList();
        assertEquals("perceptron on " + data + " test (all 300 images), " + model, lines.get(0));
        assertTrue(lines.get(1).startsWith("trained with: sinapsis train --net perceptron --data "), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.matches("fp32 +\\d+\\.\\d\\d +\\d+ +300  fp32 reference executor")),
                c.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("int8 +\\d+\\.\\d\\d +\\d+ +300  int8 reference executor,"
                + " calibrated on 256 training images")), c.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("int8 - fp32: [+-]\\d+\\.\\d\\d percentage points")), c.out());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("confusion matrix, ")).count());
        int headers = lines.indexOf("confusion matrix, fp32 (rows: true class, columns: predicted class)");
        assertTrue(lines.get(headers + 1).matches("true class +0 +1 +2 +3 +4 +5 +6 +7 +8 +9  recall \\[%\\]"),
                lines.get(headers + 1));
        int total = 0;
        for (int r = 0; r < 10; r++) {
            String[] cells = lines.get(headers + 3 + r).trim().split(" +");
            assertEquals(String.valueOf(r), cells[0]);
            for (int col = 1; col <= 10; col++) {
                total += Integer.parseInt(cells[col]);
            }
        }
        assertEquals(300, total, "every test image is counted once");
    }

    @Test
    void samplesLimitTheTestImages() {
        Cli c = Cli.run("eval", "--net", "perceptron", "--model", model.toString(), "--data", data.toString(),
                "--samples", "40", "--threads", "1");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().startsWith("perceptron on " + data + " test (first 40 of 300 images)"), c.out());
    }

    @Test
    void errorsNameTheFlag() {
        Cli none = Cli.run("eval", "--net", "lenet5", "--data", data.toString());
        assertEquals(2, none.exit());
        assertEquals("sinapsis: --model: network 'lenet5' has no bundled trained model; give --model FILE (make one"
                + " with 'sinapsis train --net lenet5')", none.errLine());
        Cli wrong = Cli.run("eval", "--net", "fashion-mlp", "--model", model.toString(), "--data", data.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.errLine().startsWith("sinapsis: " + model + ": layer 'fc1': no tensor 'fc1.weight'"),
                wrong.errLine());
        Cli samples = Cli.run("eval", "--net", "perceptron", "--model", model.toString(), "--data", data.toString(),
                "--samples", "301");
        assertEquals("sinapsis: --samples: must be in [1, 300], got 301", samples.errLine());
    }
}
