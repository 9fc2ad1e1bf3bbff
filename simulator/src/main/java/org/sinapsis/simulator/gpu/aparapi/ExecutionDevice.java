// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.device.Device;

/**
 * The device the GPU path runs on, as chosen by {@link ExecutionDevices}.
 *
 * @param device Aparapi's device: an OpenCL device, or {@code JavaDevice.THREAD_POOL}
 * @param name the OpenCL device's name, or {@code java-thread-pool}
 * @param label what results report as {@code device}: the OpenCL device's name, type and
 *     platform, or {@code java-thread-pool}
 * @param openCl whether kernels run through OpenCL
 * @param gpu whether the device is an OpenCL GPU
 * @param vendor the OpenCL platform's vendor, or {@code java} for the thread pool
 * @param maxAllocationBytes the largest buffer the device allocates ({@code Long.MAX_VALUE} for
 *     the thread pool, bounded by the Java heap instead)
 * @param globalMemoryBytes the device's memory ({@code Long.MAX_VALUE} for the thread pool)
 * @param maxWorkGroupSize the most work-items per work-group
 * @param computeUnits OpenCL compute units (GPU multiprocessors, CPU cores), or the host's
 *     hardware threads for the thread pool
 */
public record ExecutionDevice(Device device, String name, String label, boolean openCl, boolean gpu, String vendor,
        long maxAllocationBytes, long globalMemoryBytes, int maxWorkGroupSize, int computeUnits) {

    /** The label of Aparapi's Java thread pool. */
    public static final String JAVA_THREAD_POOL = "java-thread-pool";
}
