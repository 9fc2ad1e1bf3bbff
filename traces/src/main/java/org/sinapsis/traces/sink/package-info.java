// SPDX-License-Identifier: Apache-2.0
/**
 * Trace sinks: the {@link org.sinapsis.traces.sink.TraceSink} contract and its implementations.
 * {@link org.sinapsis.traces.sink.NullSink} (the default: tracing off),
 * {@link org.sinapsis.traces.sink.ChromeTraceSink} (Chrome trace-event JSON for
 * {@code chrome://tracing} and Perfetto), {@link org.sinapsis.traces.sink.CsvTraceSink} (one row
 * per event), {@link org.sinapsis.traces.sink.TeeSink} (fan-out) and the
 * {@link org.sinapsis.traces.sink.TraceSinks} factory.
 *
 * <p>Conventions, fixed once:
 * <ul>
 *   <li>Sinks stream: they never hold events, only per-track ids, so a trace of any length runs
 *       in constant memory.</li>
 *   <li>File sinks write through {@link org.sinapsis.traces.format.AtomicOutputFile}: the file
 *       appears complete on a successful close, or not at all.</li>
 *   <li>Output is byte-identical for identical event sequences: no clocks, no hash order, no
 *       locale (numbers are formatted with integer arithmetic, {@code Long.toString} and
 *       {@code Double.toString}, never {@code String.format}).</li>
 *   <li>Sinks are written by hand, without a JSON or CSV library.</li>
 * </ul>
 *
 * <p>May import {@code org.sinapsis.traces.event} and {@code org.sinapsis.traces.format}; must not
 * import {@code org.sinapsis.traces.report} or any other sinapsis module.
 */
package org.sinapsis.traces.sink;
