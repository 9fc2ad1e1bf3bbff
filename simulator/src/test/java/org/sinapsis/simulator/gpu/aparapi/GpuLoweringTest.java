// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.zoo.Zoo;

class GpuLoweringTest {

    private static GpuProgram lower(Network net, int batch) {
        return GpuLowering.lower(net, NetworkParameters.initialize(net, 1), batch, "gpu");
    }

    private static List<String> labels(GpuProgram p) {
        return p.launches().stream().map(l -> l.node() + ":" + l.label()).toList();
    }

    @Test
    void aReluThatIsTheOnlyReaderIsFusedIntoTheGemm() {
        GpuProgram p = lower(Zoo.find("fashion-mlp").orElseThrow().network(), 2);
        assertEquals(List.of("input:copy-in", "fc1:gemm+relu", "fc2:gemm+relu", "fc3:gemm", "softmax:softmax",
                "softmax:copy-out"), labels(p));
    }

    @Test
    void aReluWithASiblingReaderStaysSeparate() {
        Network net = Network.builder("fork").input("x", 20).add("fc", Dense.of(30)).add("r", Activation.relu())
                .add("sum", new Add(), "fc", "r").build();
        assertEquals(List.of("x:copy-in", "fc:gemm", "r:relu", "sum:add", "sum:copy-out"), labels(lower(net, 1)));
    }

    @Test
    void recurrentLayersLaunchAProjectionThenTwoKernelsPerStep() {
        GpuProgram p = lower(Zoo.find("imdb-lstm").orElseThrow().network(), 1);
        long recurrent = p.launches().stream().filter(l -> l.label().equals("lstm-recurrent")).count();
        long cells = p.launches().stream().filter(l -> l.label().equals("lstm-cell")).count();
        assertEquals(80, recurrent);
        assertEquals(80, cells);
        assertEquals(1 + 1 + 1 + 2 + 160 + 1 + 1 + 1, p.launches().size());
    }

    @Test
    void everyRangeIsWholeEightByEightWorkGroups() {
        for (String name : List.of("lenet5", "fashion-cnn", "imdb-lstm", "perceptron")) {
            for (Launch l : lower(Zoo.find(name).orElseThrow().network(), 3).launches()) {
                assertEquals(List.of(8, 8, 1), List.of(l.localSize()[0], l.localSize()[1], l.localSize()[2]),
                        l.toString());
                for (int d = 0; d < 3; d++) {
                    assertEquals(0, l.globalSize()[d] % l.localSize()[d], l.toString());
                }
                assertTrue(l.workItems() >= l.param(Param.COUNT), l.toString());
            }
        }
    }

    @Test
    void flattenLaunchesNothingAndSharesItsInputsBuffer() {
        Network net = Network.builder("flat").input("x", 2, 3, 4).add("f", new Flatten()).add("fc", Dense.of(5))
                .build();
        GpuProgram p = lower(net, 2);
        assertEquals(List.of("x:copy-in", "fc:gemm", "fc:copy-out"), labels(p));
        assertEquals(p.launches().get(0).param(Param.DST), p.launches().get(1).param(Param.A_OFFSET));
    }

    @Test
    void theArenaHoldsOnlyWhatIsLiveAtOnce() {
        Network mlp0 = Zoo.find("mlp0").orElseThrow().network();
        GpuProgram p = lower(mlp0, 200);
        assertEquals(2 * 200 * 2000, p.arenaFloats(), "input and output of one 2000-wide layer at a time");
        assertEquals(mlp0.parameters(), p.weights().length);
    }

    @Test
    void anEmbeddingMustReadANetworkInput() {
        Network net = Network.builder("emb").input("x", 4).add("fc", Dense.of(4)).add("e", new Embedding(10, 3))
                .build();
        InfeasibleException e = assertThrows(InfeasibleException.class, () -> lower(net, 1));
        assertEquals("target 'gpu': layer 'e' (Embedding): reads 'fc', which is not a network input; the GPU path "
                + "checks token ids on the host, so an Embedding must read an input", e.getMessage());
    }
}
