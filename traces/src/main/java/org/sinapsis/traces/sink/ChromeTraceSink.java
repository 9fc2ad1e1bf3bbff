// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.sinapsis.traces.format.JsonText;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.Instant;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.event.Track;

/**
 * Streams events as Chrome trace-event JSON, the format that {@code chrome://tracing} and the
 * Perfetto UI open.
 *
 * <p>Layout, one event per line:
 * <pre>{@code
 * {"displayTimeUnit":"ns","otherData":{"tickUnit":"cycles","ticksPerSecond":1000000000},"traceEvents":[
 * {"name":"process_name","ph":"M","pid":1,"tid":1,"args":{"name":"tpu0"}},
 * ...
 * {"name":"matmul","cat":"compute","ph":"X","ts":0.000,"dur":0.128,"pid":1,"tid":1,"args":{"startCycle":0,"cycles":128}}
 * ]}
 * }</pre>
 *
 * <ul>
 *   <li>{@link Span} becomes a complete event ({@code "ph":"X"}), {@link Counter} a counter
 *       ({@code "ph":"C"}, one series per value) and {@link Instant} a thread-scoped instant
 *       ({@code "ph":"i","s":"t"}). Complete events are used rather than {@code B}/{@code E}
 *       pairs or async events, which Perfetto's JSON importer handles less well.</li>
 *   <li>Process = {@code pid}, thread = {@code tid}. Both are integers from 1, assigned in order
 *       of first appearance; tids are unique across processes. On a track's first appearance the
 *       sink writes {@code "ph":"M"} metadata: {@code process_name} and {@code process_sort_index}
 *       for a new process, then {@code thread_name} and {@code thread_sort_index}, so viewers
 *       list rows in order of appearance. Process metadata carries the tid of the track that
 *       introduced it, because Perfetto takes a missing tid to be the pid.</li>
 *   <li>{@code ts} and {@code dur} are microseconds with exactly three decimals (nanosecond
 *       resolution), computed with integer arithmetic from {@link TimeBase#toNanoseconds(long)}.
 *       A span's {@code dur} is {@code ns(end) - ns(start)}, so back-to-back spans stay back to
 *       back after rounding.</li>
 *   <li>For cycle-based traces the exact cycle numbers go first in {@code args}:
 *       {@code startCycle} and {@code cycles} for spans, {@code cycle} for instants. Those keys
 *       are therefore reserved in event args. Counters get none, since every counter arg is
 *       plotted as a series.</li>
 *   <li>Chrome and Perfetto attach counters to the process, not the thread, so a counter is named
 *       {@code <thread>/<name>} (e.g. {@code sram/occupancy}) to keep counters of different units
 *       apart.</li>
 *   <li>{@code displayTimeUnit} and {@code otherData} come before {@code traceEvents}, so a
 *       streaming reader sees them first. {@code ts} is always microseconds: current Perfetto and
 *       chrome://tracing use {@code displayTimeUnit} for display only (Perfetto before 2022 read
 *       it as the unit of {@code ts}; perfetto issue #274). {@code otherData} records the time
 *       base ({@code tickUnit}, {@code ticksPerSecond}) followed by the caller's entries.</li>
 * </ul>
 *
 * <p>Nothing is kept per event; memory grows only with the number of distinct tracks. Strings are
 * escaped as in {@link JsonText}; the output is UTF-8.
 */
public final class ChromeTraceSink implements TraceSink {
    private static final String START_CYCLE = "startCycle";
    private static final String CYCLES = "cycles";
    private static final String CYCLE = "cycle";
    private static final String[] SPAN_RESERVED = {START_CYCLE, CYCLES};
    private static final String[] INSTANT_RESERVED = {CYCLE};
    private static final String TICK_UNIT = "tickUnit";
    private static final String TICKS_PER_SECOND = "ticksPerSecond";
    private static final String FOOTER = "\n]}\n";

    private final SinkOutput output;
    private final TimeBase timeBase;
    private final Map<String, Integer> pidByProcess = new HashMap<>();
    private final Map<Track, TrackIds> idsByTrack = new HashMap<>();
    private final StringBuilder line = new StringBuilder(256);
    private boolean firstEvent = true;

    private ChromeTraceSink(SinkOutput output, TimeBase timeBase) {
        this.output = output;
        this.timeBase = timeBase;
    }

