// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.util.Locale;

/** The output formats of results: {@code --format text|md|csv|json}. */
public enum ReportFormatType {
    /** An aligned plain-text table (or a field list for one result), units in the headers. */
    TEXT,
    /** A GitHub-flavoured markdown table, units in the headers. */
    MD,
    /** RFC 4180 CSV, one row per result, every field a column, header first. */
    CSV,
    /** JSON: an object for one result, an array for several; every field, null where it does not apply. */
    JSON;

    /** The spelling on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
