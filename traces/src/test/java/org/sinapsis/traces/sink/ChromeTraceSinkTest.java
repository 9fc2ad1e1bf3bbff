// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sinapsis.traces.golden.Goldens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.Instant;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;

/**
 * {@link ChromeTraceSink}: the golden file {@code golden/chrome-trace.json} (regenerate as
 * {@link Golden} describes: {@code mvn -q -B -pl traces test -Dsinapsis.updateGoldens=true}),
 * strict JSON validity and the trace-event fields viewers rely on.
 */
class ChromeTraceSinkTest extends StreamingSinkContractTest {
    private static final TraceArgs OTHER_DATA =
            TraceArgs.empty().with("target", "tpu-v1").with("workload", "resnet \"50\"");

    @Override
    protected TraceSink newSink(OutputStream stream) throws IOException {
        return ChromeTraceSink.create(stream, SampleTrace.CLOCK_700_MHZ, OTHER_DATA);
    }

    @Override
    protected TraceSink newSink(Path file) throws IOException {
        return ChromeTraceSink.create(file, SampleTrace.CLOCK_700_MHZ, OTHER_DATA);
    }

    @Override
    protected String fileName() {
        return "trace.json";
    }

    @Test
    void matchesGolden() throws IOException {
        Goldens.assertMatches("chrome-trace.json", write(SampleTrace.events()));
    }