    /**
     * A sink writing UTF-8 JSON to {@code stream}, which it then owns: {@link #close()} closes it.
     *
     * @param stream where the JSON goes
     * @param timeBase what event ticks mean
     * @param otherData extra entries for {@code otherData}, e.g. target and workload; not
     *     {@code tickUnit} or {@code ticksPerSecond}
     * @return the sink, with the header written
     * @throws IllegalArgumentException if {@code otherData} uses a reserved key
     * @throws IOException if writing the header fails
     */
    public static ChromeTraceSink create(OutputStream stream, TimeBase timeBase, TraceArgs otherData)
            throws IOException {
        checkOtherData(timeBase, otherData);
        return start(SinkOutput.toStream(stream), timeBase, otherData);
    }

    /**
     * A sink writing UTF-8 JSON to {@code file}. The file appears, complete, only when
     * {@link #close()} succeeds; until then, or if the run dies or a write fails, a previous
     * file stays as it was. Missing parent directories are created.
     *
     * @param file the target, conventionally ending in {@code .json}
     * @param timeBase what event ticks mean
     * @param otherData extra entries for {@code otherData}; not {@code tickUnit} or
     *     {@code ticksPerSecond}
     * @return the sink, with the header written
     * @throws IllegalArgumentException if {@code otherData} uses a reserved key
     * @throws IOException if the temporary file cannot be created or written
     */
    public static ChromeTraceSink create(Path file, TimeBase timeBase, TraceArgs otherData) throws IOException {
        checkOtherData(timeBase, otherData);
        return start(SinkOutput.toFile(file), timeBase, otherData);
    }

    private static void checkOtherData(TimeBase timeBase, TraceArgs otherData) {
        Objects.requireNonNull(timeBase, "timeBase");
        Objects.requireNonNull(otherData, "otherData");
        for (String reserved : new String[] {TICK_UNIT, TICKS_PER_SECOND}) {
            if (otherData.containsKey(reserved)) {
                throw new IllegalArgumentException("otherData key '" + reserved
                        + "' is reserved: the Chrome trace sink writes the time base there");
            }
        }
    }

    private static ChromeTraceSink start(SinkOutput output, TimeBase timeBase, TraceArgs otherData)
            throws IOException {
        ChromeTraceSink sink = new ChromeTraceSink(output, timeBase);
        StringBuilder header = sink.line;
        header.append("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"" + TICK_UNIT + "\":");
        JsonText.appendString(header, timeBase.tickUnit().symbol());
        header.append(",\"" + TICKS_PER_SECOND + "\":").append(timeBase.ticksPerSecond());
        JsonText.appendMembers(header, otherData, true);
        header.append("},\"traceEvents\":[");
        output.writeHeader(header);
        return sink;
    }

    /**
     * Writes the event as one JSON line, preceded by metadata if its track is new.
     *
     * @param event the event; not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if a cycle-based event's args use a reserved key
     *     ({@code startCycle} or {@code cycles} for spans, {@code cycle} for instants), or a tick
     *     is beyond {@code Long.MAX_VALUE} nanoseconds; nothing is written then
     * @throws IllegalStateException if the sink is closed
     * @throws java.io.UncheckedIOException if writing fails now or failed earlier
     */
    @Override
    public void accept(TraceEvent event) {
        Objects.requireNonNull(event, "event");
        output.checkWritable();
        line.setLength(0);
        // Everything that can reject the event runs before idsFor, which registers new tracks.
        if (event instanceof Span span) {
            checkReserved(span, span.args(), SPAN_RESERVED);
            long startNanos = nanoseconds(span, span.startTick());
            long endNanos = nanoseconds(span, span.endTick());
            appendSpan(span, idsFor(span.track()), startNanos, endNanos);
        } else if (event instanceof Counter counter) {
            long nanos = nanoseconds(counter, counter.tick());
            appendCounter(counter, idsFor(counter.track()), nanos);
        } else {
            Instant instant = (Instant) event;
            checkReserved(instant, instant.args(), INSTANT_RESERVED);
            long nanos = nanoseconds(instant, instant.tick());
            appendInstant(instant, idsFor(instant.track()), nanos);
        }
        output.write(line);
    }

    private long nanoseconds(TraceEvent event, long tick) {
        try {
            return timeBase.toNanoseconds(tick);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("event '" + event.name() + "' on " + event.track().path()
                    + ": tick " + tick + " at " + timeBase + " is past the nanosecond range of a long", e);
        }
    }

