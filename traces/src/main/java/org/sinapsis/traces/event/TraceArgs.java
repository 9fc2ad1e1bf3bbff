// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * An immutable, insertion-ordered map from argument name to value, attached to trace events.
 *
 * <p>Values are {@link String}, {@link Long}, {@link Double} or {@link Boolean}, which is what
 * both JSON and CSV can carry without loss. Each {@code with} call returns a new instance with one
 * more entry at the end; iteration order is insertion order, so the same calls always produce the
 * same output. Keys must be non-empty and unique; doubles must be finite (JSON has no NaN or
 * infinity).
 *
 * <pre>{@code
 * TraceArgs args = TraceArgs.empty().with("layer", "conv1").with("bytes", 4096).with("hit", true);
 * }</pre>
 *
 * <p>Entries are read by index ({@link #key(int)}, {@link #value(int)}) so that sinks can walk
 * them without allocating.
 */
public final class TraceArgs {
    private static final TraceArgs EMPTY = new TraceArgs(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private TraceArgs(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The arguments with no entries.
     *
     * @return the shared empty instance
     */
    public static TraceArgs empty() {
        return EMPTY;
    }

    /**
     * These arguments plus a string entry at the end.
     *
     * @param key a name not yet present; not empty
     * @param value the text; not null, may be empty
     * @return a new instance
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if {@code key} is empty or already present
     */
    public TraceArgs with(String key, String value) {
        checkNewKey(key);
        if (value == null) {
            throw new NullPointerException("value of trace arg '" + key + "' must not be null");
        }
        return append(key, value);
    }

    /**
     * These arguments plus an integer entry at the end.
     *
     * @param key a name not yet present; not empty
     * @param value the number
     * @return a new instance
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty or already present
     */
    public TraceArgs with(String key, long value) {
        checkNewKey(key);
        return append(key, value);
    }

    /**
     * These arguments plus a floating-point entry at the end.
     *
     * @param key a name not yet present; not empty
     * @param value a finite number
     * @return a new instance
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty or already present, or
     *     {@code value} is NaN or infinite
     */
    public TraceArgs with(String key, double value) {
        checkNewKey(key);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("trace arg '" + key + "' must be finite, got " + value);
        }
        return append(key, value);
    }

    /**
     * These arguments plus a boolean entry at the end.
     *
     * @param key a name not yet present; not empty
     * @param value the flag
     * @return a new instance
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code key} is empty or already present
     */
    public TraceArgs with(String key, boolean value) {
        checkNewKey(key);
        return append(key, value);
    }

    private void checkNewKey(String key) {
        Checks.nonEmpty(key, "trace arg key");
        if (containsKey(key)) {
            throw new IllegalArgumentException("duplicate trace arg key '" + key + "'");
        }
    }

    private TraceArgs append(String key, Object value) {
        String[] newKeys = Arrays.copyOf(keys, keys.length + 1);
        Object[] newValues = Arrays.copyOf(values, values.length + 1);
        newKeys[keys.length] = key;
        newValues[values.length] = value;
        return new TraceArgs(newKeys, newValues);
    }

    /**
     * The number of entries.
     *
     * @return the number of entries
     */
    public int size() {
        return keys.length;
    }

    /**
     * Whether there are no entries.
     *
     * @return {@code size() == 0}
     */
    public boolean isEmpty() {
        return keys.length == 0;
    }

    /**
     * The key of the entry at {@code index}, in insertion order.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the key
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public String key(int index) {
        return keys[index];
    }

    /**
     * The value of the entry at {@code index}, in insertion order.
     *
     * @param index from 0 to {@code size() - 1}
     * @return a {@link String}, {@link Long}, {@link Double} or {@link Boolean}
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public Object value(int index) {
        return values[index];
    }

    /**
     * Whether an entry named {@code key} exists.
     *
     * @param key the name to look for
     * @return true if present
     */
    public boolean containsKey(String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value named {@code key}.
     *
     * @param key the name to look for
     * @return the value, or empty if there is no such entry
     */
    public Optional<Object> get(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return Optional.of(values[i]);
            }
        }
        return Optional.empty();
    }

    /**
     * Equal when both have the same entries in the same order.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TraceArgs that
                && Arrays.equals(keys, that.keys)
                && Arrays.equals(values, that.values);
    }

    /**
     * A hash consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    /**
     * The entries as {@code {key=value, ...}} in insertion order, for debugging.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(keys[i]).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }
}