    @Test
    void matchesGoldenUnderAGermanDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.GERMANY);
            Goldens.assertMatches("chrome-trace.json", write(SampleTrace.events()));
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    @Test
    void writesStrictJsonWithHeaderFirst() throws IOException {
        Map<String, Object> trace = parse(write(SampleTrace.events()));
        assertEquals(List.of("displayTimeUnit", "otherData", "traceEvents"), List.copyOf(trace.keySet()));
        assertEquals("ns", trace.get("displayTimeUnit"));
        assertEquals(Map.of("tickUnit", "cycles", "ticksPerSecond", new BigDecimal("700000000"),
                "target", "tpu-v1", "workload", "resnet \"50\""), trace.get("otherData"));
    }

    @Test
    void writesPhaseTimesAndIdsOfEveryEvent() throws IOException {
        List<Map<String, Object>> events = nonMetadata(parse(write(SampleTrace.events())));
        // At 700 MHz, cycle c is at round(c / 0.7) ns: 64 -> 91, 128 -> 183, 130 -> 186, 140 -> 200,
        // 257 -> 367, 384 -> 549. dur is ns(end) - ns(start).
        assertEvent(events.get(0), "X", "matmul", "0.000", "0.183", 1, 1);
        assertEvent(events.get(1), "X", "load \"w\\1\"", "0.000", "0.091", 1, 2);
        assertEvent(events.get(2), "C", "sram/occupancy", "0.091", null, 1, 3);
        assertEvent(events.get(3), "i", "layer-boundary", "0.183", null, 1, 1);
        assertEvent(events.get(4), "X", "matmul, tiled", "0.183", "0.366", 2, 4);
        assertEvent(events.get(5), "X", "tab\there\u0001", "0.186", "0.014", 2, 5);
        assertEvent(events.get(6), "X", "matmul", "0.183", "0.184", 1, 1);
        assertEquals(7, events.size());

        assertEquals("compute", events.get(0).get("cat"));
        assertEquals(Map.of("startCycle", new BigDecimal("0"), "cycles", new BigDecimal("128"),
                "layer", "conv1", "macs", new BigDecimal("1048576")), events.get(0).get("args"));
        assertEquals(Map.of("bytes", new BigDecimal("4096"), "fraction", new BigDecimal("0.25")),
                events.get(2).get("args"));
        assertEquals("t", events.get(3).get("s"));
        assertEquals(Map.of("cycle", new BigDecimal("128"), "next", "conv2 → relu µ", "last", false),
                events.get(3).get("args"));
        assertEquals("C:\\weights\n", ((Map<?, ?>) events.get(1).get("args")).get("path"));
    }

    @Test
    void writesTrackMetadataOnFirstAppearanceOnly() throws IOException {
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (Object event : events(parse(write(SampleTrace.events())))) {
            Map<String, Object> fields = asMap(event);
            if ("M".equals(fields.get("ph"))) {
                metadata.add(fields);
            }
        }
        List<String> lines = metadata.stream()
                .map(m -> m.get("name") + " " + m.get("pid") + " " + m.get("tid") + " " + m.get("args"))
                .toList();
        assertEquals(List.of(
                "process_name 1 1 {name=tpu0}",
                "process_sort_index 1 1 {sort_index=1}",
                "thread_name 1 1 {name=mxu}",
                "thread_sort_index 1 1 {sort_index=1}",
                "thread_name 1 2 {name=weight-dma}",
                "thread_sort_index 1 2 {sort_index=2}",
                "thread_name 1 3 {name=sram}",
                "thread_sort_index 1 3 {sort_index=3}",
                "process_name 2 4 {name=tpu1}",
                "process_sort_index 2 4 {sort_index=2}",
                "thread_name 2 4 {name=mxu}",
                "thread_sort_index 2 4 {sort_index=4}",
                "thread_name 2 5 {name=host-dma}",
                "thread_sort_index 2 5 {sort_index=5}"), lines);
    }

    @Test
    void keepsBackToBackSpansBackToBackAfterRounding() throws IOException {
        List<TraceEvent> spans = new ArrayList<>();
        for (int cycle = 0; cycle < 1000; cycle++) {
            spans.add(new Span(SampleTrace.TPU0_MXU, "step", "compute", cycle, 1));
        }
        List<Map<String, Object>> events = nonMetadata(parse(write(spans)));
        for (int i = 1; i < events.size(); i++) {
            BigDecimal previousEnd = number(events.get(i - 1), "ts").add(number(events.get(i - 1), "dur"));
            assertEquals(previousEnd, number(events.get(i), "ts"), "gap or overlap before span " + i);
        }
        assertEquals(new BigDecimal("1.429"), number(events.get(999), "ts").add(number(events.get(999), "dur")));
    }

    @Test
    void nanosecondTraceWritesExactMicrosAndNoCycleArgs() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ChromeTraceSink sink = ChromeTraceSink.create(bytes, TimeBase.nanoseconds(), TraceArgs.empty())) {
            sink.accept(new Span(SampleTrace.TPU0_MXU, "kernel", "gpu", 1_234_567, 2_500));
            sink.accept(new Instant(SampleTrace.TPU0_MXU, "sync", 5, TraceArgs.empty().with("cycle", 3L)));
        }
        Map<String, Object> trace = parse(bytes.toByteArray());
        assertEquals(Map.of("tickUnit", "ns", "ticksPerSecond", new BigDecimal("1000000000")), trace.get("otherData"));
        List<Map<String, Object>> events = nonMetadata(trace);
        assertEvent(events.get(0), "X", "kernel", "1234.567", "2.500", 1, 1);
        assertFalse(events.get(0).containsKey("args"), "no args when there are none");
        assertEquals(Map.of("cycle", new BigDecimal("3")), events.get(1).get("args"));
    }

    @Test
    void rejectsReservedCycleArgsAndStaysUsable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ChromeTraceSink sink = ChromeTraceSink.create(bytes, SampleTrace.CLOCK_700_MHZ, TraceArgs.empty())) {
            IllegalArgumentException span = assertThrows(IllegalArgumentException.class, () -> sink.accept(
                    new Span(SampleTrace.TPU0_MXU, "matmul", "compute", 0, 1, TraceArgs.empty().with("cycles", 1L))));
            assertTrue(span.getMessage().contains("'cycles' is reserved"), span.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sink.accept(
                    new Instant(SampleTrace.TPU0_MXU, "sync", 0, TraceArgs.empty().with("cycle", 1L))));
            sink.accept(new Span(SampleTrace.TPU0_MXU, "matmul", "compute", 0, 1));
        }
        assertEquals(1, nonMetadata(parse(bytes.toByteArray())).size());
    }

    @Test
    void rejectsTicksPastTheNanosecondRangeWithoutLosingTrackMetadata() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ChromeTraceSink sink = ChromeTraceSink.create(bytes, TimeBase.cycles(1L), TraceArgs.empty())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.accept(
                    new Span(SampleTrace.TPU1_MXU, "late", "compute", Long.MAX_VALUE / 2, 0)));
            assertTrue(e.getMessage().contains("past the nanosecond range"), e.getMessage());
            sink.accept(new Span(SampleTrace.TPU1_MXU, "matmul", "compute", 2, 3));
        }
        List<?> events = events(parse(bytes.toByteArray()));
        assertEquals(5, events.size());
        assertEquals(Map.of("name", "tpu1"), asMap(events.get(0)).get("args"));
        assertEvent(asMap(events.get(4)), "X", "matmul", "2000000.000", "3000000.000", 1, 1);
    }

    @Test
    void rejectsReservedOtherDataKeys() {
        TraceArgs otherData = TraceArgs.empty().with("ticksPerSecond", 1L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChromeTraceSink.create(
                OutputStream.nullOutputStream(), SampleTrace.CLOCK_700_MHZ, otherData));
        assertTrue(e.getMessage().contains("'ticksPerSecond' is reserved"), e.getMessage());
    }

    @Test
    void emptyTraceIsValidJson() throws IOException {
        assertEquals(List.of(), parse(write(List.of())).get("traceEvents"));
    }

    @Test
    void namesEachCounterByThreadSoUnitsStayApart() throws IOException {
        List<TraceEvent> counters = List.of(
                new Counter(SampleTrace.TPU0_MXU, "busy", 0, TraceArgs.empty().with("lanes", 1L)),
                new Counter(SampleTrace.TPU0_WEIGHT_DMA, "busy", 0, TraceArgs.empty().with("lanes", 2L)));
        List<Map<String, Object>> events = nonMetadata(parse(write(counters)));
        assertEquals("mxu/busy", events.get(0).get("name"));
        assertEquals("weight-dma/busy", events.get(1).get("name"));
    }

    private static void assertEvent(Map<String, Object> event, String ph, String name, String ts, String dur,
            int pid, int tid) {
        assertEquals(ph, event.get("ph"), "ph of " + event);
        assertEquals(name, event.get("name"), "name of " + event);
        assertEquals(new BigDecimal(ts), event.get("ts"), "ts of " + event);
        assertEquals(dur == null ? null : new BigDecimal(dur), event.get("dur"), "dur of " + event);
        assertEquals(new BigDecimal(pid), event.get("pid"), "pid of " + event);
        assertEquals(new BigDecimal(tid), event.get("tid"), "tid of " + event);
    }

    private static Map<String, Object> parse(byte[] json) {
        return asMap(StrictJson.parse(new String(json, StandardCharsets.UTF_8)));
    }

    private static List<?> events(Map<String, Object> trace) {
        return (List<?>) trace.get("traceEvents");
    }

    private static List<Map<String, Object>> nonMetadata(Map<String, Object> trace) {
        return events(trace).stream().map(ChromeTraceSinkTest::asMap).filter(e -> !"M".equals(e.get("ph"))).toList();
    }

    private static BigDecimal number(Map<String, Object> event, String key) {
        return (BigDecimal) event.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
