// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * A GPU modelled as a roofline from its published figures: clock, fp32 multiply-accumulate
 * units, DRAM bandwidth and on-chip memory, with power as an energy table. YAML
 * {@code kind: gpu-roofline}.
 *
 * <p>Derived figures: peak {@code 2 x fp32MacUnits x clockHz} fp32 operations per second (one
 * fused multiply-add per unit per cycle) and the ridge point {@code fp32MacUnits x clockHz /
 * memoryBandwidthBytesPerSecond} multiply-accumulates per DRAM byte, where a layer turns from
 * memory-bound to compute-bound.
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}: which device and where its figures
 *     come from
 * @param clockHz the core clock the figures assume, in Hz
 * @param fp32MacUnits fp32 fused multiply-add units (CUDA cores)
 * @param memoryBandwidthBytesPerSecond DRAM bandwidth, in bytes per second
 * @param onChipMemoryKiB on-chip storage that can hold operands (registers, shared memory and
 *     caches), in KiB
 * @param energyTable the built-in energy table pricing the actions the model counts
 *     ({@code die.leak_cycle}, {@code die.busy_cycle})
 */
public record GpuSpec(String name, String description, double clockHz, int fp32MacUnits,
        double memoryBandwidthBytesPerSecond, int onChipMemoryKiB, String energyTable) implements ArchSpec {

    /** Validates the spec. */
    public GpuSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (!(clockHz > 0) || !Double.isFinite(clockHz)) {
            throw new IllegalArgumentException("clock_hz must be positive, got " + clockHz);
        }
        if (fp32MacUnits < 1) {
            throw new IllegalArgumentException("fp32_mac_units must be >= 1, got " + fp32MacUnits);
        }
        if (!(memoryBandwidthBytesPerSecond > 0) || !Double.isFinite(memoryBandwidthBytesPerSecond)) {
            throw new IllegalArgumentException("memory_bandwidth_bytes_per_second must be positive, got "
                    + memoryBandwidthBytesPerSecond);
        }
        if (onChipMemoryKiB < 1) {
            throw new IllegalArgumentException("on_chip_memory_kib must be >= 1, got " + onChipMemoryKiB);
        }
        if (energyTable == null || energyTable.isBlank()) {
            throw new IllegalArgumentException("energy_table must name a built-in energy table");
        }
    }

    /** Peak fp32 operations per second: two per fused multiply-add, every unit every cycle. */
    public double peakFp32OpsPerSecond() {
        return 2.0 * fp32MacUnits * clockHz;
    }

    /** DRAM bytes per core cycle. */
    public double bandwidthBytesPerCycle() {
        return memoryBandwidthBytesPerSecond / clockHz;
    }

    /** The roofline's ridge point: peak multiply-accumulates per second over DRAM bytes per second. */
    public double ridgeMacsPerByte() {
        return fp32MacUnits * clockHz / memoryBandwidthBytesPerSecond;
    }

    /** On-chip memory in bytes. */
    public long onChipMemoryBytes() {
        return onChipMemoryKiB * 1024L;
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.GPU;
    }
}
