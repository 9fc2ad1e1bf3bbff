// SPDX-License-Identifier: Apache-2.0
/**
 * Typed report rows: named values whose names carry their units
 * ({@link org.sinapsis.traces.report.ReportRow}). Producers (the result contract in {@code isa},
 * machine reports) build rows; {@code org.sinapsis.traces.format} writes them.
 *
 * <p>Must not import other sinapsis modules.
 */
package org.sinapsis.traces.report;
