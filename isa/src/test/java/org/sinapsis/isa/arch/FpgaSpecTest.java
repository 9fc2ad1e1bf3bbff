// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.InvalidInputException;

class FpgaSpecTest {

    private static FpgaSpec preset(String name) {
        return (FpgaSpec) ArchSpecs.presets().get(name);
    }

    @Test
    void presetsCarryTheirPublishedFigures() {
        FpgaSpec zhang = preset("fpga-vx485t");
        assertEquals(100e6, zhang.clockHz());
        assertEquals(2800, zhang.dspBlocks());
        assertEquals(2060, zhang.bramBlocks());
        assertEquals(Precision.FP32, zhang.defaultPrecision());
        assertEquals(2400, zhang.usableDspBlocks());
        assertEquals(480, zhang.maxLanes(zhang.datapath(Precision.FP32).orElseThrow()));
        FpgaSpec catapult = preset("fpga-catapult");
        assertEquals(200e6, catapult.clockHz());
        assertEquals(3926, catapult.maxLanes(catapult.datapath(Precision.FIXED18).orElseThrow()));
        assertEquals(11e9, catapult.ddrBandwidthBytesPerSecond());
        FpgaSpec brainwave = preset("fpga-brainwave");
        assertEquals(96_000L, (long) brainwave.fixedTm().getAsInt() * brainwave.fixedTn().getAsInt());
        assertTrue(brainwave.persistentWeights());
        for (String name : List.of("fpga-vx485t", "fpga-catapult", "fpga-brainwave")) {
            FpgaSpec s = preset(name);
            assertEquals(TargetKind.FPGA, s.targetKind());
            assertTrue(s.sources().size() >= 3, name + " states its sources");
            assertEquals(s.energyTable(), EnergyTables.builtIn(s.energyTable()).name());
        }
    }

    @Test
    void blockFloatingPointStoresSignMantissaAndASharedExponent() {
        FpgaDatapath bfp = preset("fpga-brainwave").datapath(Precision.BFP8).orElseThrow();
        assertEquals(2, bfp.mantissaBits());
        assertEquals(3 + 5.0 / 40, bfp.storageBitsPerValue());
        assertEquals(1, bfp.bytesFor(1));
        assertEquals(125, bfp.bytesFor(320));
        FpgaDatapath fixed18 = preset("fpga-catapult").datapath(Precision.FIXED18).orElseThrow();
        assertEquals(9, fixed18.bytesFor(4));
        assertEquals(3, Precision.FIXED18.bytes());
    }

    @Test
    void badSpecsAreOneLineErrors() throws Exception {
        String yaml = """
                version: 1
                kind: fpga
                name: tiny
                description: d
                device: a part
                clock_hz: 1e8
                dsp_blocks: 10
                usable_dsp_fraction: 1
                bram_blocks: 10
                bram_block_bits: 18432
                bram_width_granule_bits: 9
                bram_max_width_bits: 36
                luts: 1000
                registers: 2000
                shell_luts: 0
                shell_registers: 0
                shell_bram_blocks: 0
                ddr_bandwidth_bytes_per_second: 1e9
                ddr_latency_nanoseconds: 0
                ddr_burst_bytes: 64
                ddr_capacity_gib: 1
                vector_lanes: 4
                vector_latency_cycles: 1
                persistent_weights: false
                default_precision: int8
                datapaths:
                  - {precision: fp32, dsp_per_mac: 5, luts_per_mac: 1, registers_per_mac: 1, operand_bits: 32, shared_exponent_bits: 0, block_size: 1, accumulator_bits: 32, multiply_latency_cycles: 1, add_latency_cycles: 1, source: test}
                energy_table: fpga-vx485t
                sources: []
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ArchSpecs.parse(YamlConfigReader.read("f.yaml", new StringReader(yaml))));
        assertEquals("f.yaml:25: default_precision: must be one of the datapaths' precisions",
                e.getMessage());
        FpgaSpec ok = (FpgaSpec) ArchSpecs.parse(YamlConfigReader.read("f.yaml",
                new StringReader(yaml.replace("default_precision: int8", "default_precision: fp32"))));
        assertEquals(2, ok.maxLanes(ok.datapath(Precision.FP32).orElseThrow()));
        assertEquals(0, ok.ddrLatencyCycles());
        InvalidInputException bfp = assertThrows(InvalidInputException.class, () -> ArchSpecs.parse(
                YamlConfigReader.read("f.yaml", new StringReader(yaml.replace("precision: fp32,", "precision: bfp8,")
                        .replace("default_precision: int8", "default_precision: bfp8")))));
        assertTrue(bfp.getMessage().contains("a bfp8 datapath needs shared_exponent_bits >= 1"), bfp.getMessage());
    }
}
