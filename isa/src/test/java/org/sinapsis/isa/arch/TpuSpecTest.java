// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.networks.InvalidInputException;

class TpuSpecTest {

    @Test
    void tpuV1PresetHoldsThePublishedFigures() {
        TpuSpec tpu = (TpuSpec) ArchSpecs.presets().get("tpu-v1");
        assertEquals(700e6, tpu.clockHz());
        assertEquals(65_536, tpu.mxuRows() * tpu.mxuCols());
        // 65,536 x 2 x 0.7 GHz = 91.75 TOPS, the paper's "92 TOPS"
        assertEquals(91.75e12, tpu.peakOpsPerSecond(), 1e9);
        // 24 MiB of 256-byte rows
        assertEquals(98_304, tpu.unifiedBufferRows());
        // anchors 1.6: the ridge is 45.9 T MAC/s / 34 GB/s = 1349 MACs per weight byte (Fig. 5 says 1350)
        assertEquals(1349.3, tpu.ridgeMacsPerWeightByte(), 0.1);
        assertEquals(TargetKind.SYSTOLIC, tpu.targetKind());
    }

    @Test
    void aBadTpuSpecNamesTheFileLineAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ArchSpecs.parse(
                YamlConfigReader.read("t.yaml", new StringReader(ArchSpecs.toYaml(ArchSpecs.presets().get("tpu-v1"))
                        .replace("mxu_rows: 256", "mxu_rows: lots")))));
        assertTrue(e.getMessage().startsWith("t.yaml:6: mxu_rows: expected an integer, got 'lots'"), e.getMessage());
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> ArchSpecs.parse(
                YamlConfigReader.read("t.yaml", new StringReader(ArchSpecs.toYaml(ArchSpecs.presets().get("tpu-v1"))
                        .replace("weight_fifo_tiles: 4", "weight_fifo_tiles: 0")))));
        assertEquals("t.yaml:10: weight_fifo_tiles: must be >= 1, got 0", range.getMessage());
    }

    @Test
    void systolicPresetsAreScaleSimConfigurations() {
        SystolicArraySpec small = (SystolicArraySpec) ArchSpecs.presets().get("systolic");
        assertEquals(32, small.rows());
        assertEquals(Dataflow.OUTPUT_STATIONARY, small.dataflow());
        assertEquals(65_536, small.words(small.ifmapSramKiB()));
        assertEquals(2.048e12, small.peakOpsPerSecond(), 1);
        SystolicArraySpec big = (SystolicArraySpec) ArchSpecs.presets().get("systolic-256-ws");
        assertEquals(Dataflow.WEIGHT_STATIONARY, big.dataflow());
        assertEquals(2048, big.ofmapSramKiB());
    }

    @Test
    void dataflowShortNames() {
        assertEquals(Dataflow.INPUT_STATIONARY, Dataflow.fromShortName(" IS "));
        assertEquals("ws", Dataflow.WEIGHT_STATIONARY.shortName());
        assertThrows(IllegalArgumentException.class, () -> Dataflow.fromShortName("rs"));
    }
}
