// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.device.Device;
import com.aparapi.device.JavaDevice;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.internal.opencl.OpenCLLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sinapsis.isa.arch.OpenClDevicePreference;
import org.sinapsis.isa.target.InfeasibleException;

/**
 * Finds the OpenCL devices of this host through Aparapi and picks the one a run asks for. The
 * best device of a type is the one with the most compute units (the first listed on a tie), so
 * the choice is the same on every run.
 */
public final class ExecutionDevices {
    private ExecutionDevices() {
    }

    /**
     * The device for {@code preference}: {@code best} is the best OpenCL GPU, else the best OpenCL
     * CPU device, else the Java thread pool; {@code gpu} and {@code cpu} insist on that OpenCL type.
     *
     * @param target the target's name, for errors
     * @throws InfeasibleException when the asked-for device type does not exist on this host
     */
    public static ExecutionDevice select(OpenClDevicePreference preference, String target) {
        return switch (preference) {
            case JAVA_THREAD_POOL -> javaThreadPool();
            case GPU -> best(Device.TYPE.GPU).orElseThrow(() -> missing(target, "an OpenCL GPU"));
            case CPU -> best(Device.TYPE.CPU).orElseThrow(() -> missing(target, "an OpenCL CPU device"));
            case BEST -> best(Device.TYPE.GPU).or(() -> best(Device.TYPE.CPU))
                    .orElseGet(ExecutionDevices::javaThreadPool);
        };
    }

    /** The best OpenCL device of a type, or empty when OpenCL or such a device is missing. */
    public static Optional<ExecutionDevice> best(Device.TYPE type) {
        List<OpenCLDevice> devices = openClDevices(type);
        OpenCLDevice best = null;
        for (OpenCLDevice d : devices) {
            if (best == null || d.getMaxComputeUnits() > best.getMaxComputeUnits()) {
                best = d;
            }
        }
        return Optional.ofNullable(best).map(ExecutionDevices::describe);
    }

    /** The best OpenCL GPU of this host, or empty. */
    public static Optional<ExecutionDevice> bestGpu() {
        return best(Device.TYPE.GPU);
    }

    /** Aparapi's Java thread pool as a device. */
    public static ExecutionDevice javaThreadPool() {
        return new ExecutionDevice(JavaDevice.THREAD_POOL, ExecutionDevice.JAVA_THREAD_POOL,
                ExecutionDevice.JAVA_THREAD_POOL, false, false, "java",
                Long.MAX_VALUE, Long.MAX_VALUE, 256, Runtime.getRuntime().availableProcessors());
    }

    private static List<OpenCLDevice> openClDevices(Device.TYPE type) {
        AparapiLog.install();
        try {
            if (!OpenCLLoader.isOpenCLAvailable()) {
                return List.of();
            }
            return new ArrayList<>(OpenCLDevice.listDevices(type));
        } catch (LinkageError e) {
            return List.of();
        }
    }

    private static ExecutionDevice describe(OpenCLDevice d) {
        boolean gpu = d.getType() == Device.TYPE.GPU;
        String label = d.getName().trim() + " (OpenCL " + (gpu ? "GPU" : "CPU") + ", " + d.getMaxComputeUnits()
                + " compute units, " + d.getOpenCLPlatform().getName().trim() + " "
                + shortVersion(d.getOpenCLPlatform().getVersion()) + ")";
        return new ExecutionDevice(d, d.getName().trim(), label, true, gpu, d.getOpenCLPlatform().getVendor().trim(),
                d.getMaxMemAllocSize(), d.getGlobalMemSize(), d.getMaxWorkGroupSize(), d.getMaxComputeUnits());
    }

    /** The platform version up to its build details: {@code OpenCL 3.0 PoCL 3.1+debian}. */
    static String shortVersion(String version) {
        String v = version.trim();
        int cut = v.indexOf("  ");
        if (cut < 0) {
            cut = v.indexOf(',');
        }
        return cut < 0 ? v : v.substring(0, cut).trim();
    }

    private static InfeasibleException missing(String target, String what) {
        List<String> present = new ArrayList<>();
        for (Device.TYPE t : new Device.TYPE[] {Device.TYPE.GPU, Device.TYPE.CPU, Device.TYPE.ACC}) {
            for (OpenCLDevice d : openClDevices(t)) {
                present.add(d.getName().trim() + " (" + t + ")");
            }
        }
        return new InfeasibleException(target, "OpenCL device", "the spec asks for " + what + "; this host has "
                + (present.isEmpty() ? "no OpenCL device" : String.join(", ", present)));
    }
}
