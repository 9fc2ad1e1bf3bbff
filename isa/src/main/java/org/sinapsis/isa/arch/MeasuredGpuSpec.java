// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.OptionalDouble;

/**
 * The GPU path measured on this host: the network's kernels run through Aparapi on an OpenCL
 * device and are timed by {@code measurement}. YAML {@code kind: gpu-opencl}.
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param device which device to run on ({@link OpenClDevicePreference#BEST} picks a GPU where one
 *     exists)
 * @param declaredPowerWatts the device's power while busy, in watts, used to estimate energy
 *     ({@code estimated:declared-power}) when the device has no power meter this host can read;
 *     empty (the key left out) means no estimate: such a run reports no energy
 * @param measurement the timing protocol; the first (kernel-compiling) run is always a warm-up
 */
public record MeasuredGpuSpec(String name, String description, OpenClDevicePreference device,
        OptionalDouble declaredPowerWatts, MeasurementProtocol measurement) implements ArchSpec {

    /** Validates the spec. */
    public MeasuredGpuSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (device == null) {
            throw new IllegalArgumentException("device must be given");
        }
        if (declaredPowerWatts == null || declaredPowerWatts.isPresent()
                && !(declaredPowerWatts.getAsDouble() > 0 && Double.isFinite(declaredPowerWatts.getAsDouble()))) {
            throw new IllegalArgumentException("declared_power_watts must be positive, got " + declaredPowerWatts);
        }
        if (measurement == null) {
            throw new IllegalArgumentException("measurement must be given");
        }
        if (measurement.warmupRuns() < 1) {
            throw new IllegalArgumentException("measurement.warmup_runs must be >= 1: the first run compiles the "
                    + "kernels and is never timed");
        }
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.GPU;
    }
}
