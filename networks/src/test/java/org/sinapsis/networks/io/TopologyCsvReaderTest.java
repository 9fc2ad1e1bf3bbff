// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.Input;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

class TopologyCsvReaderTest {

    private static final String CONV_COLUMNS = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width,"
            + " Channels, Num Filter, Strides, Stride Width";

    private static Path resource(String name) {
        URL url = TopologyCsvReaderTest.class.getResource("/topologies/" + name);
        assertNotNull(url, name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a SCALE-Sim per-layer results file, as column name to text. */
    private static List<Map<String, String>> results(String name) throws IOException {
        List<String> lines = Files.readAllLines(resource("scalesim-results/" + name), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static Stream<Arguments> scaleSimRuns() {
        return Stream.of(
                Arguments.of("alexnet.csv", TopologyFormat.CONV, "alexnet_32ws.csv"),
                Arguments.of("Resnet50_clean.csv", TopologyFormat.CONV, "Resnet50_32ws.csv"),
                Arguments.of("mobilnet_paper.csv", TopologyFormat.CONV, "mobilnet_paper_32ws.csv"),
                Arguments.of("mlp_conv.csv", TopologyFormat.CONV, "mlpconv_32ws.csv"),
                Arguments.of("tiny.csv", TopologyFormat.CONV, "tiny_4x4_ws.csv"),
                Arguments.of("mlp_gemm.csv", TopologyFormat.GEMM, "mlpgemm_32ws.csv"),
                Arguments.of("test_mnk_input.csv", TopologyFormat.GEMM, "testmnk_32ws.csv"),
                Arguments.of("transformer_partial.csv", TopologyFormat.GEMM, "transformer_partial_256ws.csv"));
    }

    @ParameterizedTest
    @MethodSource("scaleSimRuns")
    void everyLayerHasScaleSimsGemmAndMacs(String topology, TopologyFormat format, String resultsFile)
            throws IOException {
        Network n = TopologyCsvReader.read(resource("scalesim/" + topology), format);
        List<Map<String, String>> rows = results(resultsFile);
        List<Node> layers = n.layers();
        assertEquals(rows.size(), layers.size());
        assertEquals(rows.size(), n.inputs().size());
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Node node = layers.get(i);
            assertEquals(row.get("layer_name"), node.name());
            long m = Long.parseLong(row.get("gemm_M"));
            long k = Long.parseLong(row.get("gemm_K"));
            long filters = Long.parseLong(row.get("gemm_N"));
            assertEquals(new GemmView(m, filters, k, 1), node.gemm(1).orElseThrow(), node.name());
            assertEquals(m * k * filters, node.macs(), node.name());
            int h = Integer.parseInt(row.get("ifmap_h"));
            int w = Integer.parseInt(row.get("ifmap_w"));
            TensorShape in = format == TopologyFormat.CONV
                    ? TensorShape.of(Integer.parseInt(row.get("channels")), h, w)
                    : TensorShape.of(h, w);
            assertEquals(in, node.inputShapes().get(0), node.name());
            assertEquals(List.of(node.name() + ".input"), node.inputs());
            total += m * k * filters;
        }
        assertEquals(total, n.macs());
        assertEquals(topology.substring(0, topology.length() - ".csv".length()), n.name());
    }

    @Test
    void shippedTopologiesWithoutRecordedRunsHaveScaleSimsMacs() {
        // SCALE-Sim: E = ceil((H - R + S) / S), MACs = E * F * R * S * C * N
        assertEquals(55L * 55 * 363 * 96, TopologyCsvReader.read(resource("scalesim/alexnet_part.csv"),
                TopologyFormat.CONV).macs());
        assertEquals(64L * 784 * 512, TopologyCsvReader.read(resource("scalesim/fc1_784x512_b64.csv"),
                TopologyFormat.CONV).macs());
        assertEquals(25L * 1728 * 384, TopologyCsvReader.read(resource("scalesim/test.csv"),
                TopologyFormat.CONV).macs());
    }

    @Test
    void convRowsBecomeUnbiasedConvolutionsOnTheirOwnInputs() {
        Network n = TopologyCsvReader.read(resource("scalesim/alexnet.csv"), TopologyFormat.CONV);
        assertEquals(List.of("Conv1.input", "Conv1", "Conv2.input", "Conv2", "Conv3.input", "Conv3", "Conv4.input",
                "Conv4", "Conv5.input", "Conv5"), n.nodes().stream().map(Node::name).toList());
        assertEquals(new Input(TensorShape.of(3, 224, 224)), n.node("Conv1.input").layer());
        // 224 - 11 = 213 is not a multiple of 4: SCALE-Sim's 55x55 needs a partial last window
        assertEquals(new Conv2D(96, 11, 11, 4, 4, 2, 2, 1, false), n.node("Conv1").layer());
        assertEquals(TensorShape.of(96, 55, 55), n.node("Conv1").outputShape());
        assertEquals(new Conv2D(256, 5, 5, 1, 1, 0, 0, 1, false), n.node("Conv2").layer());
        assertEquals(TensorShape.of(256, 23, 23), n.node("Conv2").outputShape());
        assertEquals(96L * 3 * 121, n.node("Conv1").parameters());
        assertEquals(5, n.outputs().size());
        assertTrue(n.description().contains("SCALE-Sim topology 'alexnet' (conv format): 5 independent layers"));
    }

    @Test
    void gemmRowsBecomeUnbiasedDenseLayers() {
        Network n = TopologyCsvReader.read(resource("scalesim/mlp_gemm.csv"), TopologyFormat.GEMM);
        Node fc = n.node("FC1_b64");
        assertEquals(new Dense(512, false), fc.layer());
        assertEquals(TensorShape.of(64, 784), fc.inputShapes().get(0));
        assertEquals(TensorShape.of(64, 512), fc.outputShape());
        assertEquals(784L * 512, fc.parameters());
        assertEquals(new GemmView(64, 512, 784, 1), fc.gemm(1).orElseThrow());
        assertTrue(n.description().contains("(gemm format): 9 independent layers"));
    }

    @Test
    void acceptsScaleSimsSyntaxVariants() {
        Network n = TopologyCsvReader.read(resource("variants.csv"), TopologyFormat.CONV);
        assertEquals("variants", n.name());
        assertEquals(List.of("NoComma", "Trailing", "Tagged", "StrideW", "Wide"),
                n.layers().stream().map(Node::name).toList());
        assertEquals(n.node("Trailing").layer(), n.node("NoComma").layer());
        assertEquals(TensorShape.of(4, 8, 10), n.node("NoComma").outputShape());
        assertEquals(TensorShape.of(4, 8, 10), n.node("Tagged").outputShape());
        // stride 2 x 3: (10 - 3) mod 2 = 1 and (12 - 5) mod 3 = 1, so one row and column of padding
        assertEquals(new Conv2D(4, 3, 5, 2, 3, 1, 1, 1, false), n.node("StrideW").layer());
        assertEquals(TensorShape.of(4, 5, 4), n.node("StrideW").outputShape());
        assertEquals(TensorShape.of(512, 1, 1), n.node("Wide").outputShape());
    }

    @Test
    void dpLayersAreDepthwiseWithNumFilterPerChannel() {
        Network n = TopologyCsvReader.read(resource("depthwise.csv"), TopologyFormat.CONV);
        Node dp = n.node("Conv1_DP");
        assertEquals(new Conv2D(64, 3, 3, 2, 2, 1, 1, 32, false), dp.layer());
        assertEquals(TensorShape.of(64, 56, 56), dp.outputShape());
        // SCALE-Sim: 32 layers of 1 channel and 2 filters, each 56 * 56 * 9 * 2 MACs
        assertEquals(32L * 56 * 56 * 9 * 2, dp.macs());
        assertEquals(new GemmView(56 * 56, 2, 9, 32), dp.gemm(1).orElseThrow());
        assertEquals(32L * 9 * 2, dp.parameters());
        assertEquals(1, ((Conv2D) n.node("Conv1").layer()).groups());
        assertEquals(1, ((Conv2D) n.node("Conv2_dp").layer()).groups(), "DP is case-sensitive, as in SCALE-Sim");
    }

    @Test
    void paddingGivesScaleSimsExtentWithTheLeastZeros() {
        for (int in = 1; in <= 40; in++) {
            for (int kernel = 1; kernel <= in; kernel++) {
                for (int stride = 1; stride <= 8; stride++) {
                    int scaleSim = (in - kernel + stride + stride - 1) / stride;
                    int pad = TopologyCsvReader.scaleSimPadding(in, kernel, stride);
                    assertEquals(scaleSim, (in + 2 * pad - kernel) / stride + 1, in + " " + kernel + " " + stride);
                    if (pad > 0) {
                        assertNotEquals(scaleSim, (in + 2 * pad - 2 - kernel) / stride + 1);
                    }
                }
            }
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("malformed/not_integer.csv", TopologyFormat.CONV,
                        ":3: column 4 'Filter Height': expected a positive integer, got 'x'"),
                Arguments.of("malformed/zero_stride.csv", TopologyFormat.CONV,
                        ":2: column 8 'Strides': expected a positive integer, got '0'"),
                Arguments.of("malformed/too_large.csv", TopologyFormat.CONV,
                        ":4: column 7 'Num Filter': expected a positive integer, got '99999999999'"),
                Arguments.of("malformed/missing_column.csv", TopologyFormat.CONV,
                        ":2: column 8 'Strides': missing (the row has 7 columns)"),
                Arguments.of("malformed/extra_column.csv", TopologyFormat.CONV,
                        ":2: column 10: unexpected extra column '1': a conv row has 8 or 9 columns (" + CONV_COLUMNS
                                + ")"),
                Arguments.of("scalesim/Resnet50_original_unparseable.csv", TopologyFormat.CONV,
                        ":2: column 10: unexpected extra column '': a conv row has 8 or 9 columns (" + CONV_COLUMNS
                                + ")"),
                Arguments.of("malformed/filter_too_tall.csv", TopologyFormat.CONV,
                        ":3: column 4 'Filter Height': 11 is larger than the IFMAP Height 5"),
                Arguments.of("malformed/filter_too_wide.csv", TopologyFormat.CONV,
                        ":2: column 5 'Filter Width': 3 is larger than the IFMAP Width 2"),
                Arguments.of("malformed/duplicate_name.csv", TopologyFormat.CONV,
                        ":4: column 1 'Layer name': 'Conv1' is already used on line 2"),
                Arguments.of("malformed/input_name_clash.csv", TopologyFormat.CONV,
                        ":3: column 1 'Layer name': the input node 'b.input' of this layer clashes with a name on"
                                + " line 2"),
                Arguments.of("malformed/empty_name.csv", TopologyFormat.CONV,
                        ":2: column 1 'Layer name': empty; every layer needs a name"),
                Arguments.of("malformed/tab_separated.csv", TopologyFormat.CONV,
                        ":2: column 2 'IFMAP Height': missing (the row has 1 column; columns are separated by"
                                + " commas)"),
                Arguments.of("malformed/no_header.csv", TopologyFormat.CONV,
                        ":1: the first line is skipped as the header, but it looks like a layer row; start the"
                                + " file with a header such as 'Layer name, IFMAP Height, IFMAP Width, Filter"
                                + " Height, Filter Width, Channels, Num Filter, Strides,'"),
                Arguments.of("malformed/header_only.csv", TopologyFormat.CONV,
                        ": no layer rows after the header line"),
                Arguments.of("malformed/empty.csv", TopologyFormat.GEMM,
                        ": the file is empty; expected a header line and one row per layer"),
                Arguments.of("malformed/gemm_missing_k.csv", TopologyFormat.GEMM,
                        ":3: column 4 'K': missing (the row has 3 columns)"),
                Arguments.of("malformed/gemm_extra_column.csv", TopologyFormat.GEMM,
                        ":2: column 5: unexpected extra column '7': a gemm row has 4 columns (Layer name, M, N, K)"),
                Arguments.of("scalesim/alexnet.csv", TopologyFormat.GEMM,
                        ":2: column 5: unexpected extra column '11': a gemm row has 4 columns (Layer name, M, N, K)"),
                Arguments.of("scalesim/mlp_gemm.csv", TopologyFormat.CONV,
                        ":2: column 5 'Filter Width': missing (the row has 4 columns)"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedFilesGiveOneLineNamingFileLineAndColumn(String fixture, TopologyFormat format, String expected) {
        Path file = resource(fixture);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TopologyCsvReader.read(file, format));
        assertEquals(file + expected, e.getMessage());
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().lines().count() == 1);
    }

    @Test
    void errorCarriesLineAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TopologyCsvReader.read(resource("malformed/not_integer.csv"), TopologyFormat.CONV));
        assertEquals(3, e.line());
        assertEquals("column 4 'Filter Height'", e.field());
        assertEquals("expected a positive integer, got 'x'", e.detail());
    }

    @Test
    void missingFileAndDirectoryAreInvalidInput(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": cannot read the file: no such file", assertThrows(InvalidInputException.class,
                () -> TopologyCsvReader.read(missing, TopologyFormat.CONV)).getMessage());
        assertEquals(dir + ": cannot read the file: it is a directory", assertThrows(InvalidInputException.class,
                () -> TopologyCsvReader.read(dir, TopologyFormat.CONV)).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] head = "Layer, M, N, K,\nFC1, 1, 2, 3,\nFC".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "2, 1, 2, 3,\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        assertEquals(file + ":3: not UTF-8 text", assertThrows(InvalidInputException.class,
                () -> TopologyCsvReader.read(file, TopologyFormat.GEMM)).getMessage());
    }

    @Test
    void networkNameIsTheFileNameWithoutItsLastExtension(@TempDir Path dir) throws IOException {
        Path dotted = dir.resolve("bert.large.csv");
        Files.writeString(dotted, "Layer, M, N, K,\nQKV, 128, 2304, 768,\n");
        assertEquals("bert.large", TopologyCsvReader.read(dotted, TopologyFormat.GEMM).name());
        Path bare = dir.resolve("layers");
        Files.writeString(bare, "Layer, M, N, K,\nQKV, 128, 2304, 768\n");
        Network n = TopologyCsvReader.read(bare, TopologyFormat.GEMM);
        assertEquals("layers", n.name());
        assertEquals(128L * 2304 * 768, n.macs());
    }
}
