// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.sinapsis.traces.format.CsvText;
import org.sinapsis.traces.format.JsonText;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.Instant;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;

/**
 * Streams events as CSV, one row per event in the order accepted, for post-processing with
 * pandas, R or a spreadsheet.
 *
 * <pre>
 * type,process,thread,name,category,start,duration,unit,args
 * span,tpu0,mxu,matmul,compute,0,128,cycles,"{""layer"":""conv1""}"
 * counter,tpu0,sram,occupancy,,64,,cycles,"{""bytes"":4096}"
 * instant,tpu0,mxu,layer-boundary,,128,,cycles,{}
 * </pre>
 *
 * <ul>
 *   <li>{@code type} is {@code span}, {@code counter} or {@code instant}. {@code category} is
 *       empty for counters and instants, {@code duration} for counters and instants.</li>
 *   <li>{@code start} and {@code duration} are exact ticks; {@code unit} says what a tick is
 *       ({@code cycles} or {@code ns}, {@link org.sinapsis.traces.event.TickUnit#symbol()}).</li>
 *   <li>{@code args} is a JSON object, in insertion order: the event's args, or a counter's
 *       series values. JSON keeps values typed and unambiguous (unlike {@code k=v;k=v}) and
 *       reads back with one call, e.g. {@code df["args"].map(json.loads)}.</li>
 *   <li>Fields are quoted as RFC 4180 says: a field containing a comma, a double quote, CR or
 *       LF is enclosed in double quotes, with inner quotes doubled. Lines end with LF, as in
 *       SCALE-Sim's CSVs. Text is UTF-8; an unpaired surrogate in a name is written as
 *       {@code ?} (it has no UTF-8 encoding).</li>
 * </ul>
 *
 * <p>Nothing is kept per event.
 */
public final class CsvTraceSink implements TraceSink {
    /** The header row, without the line end. */
    public static final String HEADER = "type,process,thread,name,category,start,duration,unit,args";

    private final SinkOutput output;
    private final String unit;
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder json = new StringBuilder(128);

    private CsvTraceSink(SinkOutput output, TimeBase timeBase) {
        this.output = output;
        this.unit = timeBase.tickUnit().symbol();
    }

    /**
     * A sink writing UTF-8 CSV to {@code stream}, which it then owns: {@link #close()} closes it.
     *
     * @param stream where the CSV goes
     * @param timeBase what event ticks mean
     * @return the sink, with the header row written
     * @throws IOException if writing the header fails
     */
    public static CsvTraceSink create(OutputStream stream, TimeBase timeBase) throws IOException {
        Objects.requireNonNull(timeBase, "timeBase");
        return start(SinkOutput.toStream(stream), timeBase);
    }

    /**
     * A sink writing UTF-8 CSV to {@code file}. The file appears, complete, only when
     * {@link #close()} succeeds; until then, or if the run dies or a write fails, a previous
     * file stays as it was. Missing parent directories are created.
     *
     * @param file the target, conventionally ending in {@code .csv}
     * @param timeBase what event ticks mean
     * @return the sink, with the header row written
     * @throws IOException if the temporary file cannot be created or written
     */
    public static CsvTraceSink create(Path file, TimeBase timeBase) throws IOException {
        Objects.requireNonNull(timeBase, "timeBase");
        return start(SinkOutput.toFile(file), timeBase);
    }

    private static CsvTraceSink start(SinkOutput output, TimeBase timeBase) throws IOException {
        output.writeHeader(HEADER + "\n");
        return new CsvTraceSink(output, timeBase);
    }

    /**
     * Writes the event as one row.
     *
     * @param event the event; not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalStateException if the sink is closed
     * @throws java.io.UncheckedIOException if writing fails now or failed earlier
     */
    @Override
    public void accept(TraceEvent event) {
        Objects.requireNonNull(event, "event");
        line.setLength(0);
        if (event instanceof Span span) {
            appendRow("span", span, span.category(), span.durationTicks(), span.args());
        } else if (event instanceof Counter counter) {
            appendRow("counter", counter, null, -1, counter.values());
        } else {
            Instant instant = (Instant) event;
            appendRow("instant", instant, null, -1, instant.args());
        }
        output.write(line);
    }

    /** Appends a row; a null {@code category} and a negative {@code durationTicks} stay empty. */
    private void appendRow(String type, TraceEvent event, String category, long durationTicks, TraceArgs args) {
        line.append(type).append(',');
        CsvText.appendField(line, event.track().process());
        line.append(',');
        CsvText.appendField(line, event.track().thread());
        line.append(',');
        CsvText.appendField(line, event.name());
        line.append(',');
        if (category != null) {
            CsvText.appendField(line, category);
        }
        line.append(',').append(event.tick()).append(',');
        if (durationTicks >= 0) {
            line.append(durationTicks);
        }
        line.append(',').append(unit).append(',');
        json.setLength(0);
        JsonText.appendObject(json, args);
        CsvText.appendField(line, json);
        line.append('\n');
    }

    /**
     * Completes the output (for a file: moves it into place). Idempotent.
     *
     * @throws IOException if finishing fails or an earlier write failed; a file target is then
     *     left as it was
     */
    @Override
    public void close() throws IOException {
        output.close("");
    }
}
