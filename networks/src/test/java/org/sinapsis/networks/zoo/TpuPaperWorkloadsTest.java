// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.LayerCensus;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;

/** Checks the stand-ins against Table 1 of Jouppi et al., ISCA 2017 (anchors.md section 1.3). */
class TpuPaperWorkloadsTest {

    /** One row of Table 1 and the stand-in's exact values. */
    record Row(String name, LayerCensus layers, double tableWeights, double tableOpsPerByte, int batch,
            long parameters, long macs) {
    }

    static Stream<Row> table1() {
        return Stream.of(
                new Row("mlp0", new LayerCensus(0, 5, 0, 0), 20e6, 200, 200, 20_010_000L, 20_000_000L),
                new Row("mlp1", new LayerCensus(0, 4, 0, 0), 5e6, 168, 168, 5_022_080L, 5_017_600L),
                new Row("lstm0", new LayerCensus(0, 24, 0, 34), 52e6, 64, 64, 51_964_416L, 51_904_512L),
                new Row("lstm1", new LayerCensus(0, 37, 0, 19), 34e6, 96, 96, 33_991_296L, 33_947_648L),
                new Row("cnn0", new LayerCensus(16, 0, 0, 0), 8e6, 2888, 8, 7_980_032L, 2_878_943_232L),
                new Row("cnn1", new LayerCensus(72, 4, 13, 0), 100e6, 1750, 32, 100_023_273L, 5_480_517_952L));
    }

    private static Network build(String name) {
        return Zoo.find(name).orElseThrow().network();
    }

    @ParameterizedTest
    @MethodSource("table1")
    void layerCountsAndKindsMatchTable1(Row row) {
        assertEquals(row.layers(), LayerCensus.of(build(row.name())));
    }

    @ParameterizedTest
    @MethodSource("table1")
    void weightsWithin2PercentOfTable1(Row row) {
        Network n = build(row.name());
        assertEquals(row.parameters(), n.parameters());
        assertEquals(1.0, n.parameters() / row.tableWeights(), 0.02);
    }

    @ParameterizedTest
    @MethodSource("table1")
    void opsPerWeightByteWithin2PercentOfTable1(Row row) {
        Network n = build(row.name());
        assertEquals(row.batch(), Zoo.find(row.name()).orElseThrow().defaultBatch());
        assertEquals(row.macs(), n.macs());
        long batchMacs = n.layers().stream()
                .flatMap(x -> x.gemm(row.batch()).stream())
                .mapToLong(GemmView::macs)
                .sum();
        assertEquals(row.macs() * row.batch(), batchMacs);
        double opsPerWeightByte = (double) batchMacs / n.parameters();
        assertEquals(1.0, opsPerWeightByte / row.tableOpsPerByte(), 0.02);
    }

    @Test
    void mlpsAreChainsOfSquareDenseLayers() {
        Network mlp0 = TpuPaperWorkloads.mlp0();
        assertEquals(List.of("input", "fc1", "fc1_relu", "fc2", "fc2_relu", "fc3", "fc3_relu", "fc4", "fc4_relu",
                "fc5"), mlp0.nodes().stream().map(Node::name).toList());
        assertEquals(new GemmView(200, 2000, 2000, 1), mlp0.node("fc3").gemm(200).orElseThrow());
        assertEquals(new GemmView(168, 1120, 1120, 1), TpuPaperWorkloads.mlp1().node("fc4").gemm(168).orElseThrow());
    }

    @Test
    void lstmsRunOneTimeStepPerCall() {
        for (Network n : List.of(TpuPaperWorkloads.lstm0(), TpuPaperWorkloads.lstm1())) {
            for (Node node : n.layers()) {
                if (node.layer() instanceof Lstm) {
                    assertEquals(1, node.inputShapes().get(0).dim(0), node.name());
                    // each gate weight is used once per example
                    assertEquals(node.parameters() - 4L * 512, node.macs(), node.name());
                }
            }
        }
    }

    @Test
    void lstm0ResidualWiring() {
        Network n = TpuPaperWorkloads.lstm0();
        assertEquals(20, n.nodes().stream().filter(x -> x.layer() instanceof Lstm).count());
        assertEquals(14, n.nodes().stream().filter(x -> x.layer() instanceof Add).count());
        assertEquals(List.of("enc4", "enc3"), n.node("enc4_res").inputs());
        assertEquals(List.of("enc5", "enc4_res"), n.node("enc5_res").inputs());
        assertEquals(List.of("enc10_res"), n.node("bridge").inputs());
        assertEquals(List.of("dec10_res"), n.node("proj_out").inputs());
        assertEquals(TensorShape.of(1, 17408), n.node("softmax").outputShape());
    }

    @Test
    void lstm1ProjectionsAndResidual() {
        Network n = TpuPaperWorkloads.lstm1();
        assertEquals(TensorShape.of(1, 320), n.node("proj7").outputShape());
        assertEquals(List.of("proj18", "proj9"), n.node("res").inputs());
        assertEquals(TensorShape.of(1, 1024), n.node("fc_out").outputShape());
    }

    @Test
    void cnn0KeepsA19x19MapAndMxuWideLayers() {
        Network n = TpuPaperWorkloads.cnn0();
        int[] channels = {256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 256, 512, 512, 768};
        for (int i = 0; i < channels.length; i++) {
            assertEquals(TensorShape.of(channels[i], 19, 19), n.node("conv" + (i + 1)).outputShape());
        }
        assertEquals(new GemmView(8 * 361, 256, 1792, 1), n.node("conv3").gemm(8).orElseThrow());
        assertEquals(new GemmView(8 * 361, 512, 4608, 1), n.node("conv15").gemm(8).orElseThrow());
    }

    @Test
    void cnn1KeepsTheBoardAndPoolsEveryFifthConv() {
        Network n = TpuPaperWorkloads.cnn1();
        for (Node node : n.nodes()) {
            if (node.layer() instanceof Conv2D || node.layer() instanceof Pool2D) {
                assertEquals(19, node.outputShape().dim(1), node.name());
                assertEquals(19, node.outputShape().dim(2), node.name());
            }
        }
        assertEquals(List.of("conv5_relu"), n.node("pool1").inputs());
        assertEquals(List.of("conv65_relu"), n.node("pool13").inputs());
        assertEquals(List.of("conv72_relu"), n.node("flatten").inputs());
        assertEquals(TensorShape.of(54872), n.node("flatten").outputShape());
        assertEquals(84_283_392L + 1536, n.node("fc1").parameters());
        assertEquals(TensorShape.of(361), n.node("softmax").outputShape());
    }
}
