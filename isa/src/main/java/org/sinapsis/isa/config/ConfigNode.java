// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sinapsis.networks.InvalidInputException;

/**
 * A parsed configuration tree (YAML mapping, sequence or scalar) that remembers where each value
 * came from, so every error names the file, the line and the field.
 *
 * <p>Keys are snake_case. Accessors throw {@link InvalidInputException} with messages such as
 * {@code tpu.yaml:7: rows: expected an integer, got 'many'}.
 */
public final class ConfigNode {
    /** Whether a node is a mapping, a sequence or a scalar. */
    public enum Type {
        /** Key to node, in file order. */
        MAP,
        /** Ordered items. */
        LIST,
        /** A single value, kept as text. */
        SCALAR
    }

    private final String source;
    private final int line;
    private final String path;
    private final Type type;
    private final Map<String, ConfigNode> entries;
    private final List<ConfigNode> items;
    private final String text;

    private ConfigNode(String source, int line, String path, Type type, Map<String, ConfigNode> entries,
            List<ConfigNode> items, String text) {
        this.source = source;
        this.line = line;
        this.path = path;
        this.type = type;
        this.entries = entries;
        this.items = items;
        this.text = text;
    }

    /** A mapping node; {@code entries} keeps its order. */
    public static ConfigNode map(String source, int line, String path, Map<String, ConfigNode> entries) {
        return new ConfigNode(source, line, path, Type.MAP, Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                List.of(), null);
    }

    /** A sequence node. */
    public static ConfigNode list(String source, int line, String path, List<ConfigNode> items) {
        return new ConfigNode(source, line, path, Type.LIST, Map.of(), List.copyOf(items), null);
    }

    /** A scalar node; {@code text} is null for an explicit YAML null. */
    public static ConfigNode scalar(String source, int line, String path, String text) {
        return new ConfigNode(source, line, path, Type.SCALAR, Map.of(), List.of(), text);
    }

    /** The file (or resource) the node was read from. */
    public String source() {
        return source;
    }

    /** The 1-based line where the node starts. */
    public int line() {
        return line;
    }

    /** The dotted path from the root, such as {@code memory.dram_bandwidth}; empty for the root. */
    public String path() {
        return path;
    }

    /** Mapping, sequence or scalar. */
    public Type type() {
        return type;
    }

    /** The keys of a mapping node, in file order. */
    public Set<String> keys() {
        requireType(Type.MAP, "a mapping");
        return entries.keySet();
    }

    /** The child called {@code key}, or empty when the mapping has no such key. */
    public Optional<ConfigNode> find(String key) {
        requireType(Type.MAP, "a mapping");
        return Optional.ofNullable(entries.get(key));
    }

    /** The child called {@code key}; a missing key is an error naming this node's line. */
    public ConfigNode get(String key) {
        return find(key).orElseThrow(() -> error(childPath(key), "missing field"));
    }

    /** The items of a sequence node. */
    public List<ConfigNode> items() {
        requireType(Type.LIST, "a list");
        return items;
    }

    /** Whether this is a scalar holding YAML null ({@code ~}, {@code null} or nothing). */
    public boolean isNull() {
        return type == Type.SCALAR && text == null;
    }

    /** The scalar's text. */
    public String asString() {
        requireType(Type.SCALAR, "a value");
        if (text == null) {
            throw error(path, "expected a value, got null");
        }
        return text;
    }

    /** The scalar as an {@code int}. */
    public int asInt() {
        long v = asLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(path, "expected an integer in the 32-bit range, got '" + text + "'");
        }
        return (int) v;
    }

    /** The scalar as a {@code long}; underscores between digits are allowed ({@code 24_000}). */
    public long asLong() {
        String s = asString().replace("_", "");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(path, "expected an integer, got '" + text + "'");
        }
    }

    /** The scalar as a finite {@code double}; underscores and exponents ({@code 7e8}) are allowed. */
    public double asDouble() {
        String s = asString().replace("_", "");
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(path, "expected a number, got '" + text + "'");
        }
        if (!Double.isFinite(v)) {
            throw error(path, "expected a finite number, got '" + text + "'");
        }
        return v;
    }

    /** The scalar as a boolean: {@code true} or {@code false}. */
    public boolean asBoolean() {
        String s = asString();
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw error(path, "expected true or false, got '" + text + "'");
    }

    /** Fails on the first key of this mapping that is not in {@code allowed}, naming its line. */
    public void rejectUnknownKeys(Set<String> allowed) {
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error(e.getValue().path(),
                        "unknown field; expected one of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** An error at this node's line about {@code field} (a path; the root's own fields use their key). */
    public InvalidInputException error(String field, String detail) {
        return new InvalidInputException(source, line, field == null || field.isEmpty() ? null : field, detail);
    }

    /** The path of child {@code key}. */
    public String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void requireType(Type expected, String what) {
        if (type != expected) {
            throw error(path, "expected " + what + ", got " + describe());
        }
    }

    private String describe() {
        return switch (type) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> text == null ? "null" : "'" + text + "'";
        };
    }

    /** A short form for debugging: the path and line. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + (path.isEmpty() ? "<root>" : path) + " (" + type + ")";
    }
}
