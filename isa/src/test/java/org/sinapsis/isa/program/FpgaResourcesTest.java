// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.eval.EvalStatus;

class FpgaResourcesTest {
    private static final FpgaSpec VX485T = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");
    private static final FpgaSpec STRATIX = (FpgaSpec) ArchSpecs.presets().get("fpga-brainwave");

    @Test
    void blockRamBanksFollowThePortWidths() {
        assertEquals(448, FpgaResources.bramBlocks(VX485T, 448, 121, 32), "one 512x36 BRAM18 per fp32 bank");
        assertEquals(3, FpgaResources.bramBlocks(VX485T, 1, 1521, 32), "1521 words need 3 blocks of 512");
        assertEquals(2, FpgaResources.bramBlocks(VX485T, 1, 1025, 18), "1024x18 per block");
        assertEquals(1, FpgaResources.bramBlocks(VX485T, 4, 512, 8), "four 8-bit lanes share a 36-bit port");
        assertEquals(2, FpgaResources.bramBlocks(VX485T, 1, 512, 48), "48-bit words take two 36-bit ports");
        assertEquals(8000, FpgaResources.bramBlocks(STRATIX, 96_000, 512, 3.125), "twelve 3.125-bit lanes per M20K");
    }

    @Test
    void zhangsDesignTakesTheDspsTheyReport() {
        FpgaDatapath fp32 = VX485T.datapath(Precision.FP32).orElseThrow();
        FpgaResourceEstimate e = FpgaResources.estimate(VX485T, fp32, 64, 7,
                new FpgaBufferNeeds(39L * 227, 121, 5L * 13, false), true);
        assertEquals(2240, e.dspBlocks(), "Zhang et al.: 2,240 DSPs (V2)");
        assertEquals(896, e.weightBramBlocks());
        assertEquals(2 * 7 * 18, e.inputBramBlocks());
        assertEquals(2 * 64, e.outputBramBlocks());
        assertTrue(e.statuses(VX485T).stream().allMatch(EvalStatus::success));
        double reportedBram = 1024;
        assertEquals(1.0, (e.bramBlocks() - e.inputBramBlocks() + 2 * 7 * 3) / reportedBram, 0.15,
                "block RAM within 15% of the 1,024 Zhang et al. report (V2) for 1,521-word input tiles");
    }

    @Test
    void overflowsNameTheResource() {
        FpgaDatapath fp32 = VX485T.datapath(Precision.FP32).orElseThrow();
        List<EvalStatus> s = FpgaResources.estimate(VX485T, fp32, 64, 8, new FpgaBufferNeeds(1, 1, 1, false), true)
                .statuses(VX485T);
        assertFalse(s.get(0).success());
        assertEquals("dsp: needs 2560, the device has 2400 usable (86% of 2800)", s.get(0).toString());
        FpgaResourceEstimate shallow = FpgaResources.estimate(VX485T, fp32, 64, 7, new FpgaBufferNeeds(8, 121, 4, false),
                true);
        assertEquals(0, shallow.inputBramBlocks(), "an 8-word input bank is registers");
        assertEquals(0, shallow.outputBramBlocks());
    }
}
