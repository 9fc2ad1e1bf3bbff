// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import org.sinapsis.isa.eval.Evaluation;

/**
 * One explored design as a roofline point (Zhang et al., FPGA 2015, Figure 9): its
 * computation-to-communication ratio (flops per DDR byte) on the x axis and its performance on
 * the y axis, with the two roofs that bound it.
 *
 * @param index the design's index in the search space
 * @param label the design, such as {@code <64, 7>} or {@code conv1 <48, 3, 55, 55>}
 * @param tm output-channel lanes
 * @param tn input-channel lanes
 * @param tr output rows per tile (0 for a cross-layer design, whose tiles differ per layer)
 * @param tc output columns per tile (0 for a cross-layer design)
 * @param weightsResident whether weights stay on chip
 * @param legal whether every level accepts the design
 * @param reason the first failed level and why; empty when legal
 * @param dspBlocks DSP units the array takes
 * @param cycles cycles of the matrix work; 0 when illegal
 * @param flops floating-point (or fixed-point) operations, 2 per MAC
 * @param ddrBytes bytes moved to and from DDR
 * @param ctcFlopsPerByte computation-to-communication ratio: {@code flops / ddrBytes}
 * @param computeRoofFlopsPerSecond the design's computational roof: flops over its compute cycles
 * @param bandwidthRoofFlopsPerSecond {@code ctc x DDR bandwidth}
 * @param attainableFlopsPerSecond what the evaluator found: {@code flops / (cycles / clock)}
 */
public record FpgaDesignPoint(long index, String label, int tm, int tn, int tr, int tc, boolean weightsResident,
        boolean legal, String reason, long dspBlocks, long cycles, long flops, long ddrBytes, double ctcFlopsPerByte,
        double computeRoofFlopsPerSecond, double bandwidthRoofFlopsPerSecond, double attainableFlopsPerSecond) {

    /**
     * The roofline point of an evaluation.
     *
     * @param macs the multiply-accumulates the evaluation covers
     * @param clockHz the accelerator clock
     * @param ddrBandwidthBytesPerSecond the DDR bandwidth
     */
    public static FpgaDesignPoint of(long index, String label, int tm, int tn, int tr, int tc, boolean resident, long dsp,
            Evaluation e, long macs, double clockHz, double ddrBandwidthBytesPerSecond) {
        long flops = 2 * macs;
        if (!e.legal()) {
            return new FpgaDesignPoint(index, label, tm, tn, tr, tc, resident, false, e.failures().get(0).toString(),
                    dsp, 0, flops, 0, 0, 0, 0, 0);
        }
        long ddr = e.actions().get("ddr", "read_byte") + e.actions().get("ddr", "write_byte");
        long stalls = e.stallCycles().values().stream().mapToLong(Long::longValue).sum();
        long compute = Math.max(1, e.cycles() - stalls);
        double ctc = ddr == 0 ? Double.MAX_VALUE : (double) flops / ddr;
        return new FpgaDesignPoint(index, label, tm, tn, tr, tc, resident, true, "", dsp, e.cycles(), flops, ddr,
                ddr == 0 ? 0 : ctc, flops * clockHz / compute, ddr == 0 ? 0 : ctc * ddrBandwidthBytesPerSecond,
                e.cycles() == 0 ? 0 : flops * clockHz / e.cycles());
    }
}
