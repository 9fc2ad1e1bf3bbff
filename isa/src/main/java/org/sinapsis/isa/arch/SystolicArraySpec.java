// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.OptionalDouble;

/**
 * A generic systolic array in the style of SCALE-Sim: {@code rows x cols} processing elements
 * running one dataflow, three double-buffered SRAMs and a DRAM interface. YAML
 * {@code kind: systolic}.
 *
 * <p>Peak: {@code 2 rows cols clockHz} operations per second (one MAC per PE per cycle). Words
 * are {@code wordBytes} bytes; SRAM sizes are KiB as in SCALE-Sim's {@code *SramSzkB} keys.
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param rows PE rows (SCALE-Sim {@code ArrayHeight}), at least 1
 * @param cols PE columns (SCALE-Sim {@code ArrayWidth}), at least 1
 * @param dataflow the preset mapping of every layer
 * @param ifmapSramKiB input SRAM, both buffers together, at least 1
 * @param filterSramKiB weight SRAM, both buffers together, at least 1
 * @param ofmapSramKiB output SRAM, both buffers together, at least 1
 * @param wordBytes bytes per operand word (1 for int8), at least 1
 * @param dramBandwidthWordsPerCycle DRAM words per cycle for each operand; empty means
 *     SCALE-Sim's CALC mode: reads never stall and the bandwidth needed is reported instead
 * @param clockHz the array clock in Hz, positive (SCALE-Sim has none; latency in seconds needs one)
 * @param timing SCALE-Sim's cycle model or sinapsis's overlapped one
 * @param energyTable the built-in energy table that prices this machine's actions
 */
public record SystolicArraySpec(String name, String description, int rows, int cols, Dataflow dataflow,
        int ifmapSramKiB, int filterSramKiB, int ofmapSramKiB, int wordBytes,
        OptionalDouble dramBandwidthWordsPerCycle, double clockHz, SystolicTiming timing, String energyTable)
        implements ArchSpec {

    /** Validates the spec. */
    public SystolicArraySpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (description == null) {
            throw new IllegalArgumentException("description must be given");
        }
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be >= 1, got " + rows + " x " + cols);
        }
        if (dataflow == null || timing == null) {
            throw new IllegalArgumentException("dataflow and timing must be given");
        }
        if (ifmapSramKiB < 1 || filterSramKiB < 1 || ofmapSramKiB < 1) {
            throw new IllegalArgumentException("SRAM sizes must be >= 1 KiB");
        }
        if (wordBytes < 1) {
            throw new IllegalArgumentException("word_bytes must be >= 1, got " + wordBytes);
        }
        if (dramBandwidthWordsPerCycle == null || dramBandwidthWordsPerCycle.isPresent()
                && !(dramBandwidthWordsPerCycle.getAsDouble() > 0 && Double.isFinite(dramBandwidthWordsPerCycle.getAsDouble()))) {
            throw new IllegalArgumentException("dram_bandwidth_words_per_cycle must be positive, got "
                    + dramBandwidthWordsPerCycle);
        }
        if (!(clockHz > 0) || !Double.isFinite(clockHz)) {
            throw new IllegalArgumentException("clock_hz must be positive, got " + clockHz);
        }
        if (energyTable == null || energyTable.isBlank()) {
            throw new IllegalArgumentException("energy_table must name a built-in energy table");
        }
    }

    /** Peak operations per second: {@code 2 rows cols clockHz}. */
    public double peakOpsPerSecond() {
        return 2.0 * rows * cols * clockHz;
    }

    /** Words an SRAM of {@code kib} KiB holds. */
    public long words(int kib) {
        return kib * 1024L / wordBytes;
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.SYSTOLIC;
    }
}
