// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinapsis.networks.zoo.Zoo;

/**
 * The larger zoo networks on the OpenCL device against the fp32 reference (relative error at
 * most 1e-4); with {@link AparapiNetworkRunnerTest}'s small ones, every zoo network. Slow: each
 * runs the network on the device and on the reference executor.
 */
@Tag("slow")
@Tag("gpu")
class ZooOnOpenClTest {

    @ParameterizedTest
    @CsvSource({"mlp0, 3", "mlp1, 3", "lstm0, 2", "lstm1, 2", "cnn0, 2", "cnn1, 1", "alexnet, 1", "resnet50, 1"})
    void matchesTheReference(String network, int batch) {
        ExecutionDevice device = OpenClDevices.required();
        double e = AparapiNetworkRunnerTest.worstError(Zoo.find(network).orElseThrow().network(), batch, device);
        assertTrue(e <= 1e-4, network + ": relative error " + e);
    }
}
