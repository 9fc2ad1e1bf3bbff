// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.List;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.eval.EvalStatus;

/**
 * The resources a design takes on its device: DSP units, block RAMs (shell, input, weight and
 * output buffers), and an estimate of LUTs (ALMs) and registers. See {@link FpgaResources} for the
 * model.
 *
 * @param lanes MAC lanes {@code Tm x Tn}
 * @param dspBlocks DSP units: {@code ceil(lanes dspPerMac)}
 * @param inputBramBlocks block RAMs of the input buffer (both halves when double-buffered)
 * @param weightBramBlocks block RAMs of the weight buffer
 * @param outputBramBlocks block RAMs of the output buffer
 * @param shellBramBlocks block RAMs of the shell
 * @param luts LUTs or ALMs: shell plus {@code lanes lutsPerMac} (an estimate)
 * @param registers flip-flops: shell plus {@code lanes registersPerMac} (an estimate)
 */
public record FpgaResourceEstimate(long lanes, long dspBlocks, long inputBramBlocks, long weightBramBlocks,
        long outputBramBlocks, long shellBramBlocks, long luts, long registers) {

    /** All block RAMs the design takes. */
    public long bramBlocks() {
        return inputBramBlocks + weightBramBlocks + outputBramBlocks + shellBramBlocks;
    }

    /**
     * One status per resource ({@code dsp}, {@code bram}, {@code lut}, {@code register}), failed
     * where the design takes more than {@code spec} offers.
     */
    public List<EvalStatus> statuses(FpgaSpec spec) {
        EvalStatus dsp = dspBlocks <= spec.usableDspBlocks() ? DSP_OK : EvalStatus.fail("dsp", "needs " + dspBlocks
                + ", the device has " + spec.usableDspBlocks() + (spec.usableDspFraction() < 1 ? " usable ("
                + Math.round(spec.usableDspFraction() * 100) + "% of " + spec.dspBlocks() + ")" : ""));
        EvalStatus bram = bramBlocks() <= spec.bramBlocks() ? BRAM_OK : EvalStatus.fail("bram", "needs "
                + bramBlocks() + ", the device has " + spec.bramBlocks() + " (input " + inputBramBlocks + ", weights "
                + weightBramBlocks + ", output " + outputBramBlocks + ", shell " + shellBramBlocks + ")");
        EvalStatus lut = luts <= spec.luts() ? LUT_OK
                : EvalStatus.fail("lut", "needs " + luts + ", the device has " + spec.luts());
        EvalStatus register = registers <= spec.registers() ? REGISTER_OK
                : EvalStatus.fail("register", "needs " + registers + ", the device has " + spec.registers());
        return List.of(dsp, bram, lut, register);
    }

    private static final EvalStatus DSP_OK = EvalStatus.ok("dsp");
    private static final EvalStatus BRAM_OK = EvalStatus.ok("bram");
    private static final EvalStatus LUT_OK = EvalStatus.ok("lut");
    private static final EvalStatus REGISTER_OK = EvalStatus.ok("register");
}
