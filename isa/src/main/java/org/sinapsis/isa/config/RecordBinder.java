// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.sinapsis.networks.InvalidInputException;

/**
 * Binds a mapping {@link ConfigNode} to an immutable record and back, so a spec record needs no
 * parsing or printing code of its own (parsing stays out of the domain classes).
 *
 * <p>Each record component {@code fooBarKiB} is the key {@code foo_bar_kib} (camelCase to
 * snake_case, lower case; the units KiB, MiB and GiB stay one word, so {@code sramKiB} is
 * {@code sram_kib}). Supported component types: {@code int}, {@code long}, {@code double},
 * {@code boolean}, {@code String}, enums (written lower case with dashes, e.g.
 * {@code WEIGHT_STATIONARY} is {@code weight-stationary}), {@code OptionalInt},
 * {@code OptionalLong}, {@code OptionalDouble} (the key may be left out), nested records and
 * {@code List}s of these. Unknown keys, missing keys and wrong types are errors naming the file,
 * line and key; an {@link IllegalArgumentException} from the record's compact constructor becomes
 * an error at the mapping's line.
 */
public final class RecordBinder {
    private RecordBinder() {
    }

    /** The config key of a record component name: {@code minMeasuredRuns} is {@code min_measured_runs}. */
    public static String key(String componentName) {
        String name = componentName.replace("KiB", "Kib").replace("MiB", "Mib").replace("GiB", "Gib");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean prevLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
            if (upper && prevLower) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * Builds a {@code type} from the mapping {@code node}.
     *
     * @param ignoredKeys keys of {@code node} that are not components (such as {@code version}
     *     and {@code kind}) and must not be reported as unknown
     */
    public static <R extends Record> R bind(ConfigNode node, Class<R> type, Set<String> ignoredKeys) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> allowed = new HashSet<>(ignoredKeys);
        for (RecordComponent rc : components) {
            allowed.add(key(rc.getName()));
        }
        if (node.type() != ConfigNode.Type.MAP) {
            throw node.error(node.path(), "expected a mapping of " + type.getSimpleName() + " fields");
        }
        node.rejectUnknownKeys(allowed);
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            String key = key(rc.getName());
            ConfigNode child = node.find(key).orElse(null);
            if (child == null || child.isNull()) {
                args[i] = absent(node, rc.getType(), key);
            } else {
                args[i] = convert(child, rc.getType(), rc.getGenericType());
            }
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException iie) {
                throw iie;
            }
            if (cause instanceof IllegalArgumentException iae) {
                String message = String.valueOf(iae.getMessage());
                for (RecordComponent rc : components) {
                    String key = key(rc.getName());
                    Optional<ConfigNode> child = message.startsWith(key + " ") ? node.find(key) : Optional.empty();
                    if (child.isPresent()) {
                        String detail = message.startsWith(key + " must ") ? message.substring(key.length() + 1) : message;
                        throw child.get().error(child.get().path(), detail);
                    }
                }
                throw node.error(node.path(), "invalid " + type.getSimpleName() + ": " + message);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The record's components as an ordered map of config keys to plain values, for writing. */
    public static Map<String, Object> unbind(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            try {
                Object value = rc.getAccessor().invoke(record);
                Object plain = plain(value);
                if (plain != null) {
                    map.put(key(rc.getName()), plain);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName(), e);
            }
        }
        return map;
    }

    /** The config spelling of an enum constant: {@code WEIGHT_STATIONARY} is {@code weight-stationary}. */
    public static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return enumName(e);
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? o.getAsInt() : null;
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent() ? o.getAsLong() : null;
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? o.getAsDouble() : null;
        }
        if (value instanceof Record r) {
            return unbind(r);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(plain(o));
            }
            return out;
        }
        return value;
    }

    private static Object absent(ConfigNode parent, Class<?> type, String key) {
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == OptionalLong.class) {
            return OptionalLong.empty();
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        throw parent.error(parent.childPath(key), "missing field");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(ConfigNode node, Class<?> type, Type generic) {
        if (type == int.class || type == Integer.class) {
            return node.asInt();
        }
        if (type == long.class || type == Long.class) {
            return node.asLong();
        }
        if (type == double.class || type == Double.class) {
            return node.asDouble();
        }
        if (type == boolean.class || type == Boolean.class) {
            return node.asBoolean();
        }
        if (type == String.class) {
            return node.asString();
        }
        if (type == OptionalInt.class) {
            return OptionalInt.of(node.asInt());
        }
        if (type == OptionalLong.class) {
            return OptionalLong.of(node.asLong());
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.of(node.asDouble());
        }
        if (type.isEnum()) {
            return enumValue(node, (Class<? extends Enum>) type);
        }
        if (type.isRecord()) {
            return bind(node, (Class<? extends Record>) type, Set.of());
        }
        if (type == List.class && generic instanceof ParameterizedType pt) {
            Type itemType = pt.getActualTypeArguments()[0];
            Class<?> itemClass = itemType instanceof ParameterizedType ipt ? (Class<?>) ipt.getRawType() : (Class<?>) itemType;
            List<Object> out = new ArrayList<>();
            for (ConfigNode item : node.items()) {
                out.add(convert(item, itemClass, itemType));
            }
            return List.copyOf(out);
        }
        throw new IllegalStateException("unsupported spec component type " + type.getName());
    }

    private static <E extends Enum<E>> E enumValue(ConfigNode node, Class<E> type) {
        String text = node.asString();
        for (E e : type.getEnumConstants()) {
            if (enumName(e).equals(text)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(RecordBinder::enumName)
                .collect(Collectors.joining(", "));
        throw node.error(node.path(), "expected one of " + allowed + ", got '" + text + "'");
    }
}
