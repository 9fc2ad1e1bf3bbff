// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import java.math.BigInteger;

/**
 * What the {@code long} times of a trace mean: ticks of {@code tickUnit}, {@code ticksPerSecond}
 * of them per second.
 *
 * <p>A cycle-based trace ({@link #cycles(long)}) counts clock cycles of a simulated chip at a
 * clock of {@code ticksPerSecond} Hz; a measured trace ({@link #nanoseconds()}) counts
 * nanoseconds, so {@code ticksPerSecond} is 10<sup>9</sup>.
 *
 * <p>Conversion to nanoseconds is exact integer arithmetic, rounded half up:
 * {@code ns = floor((ticks * 1e9 + ticksPerSecond / 2) / ticksPerSecond)}. It is monotonic, so
 * converting the start and the end of back-to-back spans keeps them back to back.
 *
 * @param tickUnit what one tick is
 * @param ticksPerSecond the clock in Hz for {@link TickUnit#CYCLES}; exactly 10<sup>9</sup> for
 *     {@link TickUnit#NANOSECONDS}
 */
public record TimeBase(TickUnit tickUnit, long ticksPerSecond) {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigInteger BIG_NANOS_PER_SECOND = BigInteger.valueOf(NANOS_PER_SECOND);

    /**
     * Validates the clock.
     *
     * @param tickUnit what one tick is
     * @param ticksPerSecond ticks per second
     * @throws NullPointerException if {@code tickUnit} is null
     * @throws IllegalArgumentException if {@code ticksPerSecond} is not positive, or is not
     *     10<sup>9</sup> for nanoseconds
     */
    public TimeBase {
        Checks.nonNull(tickUnit, "tickUnit");
        if (ticksPerSecond <= 0) {
            throw new IllegalArgumentException("ticksPerSecond must be > 0, got " + ticksPerSecond);
        }
        if (tickUnit == TickUnit.NANOSECONDS && ticksPerSecond != NANOS_PER_SECOND) {
            throw new IllegalArgumentException(
                    "a nanosecond time base has 1000000000 ticks per second, got " + ticksPerSecond);
        }
    }

    /**
     * A time base counting clock cycles.
     *
     * @param clockHz the clock frequency in Hz; positive
     * @return the time base
     * @throws IllegalArgumentException if {@code clockHz} is not positive
     */
    public static TimeBase cycles(long clockHz) {
        return new TimeBase(TickUnit.CYCLES, clockHz);
    }

    /**
     * A time base counting nanoseconds, for measured runs.
     *
     * @return the time base
     */
    public static TimeBase nanoseconds() {
        return new TimeBase(TickUnit.NANOSECONDS, NANOS_PER_SECOND);
    }

    /**
     * Whether ticks are clock cycles.
     *
     * @return true for {@link TickUnit#CYCLES}
     */
    public boolean isCycles() {
        return tickUnit == TickUnit.CYCLES;
    }

    /**
     * Converts ticks to whole nanoseconds, rounding half up (exact integer arithmetic).
     *
     * @param ticks a time or duration in ticks; not negative
     * @return the nanoseconds
     * @throws IllegalArgumentException if {@code ticks} is negative
     * @throws ArithmeticException if the result does not fit in a {@code long}
     */
    public long toNanoseconds(long ticks) {
        Checks.nonNegative(ticks, "ticks");
        if (ticksPerSecond == NANOS_PER_SECOND) {
            return ticks;
        }
        long wholeSeconds = ticks / ticksPerSecond;
        long remainderTicks = ticks % ticksPerSecond;
        long fractionNanos;
        if (remainderTicks <= (Long.MAX_VALUE - ticksPerSecond / 2) / NANOS_PER_SECOND) {
            fractionNanos = (remainderTicks * NANOS_PER_SECOND + ticksPerSecond / 2) / ticksPerSecond;
        } else {
            fractionNanos = BigInteger.valueOf(remainderTicks)
                    .multiply(BIG_NANOS_PER_SECOND)
                    .add(BigInteger.valueOf(ticksPerSecond / 2))
                    .divide(BigInteger.valueOf(ticksPerSecond))
                    .longValueExact();
        }
        return Math.addExact(Math.multiplyExact(wholeSeconds, NANOS_PER_SECOND), fractionNanos);
    }

    /**
     * Converts ticks to seconds.
     *
     * @param ticks a time or duration in ticks
     * @return {@code ticks / ticksPerSecond}
     */
    public double toSeconds(long ticks) {
        return (double) ticks / ticksPerSecond;
    }

    /**
     * The time base as {@code cycles@940000000Hz} or {@code ns}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return isCycles() ? "cycles@" + ticksPerSecond + "Hz" : tickUnit.symbol();
    }
}
