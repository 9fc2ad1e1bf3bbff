// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An FPGA board running a loop-tiled processing-element array (Zhang et al., FPGA 2015): the
 * device's DSP, block-RAM and logic budget, its DDR interface, the number formats its array can be
 * built in, and whether the array is chosen per network (an HLS design, the default) or fixed (a
 * soft processor such as Brainwave's). YAML {@code kind: fpga}; the presets are
 * {@code fpga-vx485t}, {@code fpga-catapult} and {@code fpga-brainwave}.
 *
 * <p>The array computes {@code Tm} output channels from {@code Tn} input channels per cycle
 * ({@code Tm x Tn} MAC lanes); on-chip buffers hold one input tile, one weight tile and one output
 * tile, each split into banks (Tn, Tm x Tn and Tm banks) so that every lane reads its operand in
 * the same cycle, and each double-buffered. A bank of {@code w}-bit words takes whole block RAMs:
 * a block is {@code bramBlockBits} bits, at most {@code bramMaxWidthBits} wide, and words are
 * padded to a multiple of {@code bramWidthGranuleBits} (9 for Xilinx BRAM18, 10 for Intel M20K),
 * narrower words packing several to a granule.
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param device the FPGA part and board
 * @param clockHz accelerator clock in Hz
 * @param dspBlocks hard DSP units of the device (DSP48 slices; 18x18 multipliers on Stratix V)
 * @param usableDspFraction the share of DSP units the accelerator may use, in (0, 1]
 * @param bramBlocks block RAMs of the device (BRAM18 halves, M20K blocks)
 * @param bramBlockBits bits per block RAM, parity bits included (18432, 20480)
 * @param bramWidthGranuleBits width granule of a block RAM port (9 or 10)
 * @param bramMaxWidthBits widest port of one block RAM (36 or 40)
 * @param luts LUTs (Xilinx) or ALMs (Intel) of the device
 * @param registers flip-flops of the device
 * @param shellLuts LUTs or ALMs the platform shell (DDR controller, DMA, host link, control) uses
 * @param shellRegisters flip-flops the shell uses
 * @param shellBramBlocks block RAMs the shell uses
 * @param ddrBandwidthBytesPerSecond bandwidth between DDR and the accelerator's buffers
 * @param ddrLatencyNanoseconds latency from a transfer's request to its first data
 * @param ddrBurstBytes transfer granularity: every contiguous run is rounded up to whole bursts
 * @param ddrCapacityGiB DDR on the board, in GiB; weights and activations must fit
 * @param vectorLanes values per cycle of the element-wise unit (activations, pooling, recurrent
 *     gate math, residual adds)
 * @param vectorLatencyCycles pipeline latency of the element-wise unit
 * @param fixedTm output-channel lanes of a fixed array (a soft processor); empty lets the compiler
 *     choose Tm per network
 * @param fixedTn input-channel lanes of a fixed array; given exactly when {@code fixedTm} is
 * @param persistentWeights whether weights that fit on chip stay there across inferences (loaded
 *     once at deployment, not per inference), as Brainwave pins RNN weights
 * @param defaultPrecision the precision used when none is asked for; one of the datapaths'
 * @param datapaths the number formats the array can be built in, each precision at most once
 * @param energyTable the built-in energy table ({@code EnergyTables.builtIn}) that prices runs
 * @param sources where the figures come from, with status codes (V, V2, D, U) of anchors.md
 */
public record FpgaSpec(String name, String description, String device, double clockHz, int dspBlocks,
        double usableDspFraction, int bramBlocks, int bramBlockBits, int bramWidthGranuleBits, int bramMaxWidthBits,
        long luts, long registers, long shellLuts, long shellRegisters, int shellBramBlocks,
        double ddrBandwidthBytesPerSecond, double ddrLatencyNanoseconds, int ddrBurstBytes, double ddrCapacityGiB,
        int vectorLanes, int vectorLatencyCycles, OptionalInt fixedTm, OptionalInt fixedTn, boolean persistentWeights,
        Precision defaultPrecision, List<FpgaDatapath> datapaths, String energyTable, List<String> sources)
        implements ArchSpec {

    /** Validates the spec. */
    public FpgaSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("device must not be empty");
        }
        positive("clock_hz", clockHz);
        positive("dsp_blocks", dspBlocks);
        if (!(usableDspFraction > 0 && usableDspFraction <= 1)) {
            throw new IllegalArgumentException("usable_dsp_fraction must be in (0, 1], got " + usableDspFraction);
        }
        positive("bram_blocks", bramBlocks);
        positive("bram_block_bits", bramBlockBits);
        positive("bram_width_granule_bits", bramWidthGranuleBits);
        if (bramMaxWidthBits < bramWidthGranuleBits || bramBlockBits < bramMaxWidthBits) {
            throw new IllegalArgumentException("need bram_width_granule_bits <= bram_max_width_bits <= bram_block_bits");
        }
        positive("luts", luts);
        positive("registers", registers);
        if (shellLuts < 0 || shellLuts >= luts || shellRegisters < 0 || shellRegisters >= registers
                || shellBramBlocks < 0 || shellBramBlocks >= bramBlocks) {
            throw new IllegalArgumentException("the shell must leave luts, registers and bram_blocks for the "
                    + "accelerator (shell_* >= 0 and below the device's totals)");
        }
        positive("ddr_bandwidth_bytes_per_second", ddrBandwidthBytesPerSecond);
        if (!(ddrLatencyNanoseconds >= 0) || !Double.isFinite(ddrLatencyNanoseconds)) {
            throw new IllegalArgumentException("ddr_latency_nanoseconds must be >= 0, got " + ddrLatencyNanoseconds);
        }
        positive("ddr_burst_bytes", ddrBurstBytes);
        positive("ddr_capacity_gib", ddrCapacityGiB);
        positive("vector_lanes", vectorLanes);
        positive("vector_latency_cycles", vectorLatencyCycles);
        if (fixedTm == null || fixedTn == null || fixedTm.isPresent() != fixedTn.isPresent()) {
            throw new IllegalArgumentException("give both fixed_tm and fixed_tn (a fixed array) or neither");
        }
        if (fixedTm.isPresent() && (fixedTm.getAsInt() < 1 || fixedTn.getAsInt() < 1)) {
            throw new IllegalArgumentException("fixed_tm and fixed_tn must be >= 1");
        }
        if (datapaths == null || datapaths.isEmpty()) {
            throw new IllegalArgumentException("at least one datapath must be given");
        }
        Set<Precision> seen = new HashSet<>();
        for (FpgaDatapath d : datapaths) {
            if (!seen.add(d.precision())) {
                throw new IllegalArgumentException("datapath " + d.precision().label() + " is given twice");
            }
        }
        if (defaultPrecision == null || !seen.contains(defaultPrecision)) {
            throw new IllegalArgumentException("default_precision must be one of the datapaths' precisions");
        }
        if (energyTable == null || energyTable.isBlank()) {
            throw new IllegalArgumentException("energy_table must name a built-in table");
        }
        datapaths = List.copyOf(datapaths);
        sources = List.copyOf(sources);
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.FPGA;
    }

    /** The datapath for {@code precision}, or empty when the array cannot be built in it. */
    public Optional<FpgaDatapath> datapath(Precision precision) {
        for (FpgaDatapath d : datapaths) {
            if (d.precision() == precision) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The precisions offered, in spec order. */
    public List<Precision> precisions() {
        return datapaths.stream().map(FpgaDatapath::precision).toList();
    }

    /** The precisions the array can be built in, for messages: {@code "fp32, fixed18, int16, int8"}. */
    public String precisionsLabel() {
        return String.join(", ", precisions().stream().map(Precision::label).toList());
    }

    /** DSP units the accelerator may use: {@code floor(dspBlocks * usableDspFraction)}. */
    public int usableDspBlocks() {
        return (int) Math.floor(dspBlocks * usableDspFraction + 1e-9);
    }

    /** Block RAMs left for the accelerator's buffers after the shell. */
    public int acceleratorBramBlocks() {
        return bramBlocks - shellBramBlocks;
    }

    /**
     * The most MAC lanes ({@code Tm x Tn}) the device's DSP units and logic allow in
     * {@code datapath}: {@code min(usableDsp / dspPerMac, (luts - shell) / lutsPerMac,
     * (registers - shell) / registersPerMac)}, each bound ignored where the per-lane cost is 0.
     */
    public long maxLanes(FpgaDatapath datapath) {
        long lanes = Long.MAX_VALUE;
        if (datapath.dspPerMac() > 0) {
            lanes = Math.min(lanes, (long) Math.floor(usableDspBlocks() / datapath.dspPerMac() + 1e-9));
        }
        if (datapath.lutsPerMac() > 0) {
            lanes = Math.min(lanes, (long) Math.floor((luts - shellLuts) / datapath.lutsPerMac()));
        }
        if (datapath.registersPerMac() > 0) {
            lanes = Math.min(lanes, (long) Math.floor((registers - shellRegisters) / datapath.registersPerMac()));
        }
        return lanes;
    }

    /** DDR bytes per accelerator clock cycle. */
    public double ddrBytesPerCycle() {
        return ddrBandwidthBytesPerSecond / clockHz;
    }

    /** The DDR latency in accelerator cycles, rounded up. */
    public long ddrLatencyCycles() {
        return (long) Math.ceil(ddrLatencyNanoseconds * clockHz / 1e9 - 1e-9);
    }

    /** DDR capacity in bytes. */
    public double ddrCapacityBytes() {
        return ddrCapacityGiB * 1024 * 1024 * 1024;
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
    }
}
