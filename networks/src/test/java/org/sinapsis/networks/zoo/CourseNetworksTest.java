// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.LayerCensus;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

class CourseNetworksTest {

    private static List<String> names(Network n) {
        return n.nodes().stream().map(Node::name).toList();
    }

    @Test
    void perceptron() {
        Network n = CourseNetworks.perceptron();
        assertEquals(List.of("input", "flatten", "fc", "softmax"), names(n));
        assertEquals(TensorShape.of(784), n.node("flatten").outputShape());
        assertEquals(784L * 10, n.macs());
        assertEquals(7_840L, n.macs());
        assertEquals(784L * 10 + 10, n.parameters());
        assertEquals(new GemmView(1, 10, 784, 1), n.node("fc").gemm(1).orElseThrow());
    }

    @Test
    void fashionMlp() {
        Network n = CourseNetworks.fashionMlp();
        assertEquals(List.of("input", "flatten", "fc1", "fc1_relu", "fc2", "fc2_relu", "fc3", "softmax"), names(n));
        long macs = 784L * 256 + 256L * 128 + 128L * 10;
        assertEquals(234_752L, macs);
        assertEquals(macs, n.macs());
        assertEquals(macs + 256 + 128 + 10, n.parameters());
        assertEquals(new LayerCensus(0, 3, 0, 0), LayerCensus.of(n));
    }

    @Test
    void fashionCnn() {
        Network n = CourseNetworks.fashionCnn();
        assertEquals(TensorShape.of(16, 28, 28), n.node("conv1").outputShape());
        assertEquals(TensorShape.of(16, 14, 14), n.node("pool1").outputShape());
        assertEquals(TensorShape.of(32, 10, 10), n.node("conv2").outputShape());
        assertEquals(TensorShape.of(32, 5, 5), n.node("pool2").outputShape());
        assertEquals(TensorShape.of(800), n.node("flatten").outputShape());
        assertEquals(28L * 28 * 16 * 25, n.node("conv1").macs());
        assertEquals(10L * 10 * 32 * 16 * 25, n.node("conv2").macs());
        assertEquals(1_700_520L, n.macs());
        assertEquals((16 * 25 + 16) + (32 * 16 * 25 + 32) + (800 * 120 + 120) + (120 * 84 + 84) + (84 * 10 + 10),
                n.parameters());
        assertEquals(120_382L, n.parameters());
        assertEquals(new LayerCensus(2, 3, 2, 0), LayerCensus.of(n));
    }

    @Test
    void lenet5MatchesTheHandCount() {
        Network n = CourseNetworks.lenet5();
        assertEquals(TensorShape.of(6, 28, 28), n.node("c1").outputShape());
        assertEquals(TensorShape.of(6, 14, 14), n.node("s2").outputShape());
        assertEquals(TensorShape.of(16, 10, 10), n.node("c3").outputShape());
        assertEquals(TensorShape.of(16, 5, 5), n.node("s4").outputShape());
        assertEquals(TensorShape.of(120, 1, 1), n.node("c5").outputShape());
        assertEquals(TensorShape.of(84), n.node("f6").outputShape());
        // C1 28*28*6*25, C3 10*10*16*6*25, C5 120*16*25, F6 120*84, output 84*10
        assertEquals(117_600L, n.node("c1").macs());
        assertEquals(240_000L, n.node("c3").macs());
        assertEquals(48_000L, n.node("c5").macs());
        assertEquals(416_520L, n.macs());
        // C1 6*25+6, C3 16*6*25+16, C5 120*16*25+120, F6 120*84+84, output 84*10+10
        assertEquals(156L + 2_416 + 48_120 + 10_164 + 850, n.parameters());
        assertEquals(61_706L, n.parameters());
    }

    @Test
    void imdbLstm() {
        Network n = CourseNetworks.imdbLstm();
        assertEquals(TensorShape.of(80, 128), n.node("embedding").outputShape());
        assertEquals(TensorShape.of(128), n.node("lstm").outputShape());
        assertEquals(TensorShape.of(1), n.node("sigmoid").outputShape());
        // Keras model.summary(): 2,560,000 + 131,584 + 129
        assertEquals(2_691_713L, n.parameters());
        assertEquals(80L * 512 * 256 + 128, n.macs());
        assertEquals(new GemmView(1, 512, 256, 80), n.node("lstm").gemm(1).orElseThrow());
        assertEquals(new LayerCensus(0, 2, 0, 1), LayerCensus.of(n));
    }
}
