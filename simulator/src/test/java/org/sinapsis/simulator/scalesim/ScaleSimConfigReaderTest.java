// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.networks.InvalidInputException;

class ScaleSimConfigReaderTest {

    @Test
    void readsScaleSimsShippedConfigs() {
        ScaleSimConfig google = ScaleSimConfigReader.read(ScaleSimOracle.ROOT.resolve("configs/google.cfg"));
        assertEquals("GoogleTPU_v1_ws", google.runName());
        assertEquals(256, google.spec().rows());
        assertEquals(Dataflow.WEIGHT_STATIONARY, google.spec().dataflow());
        assertEquals(6144, google.spec().ifmapSramKiB());
        assertEquals(10_000_000, google.filterOffset());
        assertFalse(google.userBandwidth());
        assertEquals(SystolicTiming.SCALE_SIM, google.spec().timing());
        ScaleSimConfig user = ScaleSimConfigReader.read(ScaleSimOracle.ROOT.resolve("configs/scale32_ws_user_bw4.cfg"));
        assertTrue(user.userBandwidth());
        assertEquals(4, user.bandwidth().getAsDouble());
    }

    @Test
    void errorsNameTheFileLineAndKey(@TempDir Path dir) throws Exception {
        String good = Files.readString(ScaleSimOracle.ROOT.resolve("configs/scale32_os.cfg"));
        assertError(dir, good.replace("ArrayHeight:    32", "ArrayHeight: tall"), ":5: ArrayHeight: expected a"
                + " non-negative integer, got 'tall'");
        assertError(dir, good.replace("Dataflow : os", "Dataflow : rs"), ":14: Dataflow: expected os, ws or is, got 'rs'");
        assertError(dir, good.replace("InterfaceBandwidth: CALC", "InterfaceBandwidth: FAST"),
                ":18: InterfaceBandwidth: expected CALC or USER, got 'FAST'");
        assertError(dir, good.replace("ArrayWidth:     32\n", ""), ": ArrayWidth: missing");
        assertError(dir, good.replace("[run_presets]", "[sparsity]"), ":17: unknown section [sparsity]; known:"
                + " architecture_presets, general, network_presets, run_presets");
        assertError(dir, good.replace("ArrayWidth:     32", "ArrayWidth:     32\nArrayHeight: 8"), ":7: ArrayHeight: given twice");
        assertError(dir, good.replace("IfmapSramSzkB:   64", "IfmapSramSzKB:   64\nGlobalBuffer: 9"),
                ":8: GlobalBuffer: unknown key in [architecture_presets]");
    }

    private static void assertError(Path dir, String text, String expectedSuffix) throws Exception {
        Path file = dir.resolve("bad.cfg");
        Files.writeString(file, text);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScaleSimConfigReader.read(file));
        assertEquals(file + expectedSuffix, e.getMessage());
    }
}
