// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered set of uniquely named {@link ReportField}s: one result, one layer, one target. The
 * report formats write rows without knowing what they describe.
 *
 * @param fields the fields, in output order
 */
public record ReportRow(List<ReportField> fields) {

    /** Checks that names are unique and copies the list. */
    public ReportRow {
        Set<String> seen = new HashSet<>();
        for (ReportField f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("duplicate report field " + f.name());
            }
        }
        fields = List.copyOf(fields);
    }

    /** The field names, in order. */
    public List<String> names() {
        return fields.stream().map(ReportField::name).toList();
    }

    /** The value of field {@code name}, or null when it is null. */
    public Object value(String name) {
        for (ReportField f : fields) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        throw new IllegalArgumentException("no report field " + name);
    }
}