    private void checkReserved(TraceEvent event, TraceArgs args, String[] reserved) {
        if (!timeBase.isCycles()) {
            return;
        }
        for (String key : reserved) {
            if (args.containsKey(key)) {
                throw new IllegalArgumentException("event '" + event.name() + "' on " + event.track().path()
                        + ": arg '" + key + "' is reserved in cycle-based Chrome traces (the sink writes the exact"
                        + " cycles there)");
            }
        }
    }

    /** The track's ids; on first appearance, also appends its metadata lines to {@link #line}. */
    private TrackIds idsFor(Track track) {
        TrackIds known = idsByTrack.get(track);
        if (known != null) {
            return known;
        }
        int tid = idsByTrack.size() + 1;
        Integer pid = pidByProcess.get(track.process());
        if (pid == null) {
            pid = pidByProcess.size() + 1;
            pidByProcess.put(track.process(), pid);
            appendMetadata("process_name", pid, tid, track.process());
            appendMetadata("process_sort_index", pid, tid, pid);
        }
        TrackIds ids = new TrackIds(pid, tid);
        idsByTrack.put(track, ids);
        appendMetadata("thread_name", pid, tid, track.thread());
        appendMetadata("thread_sort_index", pid, tid, tid);
        return ids;
    }

    private void appendMetadata(String name, int pid, int tid, String value) {
        startLine(name).append(",\"ph\":\"M\",\"pid\":").append(pid).append(",\"tid\":").append(tid)
                .append(",\"args\":{\"name\":");
        JsonText.appendString(line, value);
        line.append("}}");
    }

    private void appendMetadata(String name, int pid, int tid, int sortIndex) {
        startLine(name).append(",\"ph\":\"M\",\"pid\":").append(pid).append(",\"tid\":").append(tid)
                .append(",\"args\":{\"sort_index\":").append(sortIndex).append("}}");
    }

    /** Starts a new event line with its separator and {@code {"name":...}}. */
    private StringBuilder startLine(String name) {
        line.append(firstEvent ? "\n{\"name\":" : ",\n{\"name\":");
        firstEvent = false;
        JsonText.appendString(line, name);
        return line;
    }

    private void appendSpan(Span span, TrackIds ids, long startNanos, long endNanos) {
        startLine(span.name()).append(",\"cat\":");
        JsonText.appendString(line, span.category());
        line.append(",\"ph\":\"X\",\"ts\":");
        JsonText.appendMicros(line, startNanos);
        line.append(",\"dur\":");
        JsonText.appendMicros(line, endNanos - startNanos);
        appendIds(ids);
        if (timeBase.isCycles()) {
            line.append(",\"args\":{\"" + START_CYCLE + "\":").append(span.startTick())
                    .append(",\"" + CYCLES + "\":").append(span.durationTicks());
            JsonText.appendMembers(line, span.args(), true);
            line.append("}}");
        } else {
            appendArgs(span.args());
        }
    }

    private void appendCounter(Counter counter, TrackIds ids, long nanos) {
        startLine(counter.track().thread() + "/" + counter.name()).append(",\"ph\":\"C\",\"ts\":");
        JsonText.appendMicros(line, nanos);
        appendIds(ids);
        appendArgs(counter.values());
    }

    private void appendInstant(Instant instant, TrackIds ids, long nanos) {
        startLine(instant.name()).append(",\"ph\":\"i\",\"s\":\"t\",\"ts\":");
        JsonText.appendMicros(line, nanos);
        appendIds(ids);
        if (timeBase.isCycles()) {
            line.append(",\"args\":{\"" + CYCLE + "\":").append(instant.tick());
            JsonText.appendMembers(line, instant.args(), true);
            line.append("}}");
        } else {
            appendArgs(instant.args());
        }
    }

    private void appendIds(TrackIds ids) {
        line.append(",\"pid\":").append(ids.pid()).append(",\"tid\":").append(ids.tid());
    }

    /** Appends the {@code args} member, unless there are no args, and the event's closing brace. */
    private void appendArgs(TraceArgs args) {
        if (!args.isEmpty()) {
            line.append(",\"args\":");
            JsonText.appendObject(line, args);
        }
        line.append('}');
    }

    /**
     * Closes the JSON and completes the output (for a file: moves it into place). Idempotent.
     *
     * @throws IOException if finishing fails or an earlier write failed; a file target is then
     *     left as it was
     */
    @Override
    public void close() throws IOException {
        output.close(firstEvent ? "]}\n" : FOOTER);
    }

    /** The Chrome ids of a track. */
    private record TrackIds(int pid, int tid) {
    }
}
