// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.Range;
import com.aparapi.internal.kernel.KernelManager;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A device's measured fp32 multiply-add throughput ({@link PeakFlopsKernel}), the yardstick for
 * "fraction of peak" figures on GPUs. Refuses silent fallbacks like {@link AparapiNetworkRunner}.
 */
public final class DevicePeak {
    private static final int ITERATIONS = 4096;
    private static final int GROUP = 256;
    private static final int GROUPS_PER_COMPUTE_UNIT = 32;

    private DevicePeak() {
    }

    /**
     * The best of {@code repeats} timed launches (after an untimed, compiling one), in fp32
     * operations per second, with 32 work-groups of 256 work-items per compute unit.
     *
     * @throws IllegalStateException when the kernel did not run through OpenCL on {@code device}
     */
    public static double measureOpsPerSecond(ExecutionDevice device, int repeats) {
        int items = Math.max(1, device.computeUnits()) * GROUPS_PER_COMPUTE_UNIT * GROUP;
        PeakFlopsKernel kernel = new PeakFlopsKernel(new float[items], ITERATIONS);
        AparapiLog.drain();
        kernel.setExplicit(true);
        KernelManager.instance().setPreferredDevices(kernel, new LinkedHashSet<>(List.of(device.device())));
        Range range = Range.create(device.device(), items, GROUP);
        try {
            kernel.execute(range);
            if (!kernel.isRunningCL() || !device.device().equals(kernel.getTargetDevice())) {
                throw new IllegalStateException("the peak kernel did not run through OpenCL on " + device.label()
                        + "; Aparapi said: " + String.join(" | ", AparapiLog.drain()));
            }
            double best = Double.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                kernel.execute(range);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            return 16.0 * ITERATIONS * items / best;
        } finally {
            kernel.dispose();
        }
    }
}
