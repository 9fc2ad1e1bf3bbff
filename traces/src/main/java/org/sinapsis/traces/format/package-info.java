// SPDX-License-Identifier: Apache-2.0
/**
 * Writers of report rows (JSON, CSV, aligned text and markdown tables), locale-independent
 * number text, and {@link org.sinapsis.traces.format.AtomicOutputFile} so no file a user asked
 * for is ever left half-written.
 *
 * <p>Must not import other sinapsis modules.
 */
package org.sinapsis.traces.format;
