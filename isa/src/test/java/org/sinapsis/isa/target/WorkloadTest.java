// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.zoo.CourseNetworks;

class WorkloadTest {

    @Test
    void anotherBatchSizeSharesParametersCalibrationAndTheInt8Network() {
        Network net = CourseNetworks.perceptron();
        AtomicInteger parameterCalls = new AtomicInteger();
        AtomicInteger calibrationCalls = new AtomicInteger();
        Workload small = new Workload(net, 2, "seed 1", () -> {
            parameterCalls.incrementAndGet();
            return NetworkParameters.initialize(net, 1);
        }, () -> SyntheticInputs.generate(net, 2, 1), Optional::empty, () -> {
            calibrationCalls.incrementAndGet();
            return SyntheticInputs.generate(net, 4, 2);
        });
        Workload large = small.withBatch(16, () -> SyntheticInputs.generate(net, 16, 1));

        assertEquals(16, large.batch());
        assertEquals(16, large.inputs().get("input").batch());
        assertEquals(2, small.inputs().get("input").batch());
        assertSame(large.quantized(), small.quantized(), "quantized once, by whichever asks first");
        assertSame(small.parameters(), large.parameters());
        assertEquals(1, parameterCalls.get());
        assertEquals(1, calibrationCalls.get());
        assertEquals(small.parametersSource(), large.parametersSource());
    }
}
