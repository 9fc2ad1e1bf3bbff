// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PowerSamplesTest {

    @Test
    void energyIsTheTrapezoidIntegralExtendedToTheWindowEdges() {
        PowerSamples s = new PowerSamples();
        s.add(0, 50);
        s.add(1_000_000_000L, 100);
        s.add(2_000_000_000L, 100);
        s.add(3_000_000_000L, 300);
        assertEquals(0.5 * 50 + 75 + 100 + 0.5 * 100, s.joules(-500_000_000L, 2_500_000_000L), 1e-9,
                "readings outside the window are ignored; the edges hold the nearest reading");
    }

    @Test
    void oneReadingIsNotAMeasurement() {
        PowerSamples s = new PowerSamples();
        s.add(10, 50);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.joules(0, 20));
        assertEquals("only 1 power reading(s) in a window of 2.0E-5 ms", e.getMessage());
    }

    @Test
    void nvidiaSmiIndexIsTakenOnlyWhenTheNameIsUnambiguous() {
        List<String> two = List.of("0, NVIDIA H100 80GB HBM3", "1, NVIDIA A100-SXM4-40GB");
        assertEquals(Optional.of(1), NvidiaSmiProbe.matchingIndex(two, "NVIDIA A100-SXM4-40GB"));
        assertEquals(Optional.empty(), NvidiaSmiProbe.matchingIndex(two, "Tesla K80"));
        List<String> twins = List.of("0, Tesla K80", "1, Tesla K80");
        assertEquals(Optional.empty(), NvidiaSmiProbe.matchingIndex(twins, "Tesla K80"));
    }
}
