// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.energy.EnergyEntry;
import org.sinapsis.isa.energy.EnergyTable;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.networks.InvalidInputException;

/**
 * The GPU presets against the figures they come from (anchors.md sections 1.4, 1.6 and 7): the
 * derived peaks and ridge point, and energy tables that give back the published powers at the
 * presets' clocks.
 */
class GpuSpecsTest {

    private static GpuSpec gpu(String name) {
        return (GpuSpec) ArchSpecs.presets().get(name);
    }

    private static double pj(EnergyTable t, String action) {
        return t.entries().stream().filter(e -> e.action().equals(action)).mapToDouble(EnergyEntry::energyPj)
                .findFirst().orElseThrow();
    }

    @Test
    void k80IsOneDieAsTheTpuPaperMeasuredIt() {
        GpuSpec k80 = gpu("gpu-k80");
        assertEquals(2.8e12, k80.peakFp32OpsPerSecond(), 0.002 * 2.8e12, "Table 2: 2.8 TFLOPS per die, no Boost");
        assertEquals(8.736, k80.ridgeMacsPerByte(), 0.001, "2496 x 560 MHz / 160 GB/s");
        assertEquals(9, Math.round(k80.ridgeMacsPerByte()), "Figure 7 draws the K80 ridge at 9");
        assertEquals(8L << 20, k80.onChipMemoryBytes(), "Table 2: 8 MiB on chip");
        EnergyTable t = EnergyTables.builtIn(k80.energyTable());
        assertEquals(25, pj(t, "leak_cycle") * 1e-12 * k80.clockHz(), 1e-6, "Table 2: idle 25 W");
        assertEquals(98, (pj(t, "leak_cycle") + pj(t, "busy_cycle")) * 1e-12 * k80.clockHz(), 1e-6,
                "Table 2: busy 98 W");
    }

    @Test
    void p100IsTheSxm2Board() {
        GpuSpec p100 = gpu("gpu-p100");
        assertEquals(10.6e12, p100.peakFp32OpsPerSecond(), 0.002 * 10.6e12, "10.6 TFLOPS fp32");
        assertEquals(720e9, p100.memoryBandwidthBytesPerSecond());
        EnergyTable t = EnergyTables.builtIn(p100.energyTable());
        assertEquals(300, (pj(t, "leak_cycle") + pj(t, "busy_cycle")) * 1e-12 * p100.clockHz(), 1e-6, "300 W TDP");
    }

    @Test
    void theMeasuredGpuUsesTheBestDeviceAndNeverTimesTheCompilingRun() {
        MeasuredGpuSpec gpu = (MeasuredGpuSpec) ArchSpecs.presets().get("gpu");
        assertEquals(OpenClDevicePreference.BEST, gpu.device());
        assertTrue(gpu.declaredPowerWatts().isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ArchSpecs.parse(
                YamlConfigReader.read("g.yaml", new StringReader("""
                        version: 1
                        kind: gpu-opencl
                        name: g
                        description: d
                        device: gpu
                        measurement:
                          warmup_runs: 0
                          min_warmup_seconds: 0
                          min_measured_runs: 1
                          min_measured_seconds: 0
                          max_measured_runs: 1
                        """))));
        assertEquals("g.yaml:1: invalid MeasuredGpuSpec: measurement.warmup_runs must be >= 1: the first "
                + "run compiles the kernels and is never timed", e.getMessage());
    }

    @Test
    void aRooflineSpecNeedsPositiveFigures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GpuSpec("g", "d", 1e9, 0, 1e9, 1, "gpu-k80"));
        assertEquals("fp32_mac_units must be >= 1, got 0", e.getMessage());
    }
}
