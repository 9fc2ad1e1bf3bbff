// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static Network.Builder tiny() {
        return Network.builder("tiny").input("in", 1, 3, 3);
    }

    private static String failure(Runnable step) {
        return assertThrows(ShapeException.class, step::run).getMessage();
    }

    @Test
    void convKernelLargerThanInputNamesNetworkAndLayer() {
        Network.Builder b = tiny();
        assertEquals("network 'tiny': layer 'c3' (Conv2D): kernel height 5 does not fit the input height 3"
                + " with padding 0", failure(() -> b.add("c3", Conv2D.of(16, 5))));
    }

    @Test
    void convPaddingIsCountedWhenCheckingTheKernel() {
        Network n = tiny().add("c3", Conv2D.of(2, 5).pad(1)).build();
        assertEquals(TensorShape.of(2, 1, 1), n.node("c3").outputShape());
    }

    @Test
    void convGroupsMustDivideInputChannels() {
        Network.Builder b = Network.builder("g").input("in", 3, 8, 8);
        assertEquals("network 'g': layer 'conv' (Conv2D): groups 2 must divide the input channels 3",
                failure(() -> b.add("conv", Conv2D.of(4, 3).groups(2))));
    }

    @Test
    void addShapeMismatchNamesTheLayer() {
        Network.Builder b = Network.builder("res").input("in", 4).add("fc", Dense.of(3));
        assertEquals("network 'res': layer 'sum' (Add): Add needs inputs of the same shape, got [3] and [4]",
                failure(() -> b.add("sum", new Add(), "fc", "in")));
    }

    @Test
    void wrongArityIsRejected() {
        Network.Builder b = Network.builder("res").input("in", 4);
        assertEquals("network 'res': layer 'sum' (Add): takes 2 input(s), got 1 [in]",
                failure(() -> b.add("sum", new Add())));
        assertEquals("network 'res': layer 'fc' (Dense): takes 1 input(s), got 2 [in, in]",
                failure(() -> b.add("fc", Dense.of(2), "in", "in")));
    }

    @Test
    void unknownInputIsRejected() {
        Network.Builder b = Network.builder("n").input("in", 4);
        assertEquals("network 'n': layer 'fc' (Dense): reads 'nope', which is not an earlier node",
                failure(() -> b.add("fc", Dense.of(3), "nope")));
    }

    @Test
    void duplicateNameIsRejected() {
        Network.Builder b = Network.builder("n").input("in", 4).add("fc", Dense.of(3));
        assertEquals("network 'n': layer 'fc' (ReLU): the name is used by an earlier node",
                failure(() -> b.add("fc", Activation.relu())));
    }

    @Test
    void firstNodeMustBeAnInput() {
        Network.Builder b = Network.builder("n");
        assertEquals("network 'n': layer 'fc' (Dense): the first node must be an input",
                failure(() -> b.add("fc", Dense.of(3))));
    }

    @Test
    void inputWithAZeroDimensionNamesTheLayer() {
        Network.Builder b = Network.builder("n");
        assertEquals("network 'n': layer 'in' (Input): tensor dimensions must be >= 1, got [0, 28]",
                failure(() -> b.input("in", 0, 28)));
    }

    @Test
    void networkWithoutLayersIsRejected() {
        Network.Builder b = Network.builder("n").input("in", 4);
        assertEquals("network 'n': layer '-': the network has no layers", failure(b::build));
    }

    @Test
    void recurrentLayersNeedASequence() {
        Network.Builder b = Network.builder("n").input("in", 2, 3, 4);
        assertEquals("network 'n': layer 'lstm' (LSTM): LSTM needs a [T, F] sequence input, got [2, 3, 4]",
                failure(() -> b.add("lstm", new Lstm(8, false))));
    }

    @Test
    void shapesFlowThroughACnn() {
        Network n = Network.builder("cnn").input("in", 1, 28, 28)
                .add("conv", Conv2D.of(16, 5).same())
                .add("relu", Activation.relu())
                .add("pool", Pool2D.max(2, 2))
                .add("flat", new Flatten())
                .add("fc", Dense.of(10))
                .build();
        assertEquals(TensorShape.of(16, 28, 28), n.node("relu").outputShape());
        assertEquals(TensorShape.of(16, 14, 14), n.node("pool").outputShape());
        assertEquals(TensorShape.of(3136), n.node("flat").outputShape());
        assertEquals(TensorShape.of(10), n.node("fc").outputShape());
        assertEquals(28L * 28 * 16 * 25 + 3136L * 10, n.macs());
        assertEquals(16L * 25 + 16 + 3136L * 10 + 10, n.parameters());
    }

    @Test
    void denseWorksOnTheLastDimension() {
        Network n = Network.builder("seq").input("in", 5, 8).add("fc", Dense.of(3)).build();
        assertEquals(TensorShape.of(5, 3), n.node("fc").outputShape());
        assertEquals(5L * 8 * 3, n.macs());
    }

    @Test
    void recurrentShapesAndParameters() {
        Network n = Network.builder("rnn").input("tokens", 80)
                .add("embedding", new Embedding(20000, 128))
                .add("seq", new Lstm(64, true))
                .add("gru", new Gru(32, false))
                .build();
        assertEquals(TensorShape.of(80, 128), n.node("embedding").outputShape());
        assertEquals(TensorShape.of(80, 64), n.node("seq").outputShape());
        assertEquals(TensorShape.of(32), n.node("gru").outputShape());
        assertEquals(20000L * 128, n.node("embedding").parameters());
        assertEquals(128L * 256 + 64L * 256 + 256, n.node("seq").parameters());
        assertEquals(64L * 96 + 32L * 96 + 96 + 96, n.node("gru").parameters());
        assertEquals(0, n.node("embedding").macs());
        assertEquals(80L * 256 * 192 + 80L * 96 * 96, n.macs());
    }

    @Test
    void inputsOutputsAndConsumers() {
        Network n = Network.builder("res").input("in", 4)
                .add("fc", Dense.of(4))
                .add("sum", new Add(), "fc", "in")
                .add("other", Dense.of(2), "in")
                .build();
        assertEquals(List.of("in"), n.inputs().stream().map(Node::name).toList());
        assertEquals(List.of("sum", "other"), n.outputs().stream().map(Node::name).toList());
        assertEquals(List.of("fc", "sum", "other"), n.consumers("in").stream().map(Node::name).toList());
        assertEquals(List.of("fc", "sum", "other"), n.layers().stream().map(Node::name).toList());
        assertEquals("fc", n.node("sum").inputs().get(0));
        assertThrows(IllegalArgumentException.class, () -> n.node("missing"));
    }

    @Test
    void builderReportsTheLastNode() {
        Network.Builder b = Network.builder("n");
        assertThrows(IllegalStateException.class, b::last);
        b.input("in", 4).add("fc", Dense.of(2));
        assertEquals("fc", b.last());
    }

    @Test
    void parameterLayoutsAreDocumentedShapes() {
        Network n = Network.builder("p").input("in", 6, 9, 9)
                .add("conv", Conv2D.of(4, 3).groups(2))
                .add("flat", new Flatten())
                .add("fc", new Dense(5, false))
                .build();
        List<ParameterSpec> conv = n.node("conv").parameterSpecs();
        assertEquals(new ParameterSpec("weight", TensorShape.of(4, 3, 3, 3)), conv.get(0));
        assertEquals(new ParameterSpec("bias", TensorShape.of(4)), conv.get(1));
        assertEquals(List.of(new ParameterSpec("weight", TensorShape.of(196, 5))), n.node("fc").parameterSpecs());
    }
}
