// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.data.MnistFiles;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.CourseNetworks;

/** How --model, --data and --samples make the workload of run and compare. */
class WorkloadFactoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;
    private static Path cpu;

    @BeforeAll
    static void prepare() throws Exception {
        data = TinyMnist.write(dir.resolve("data"), 400, 300);
        model = dir.resolve("perceptron.safetensors");
        Cli c = Cli.run("train", "--net", "perceptron", "--data", data.toString(), "--epochs", "1", "--validation",
                "100", "--learning-rate", "0.01", "--out", model.toString());
        assertEquals(0, c.exit(), c.err());
        cpu = CliTest.fastCpu(dir);
    }

    private static JsonNode run(String... extra) throws Exception {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"run", "--target", cpu.toString(), "--net", "perceptron"}, 0, args, 0, 5);
        args[5] = "--format=json";
        System.arraycopy(extra, 0, args, 6, extra.length);
        Cli c = Cli.run(args);
        assertEquals(0, c.exit(), c.err());
        return JSON.readTree(c.out());
    }

    @Test
    void aModelAndLabelledDataGiveAccuracyInFp32AndInt8() throws Exception {
        JsonNode fp32 = run("--model", model.toString(), "--data", data.toString(), "--samples", "250");
        assertEquals(250, fp32.get("samples").asInt());
        double accuracy = fp32.get("accuracy").asDouble();
        assertTrue(accuracy > 0.8, "the stripes are easy: " + accuracy);
        JsonNode int8 = run("--model", model.toString(), "--data", data.toString(), "--samples", "250",
                "--precision", "int8");
        assertEquals("int8", int8.get("precision").asText());
        assertTrue(Math.abs(int8.get("accuracy").asDouble() - accuracy) <= 0.02, int8.toString());
        assertEquals(WorkloadFactory.DEFAULT_SAMPLES > 300 ? 300 : WorkloadFactory.DEFAULT_SAMPLES,
                run("--model", model.toString(), "--data", data.toString()).get("samples").asInt(),
                "the default is capped by the test set");
    }

    @Test
    void syntheticDataMeasuresNoAccuracy() throws Exception {
        JsonNode r = run("--model", model.toString(), "--data", "synthetic");
        assertTrue(r.get("accuracy").isNull());
        Cli c = Cli.run("run", "--target", cpu.toString(), "--net", "perceptron", "--data", "synthetic", "--samples", "5");
        assertEquals(2, c.exit());
        assertEquals("sinapsis: --samples: accuracy needs labelled data: --data synthetic has none", c.errLine());
    }

    @Test
    void dataThatDoNotFitTheNetworkAreAnErrorOnlyWhenAskedFor() {
        Cli c = Cli.run("run", "--target", cpu.toString(), "--net", "lenet5", "--data", data.toString());
        assertEquals(2, c.exit());
        assertEquals("sinapsis: --data: " + data + " test images [1, 28, 28] in 10 classes do not fit network"
                + " 'lenet5'", c.errLine());
        Cli samples = Cli.run("run", "--target", cpu.toString(), "--net", "perceptron", "--data", data.toString(),
                "--samples", "301");
        assertEquals("sinapsis: --samples: 301 is more than the 300 images of " + data + " test", samples.errLine());
    }

    @Test
    void withoutTheInstalledSetOneLineSaysHowToGetIt() {
        StringWriter err = new StringWriter();
        Workload w = WorkloadFactory.create(CourseNetworks.fashionMlp(), 4, 1, null,
                new DataSources(Optional.empty(), false), null, new PrintWriter(err, true));
        assertEquals(Optional.empty(), w.evaluation());
        assertEquals(4, w.inputs().get("input").batch());
        assertTrue(w.parametersSource().startsWith("bundled model fashion-mlp.safetensors")
                || w.parametersSource().startsWith("random initialization"), w.parametersSource());
        String note = err.toString();
        assertEquals(1, note.lines().count(), note);
        assertTrue(note.startsWith("sinapsis: Fashion-MNIST is not installed") && note.contains(
                "apt-get install dataset-fashion-mnist") && note.contains("using synthetic inputs, no accuracy"), note);
        assertThrows(InvalidInputException.class, () -> WorkloadFactory.create(CourseNetworks.fashionMlp(), 4, 1,
                null, new DataSources(Optional.empty(), false), 10, new PrintWriter(new StringWriter())));
        StringWriter quiet = new StringWriter();
        WorkloadFactory.create(CourseNetworks.lenet5(), 1, 1, null, new DataSources(Optional.empty(), false), null,
                new PrintWriter(quiet, true));
        assertEquals("", quiet.toString(), "no note for networks Fashion-MNIST does not fit");
    }

    @Test
    void realImagesFeedTheTimingBatchAndCalibration() {
        DataSources sources = new DataSources(Optional.of(MnistFiles.in("tiny", data, "--data")), true);
        Workload w = WorkloadFactory.create(CourseNetworks.perceptron(), 302, 1, model, sources, 0,
                new PrintWriter(new StringWriter()));
        Tensor batch = w.inputs().get("input");
        assertEquals(302, batch.batch());
        assertEquals(batch.example(0), batch.example(300), "a batch larger than the test set starts over");
        assertEquals(sources.test().images(5, 1), batch.example(5));
        assertEquals(Optional.empty(), w.evaluation(), "--samples 0 measures no accuracy");
        assertEquals(256, w.calibration().get("input").batch());
        assertEquals(sources.train().images(0, 256), w.calibration().get("input"));
        assertNotNull(w.quantized());
        assertEquals(model.toString(), w.parametersSource());
    }

    @Test
    void batchSizesShareTheModelAndOneQuantization() {
        DataSources sources = new DataSources(Optional.of(MnistFiles.in("tiny", data, "--data")), true);
        StringWriter err = new StringWriter();
        List<Workload> all = WorkloadFactory.create(CourseNetworks.perceptron(), List.of(3, 302), 1, model, sources, 5,
                new PrintWriter(err, true));
        assertEquals(List.of(3, 302), all.stream().map(Workload::batch).toList());
        assertEquals(3, all.get(0).inputs().get("input").batch());
        assertEquals(302, all.get(1).inputs().get("input").batch());
        assertEquals(all.get(0).inputs().get("input").example(2), all.get(1).inputs().get("input").example(2));
        assertSame(all.get(0).parameters(), all.get(1).parameters());
        assertSame(all.get(0).quantized(), all.get(1).quantized());
        assertSame(all.get(0).evaluation().orElseThrow(), all.get(1).evaluation().orElseThrow());
        assertEquals("", err.toString());
    }
}
