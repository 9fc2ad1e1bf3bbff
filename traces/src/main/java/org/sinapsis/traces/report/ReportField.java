// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.report;

import java.util.Map;

/**
 * One named value of a {@link ReportRow}. The name carries the unit ({@code latencySeconds});
 * the value is null (the field does not apply), a {@link String}, {@link Boolean}, {@link Integer},
 * {@link Long}, finite {@link Double}, or a {@code Map<String, ? extends Number>} (a breakdown
 * such as energy per component).
 *
 * @param name the field name, unit included
 * @param value the value, or null
 */
public record ReportField(String name, Object value) {

    /** Validates the name and the value's type. */
    public ReportField {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a report field needs a name");
        }
        check(name, value);
    }

    private static void check(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("field " + name + " is not finite: " + d);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !(e.getValue() instanceof Long || e.getValue() instanceof Integer
                        || e.getValue() instanceof Double)) {
                    throw new IllegalArgumentException("field " + name + " must map names to numbers");
                }
                check(name + "." + e.getKey(), e.getValue());
            }
            return;
        }
        throw new IllegalArgumentException("field " + name + " has unsupported type " + value.getClass().getName());
    }
}
