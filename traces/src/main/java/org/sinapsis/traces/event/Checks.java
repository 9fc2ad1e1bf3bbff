// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * Argument checks shared by the event types, so every event reports problems the same way.
 *
 * <p>Messages are only built when a check fails: events are constructed in simulator hot loops.
 */
final class Checks {
    private Checks() {
    }

    /**
     * Returns {@code value} if it is a non-empty string.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is empty
     */
    static String nonEmpty(String value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is a non-empty string; messages read
     * {@code "<what> of <kind> '<name>' must not be ..."}.
     */
    static String nonEmpty(String value, String what, String kind, String name) {
        if (value == null || value.isEmpty()) {
            nonEmpty(value, what + " of " + kind + " '" + name + "'");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not null.
     *
     * @throws NullPointerException if {@code value} is null
     */
    static <T> T nonNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return value;
    }

    /**
     * Returns {@code value} if it is not null; the message reads
     * {@code "<what> of <kind> '<name>' must not be null"}.
     */
    static <T> T nonNull(T value, String what, String kind, String name) {
        if (value == null) {
            throw new NullPointerException(what + " of " + kind + " '" + name + "' must not be null");
        }
        return value;
    }

    /**
     * Returns {@code ticks} if it is zero or positive.
     *
     * @throws IllegalArgumentException if {@code ticks} is negative
     */
    static long nonNegative(long ticks, String what) {
        if (ticks < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + ticks);
        }
        return ticks;
    }
}
