// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TimeBaseTest {

    @Test
    void nanosecondsAreTheirOwnUnit() {
        TimeBase ns = TimeBase.nanoseconds();
        assertFalse(ns.isCycles());
        assertEquals(TickUnit.NANOSECONDS, ns.tickUnit());
        assertEquals(1_000_000_000L, ns.ticksPerSecond());
        assertEquals(Long.MAX_VALUE, ns.toNanoseconds(Long.MAX_VALUE));
        assertEquals("ns", ns.toString());
    }

    @Test
    void cyclesAtOneGigahertzAreNanoseconds() {
        TimeBase gigahertz = TimeBase.cycles(1_000_000_000L);
        assertTrue(gigahertz.isCycles());
        assertEquals(12_345L, gigahertz.toNanoseconds(12_345L));
        assertEquals("cycles@1000000000Hz", gigahertz.toString());
    }

    @Test
    void roundsCyclesToNearestNanosecondHalfUp() {
        TimeBase clock700MHz = TimeBase.cycles(700_000_000L);
        // cycle c is at c / 0.7 ns: 1 -> 1.43, 2 -> 2.86, 7 -> 10 exactly, 128 -> 182.86
        assertEquals(1L, clock700MHz.toNanoseconds(1));
        assertEquals(3L, clock700MHz.toNanoseconds(2));
        assertEquals(10L, clock700MHz.toNanoseconds(7));
        assertEquals(183L, clock700MHz.toNanoseconds(128));
        TimeBase clock2GHz = TimeBase.cycles(2_000_000_000L);
        assertEquals(1L, clock2GHz.toNanoseconds(1), "0.5 ns rounds half up");
        assertEquals(2L, clock2GHz.toNanoseconds(3), "1.5 ns rounds half up");
    }

    @Test
    void convertsExactlyOverWholeSeconds() {
        TimeBase clock940MHz = TimeBase.cycles(940_000_000L);
        long ticks = 940_000_000L * 3_600 + 1;
        assertEquals(3_600_000_000_001L, clock940MHz.toNanoseconds(ticks));
        assertEquals(expected(ticks, 940_000_000L), clock940MHz.toNanoseconds(ticks));
    }

    @Test
    void convertsExactlyForClocksAboveNineGigahertz() {
        long clockHz = 20_000_000_000L;
        TimeBase fast = TimeBase.cycles(clockHz);
        long ticks = 5 * clockHz + clockHz - 1;
        assertEquals(expected(ticks, clockHz), fast.toNanoseconds(ticks));
        assertEquals(6_000_000_000L, fast.toNanoseconds(ticks));
    }

    @Test
    void rejectsOverflowAndNegativeTicks() {
        TimeBase slow = TimeBase.cycles(1L);
        assertThrows(ArithmeticException.class, () -> slow.toNanoseconds(Long.MAX_VALUE));
        assertEquals("ticks must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> slow.toNanoseconds(-1)).getMessage());
    }

    @Test
    void convertsToSeconds() {
        assertEquals(1.5, TimeBase.cycles(1_000L).toSeconds(1_500L));
        assertEquals(2e-9, TimeBase.nanoseconds().toSeconds(2L));
    }

    @Test
    void rejectsInvalidClocks() {
        assertThrows(IllegalArgumentException.class, () -> TimeBase.cycles(0));
        assertThrows(IllegalArgumentException.class, () -> new TimeBase(TickUnit.NANOSECONDS, 1_000L));
        assertThrows(NullPointerException.class, () -> new TimeBase(null, 1_000L));
    }

    @Test
    void tickUnitsHaveFileSymbols() {
        assertEquals("cycles", TickUnit.CYCLES.symbol());
        assertEquals("ns", TickUnit.NANOSECONDS.symbol());
    }

    private static long expected(long ticks, long ticksPerSecond) {
        BigInteger scaled = BigInteger.valueOf(ticks).multiply(BigInteger.valueOf(1_000_000_000L));
        return scaled.add(BigInteger.valueOf(ticksPerSecond / 2)).divide(BigInteger.valueOf(ticksPerSecond))
                .longValueExact();
    }
}
