// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DevicePeakTest {

    @Test
    @Tag("gpu")
    void thePeakKernelRunsThroughOpenCl() {
        double opsPerSecond = DevicePeak.measureOpsPerSecond(OpenClDevices.required(), 1);
        assertTrue(opsPerSecond > 1e8 && opsPerSecond < 1e15, "fp32 ops/s " + opsPerSecond);
    }
}
