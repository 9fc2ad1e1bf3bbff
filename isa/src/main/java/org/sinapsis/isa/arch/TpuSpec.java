// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * A TPU-v1-style inference accelerator (Jouppi et al., ISCA 2017): a weight-stationary
 * {@code mxuRows x mxuCols} matrix unit of 8-bit MACs, a software-managed Unified Buffer for
 * activations, 32-bit accumulators, a weight FIFO fed from off-chip weight memory, and CISC
 * instructions sent by the host over PCIe. YAML {@code kind: tpu}; the {@code tpu-v1} preset holds
 * the published figures with their sources.
 *
 * <p>Derived figures: peak {@code 2 mxuRows mxuCols clockHz} operations per second; the roofline
 * ridge {@code mxuRows mxuCols clockHz / weightMemoryBytesPerSecond} MACs per weight byte (the
 * weight intensity at which loading a weight tile takes as long as using it).
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param clockHz core clock in Hz
 * @param mxuRows rows of the matrix unit: the reduction depth of one weight tile
 * @param mxuCols columns of the matrix unit: outputs per tile, and bytes per Unified Buffer row
 * @param unifiedBufferKiB Unified Buffer capacity
 * @param accumulatorRows accumulator rows of {@code mxuCols} 32-bit values
 * @param weightFifoTiles weight tiles the weight FIFO holds
 * @param weightMemoryGiB off-chip weight memory capacity
 * @param weightMemoryBytesPerSecond weight memory bandwidth into the weight FIFO
 * @param hostBytesPerSecond host interface (PCIe) bandwidth, each direction
 * @param weightShiftCycles cycles to shift one weight tile from the FIFO into the matrix unit's
 *     second weight buffer
 * @param matrixLatencyCycles cycles from a matrix instruction's first input row entering the
 *     matrix unit to its first result reaching the accumulators (skew in, drain out)
 * @param ubRowsPerCycle Unified Buffer rows the systolic data setup reads per cycle to feed the
 *     matrix unit; a Convolve row gathered from several rows waits for them
 * @param activationRowsPerCycle accumulator or Unified Buffer rows the activation unit processes
 *     per cycle
 * @param activationLatencyCycles pipeline depth of the activation unit in cycles
 * @param issueCyclesPerInstruction cycles the instruction pipeline spends decoding and issuing
 *     each CISC instruction before it can occupy its unit
 * @param energyTable the built-in energy table that prices this machine's actions
 */
public record TpuSpec(String name, String description, double clockHz, int mxuRows, int mxuCols,
        int unifiedBufferKiB, int accumulatorRows, int weightFifoTiles, int weightMemoryGiB,
        double weightMemoryBytesPerSecond, double hostBytesPerSecond, int weightShiftCycles,
        int matrixLatencyCycles, int ubRowsPerCycle, int activationRowsPerCycle, int activationLatencyCycles,
        int issueCyclesPerInstruction, String energyTable) implements ArchSpec {

    /** Validates the spec. */
    public TpuSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (description == null) {
            throw new IllegalArgumentException("description must be given");
        }
        positive("clock_hz", clockHz);
        positive("weight_memory_bytes_per_second", weightMemoryBytesPerSecond);
        positive("host_bytes_per_second", hostBytesPerSecond);
        atLeast("mxu_rows", mxuRows, 1);
        atLeast("mxu_cols", mxuCols, 1);
        atLeast("unified_buffer_kib", unifiedBufferKiB, 1);
        atLeast("accumulator_rows", accumulatorRows, 2);
        atLeast("weight_fifo_tiles", weightFifoTiles, 1);
        atLeast("weight_memory_gib", weightMemoryGiB, 1);
        atLeast("weight_shift_cycles", weightShiftCycles, 1);
        atLeast("matrix_latency_cycles", matrixLatencyCycles, 0);
        atLeast("ub_rows_per_cycle", ubRowsPerCycle, 1);
        atLeast("activation_rows_per_cycle", activationRowsPerCycle, 1);
        atLeast("activation_latency_cycles", activationLatencyCycles, 0);
        atLeast("issue_cycles_per_instruction", issueCyclesPerInstruction, 1);
        if (mxuCols % 4 != 0) {
            throw new IllegalArgumentException("mxu_cols must be a multiple of 4 (Unified Buffer rows hold int32"
                    + " state in 4-byte groups), got " + mxuCols);
        }
        if (energyTable == null || energyTable.isBlank()) {
            throw new IllegalArgumentException("energy_table must name a built-in energy table");
        }
    }

    /** Peak 8-bit operations per second: {@code 2 mxuRows mxuCols clockHz}. */
    public double peakOpsPerSecond() {
        return 2.0 * mxuRows * mxuCols * clockHz;
    }

    /** Unified Buffer rows of {@code mxuCols} bytes. */
    public long unifiedBufferRows() {
        return unifiedBufferKiB * 1024L / mxuCols;
    }

    /** Bytes of one full weight tile: {@code mxuRows mxuCols}. */
    public int tileBytes() {
        return mxuRows * mxuCols;
    }

    /** Weight memory capacity in bytes. */
    public long weightMemoryBytes() {
        return weightMemoryGiB * (1L << 30);
    }

    /**
     * The roofline ridge in MACs per weight byte: {@code mxuRows mxuCols clockHz /
     * weightMemoryBytesPerSecond}. Below it a layer waits for weights, above it for the matrix unit.
     */
    public double ridgeMacsPerWeightByte() {
        return mxuRows * (double) mxuCols * clockHz / weightMemoryBytesPerSecond;
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.SYSTOLIC;
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }

    private static void atLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", got " + value);
        }
    }
}
