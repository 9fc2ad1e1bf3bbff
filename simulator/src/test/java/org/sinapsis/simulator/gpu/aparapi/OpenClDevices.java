// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aparapi.device.Device;
import java.util.Optional;

/** The OpenCL device tagged {@code gpu} tests run on, or a skipped test where none exists. */
public final class OpenClDevices {
    private OpenClDevices() {
    }

    /** The best OpenCL device (GPU, else CPU); skips the test with the reason when this host has none. */
    public static ExecutionDevice required() {
        Optional<ExecutionDevice> d = ExecutionDevices.best(Device.TYPE.GPU).or(() -> ExecutionDevices.best(
                Device.TYPE.CPU));
        assumeTrue(d.isPresent(), "no OpenCL device on this host: install an OpenCL driver (Debian: "
                + "pocl-opencl-icd ocl-icd-libopencl1, as .ci/run does) to run the GPU path's tests");
        return d.get();
    }
}
