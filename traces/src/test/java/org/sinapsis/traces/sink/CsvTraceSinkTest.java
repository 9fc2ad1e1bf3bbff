// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.sinapsis.traces.golden.Goldens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;

/**
 * {@link CsvTraceSink}: the golden file {@code golden/trace.csv} (regenerate as {@link Golden}
 * describes: {@code mvn -q -B -pl traces test -Dsinapsis.updateGoldens=true}), RFC 4180 quoting
 * and JSON args.
 */
class CsvTraceSinkTest extends StreamingSinkContractTest {

    @Override
    protected TraceSink newSink(OutputStream stream) throws IOException {
        return CsvTraceSink.create(stream, SampleTrace.CLOCK_700_MHZ);
    }

    @Override
    protected TraceSink newSink(Path file) throws IOException {
        return CsvTraceSink.create(file, SampleTrace.CLOCK_700_MHZ);
    }

    @Override
    protected String fileName() {
        return "trace.csv";
    }

    @Test
    void matchesGolden() throws IOException {
        Goldens.assertMatches("trace.csv", write(SampleTrace.events()));
    }

    @Test
    void matchesGoldenUnderAGermanDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.GERMANY);
            Goldens.assertMatches("trace.csv", write(SampleTrace.events()));
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    @Test
    void writesOneQuotedRecordPerEventThatReadsBack() throws IOException {
        List<List<String>> records = StrictCsv.parse(new String(write(SampleTrace.events()), StandardCharsets.UTF_8));
        assertEquals(List.of(CsvTraceSink.HEADER.split(",")), records.get(0));
        assertEquals(8, records.size());
        records.forEach(record -> assertEquals(9, record.size(), "fields of " + record));

        assertEquals(List.of("span", "tpu0", "mxu", "matmul", "compute", "0", "128", "cycles",
                "{\"layer\":\"conv1\",\"macs\":1048576}"), records.get(1));
        assertEquals(List.of("span", "tpu0", "weight-dma", "load \"w\\1\"", "dma", "0", "64", "cycles",
                "{\"bytes\":65536,\"path\":\"C:\\\\weights\\n\"}"), records.get(2));
        assertEquals(List.of("counter", "tpu0", "sram", "occupancy", "", "64", "", "cycles",
                "{\"bytes\":4096,\"fraction\":0.25}"), records.get(3));
        assertEquals(List.of("instant", "tpu0", "mxu", "layer-boundary", "", "128", "", "cycles",
                "{\"next\":\"conv2 → relu µ\",\"last\":false}"), records.get(4));
        assertEquals("matmul, tiled", records.get(5).get(3));
        assertEquals("tab\there\u0001", records.get(6).get(3));
        assertEquals("{}", records.get(6).get(8));
    }

    @Test
    void argsColumnIsJson() throws IOException {
        List<List<String>> records = StrictCsv.parse(new String(write(SampleTrace.events()), StandardCharsets.UTF_8));
        assertEquals(Map.of("bytes", new BigDecimal("65536"), "path", "C:\\weights\n"),
                StrictJson.parse(records.get(2).get(8)));
    }

    @Test
    void quotesFieldsWithLineBreaks() throws IOException {
        List<List<String>> records = StrictCsv.parse(new String(write(List.of(
                new Span(SampleTrace.TPU0_MXU, "two\nlines\r", "a,b", 3, 4))), StandardCharsets.UTF_8));
        assertEquals(List.of("span", "tpu0", "mxu", "two\nlines\r", "a,b", "3", "4", "cycles", "{}"), records.get(1));
    }

    @Test
    void namesTheTickUnit() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTraceSink sink = CsvTraceSink.create(bytes, TimeBase.nanoseconds())) {
            sink.accept(new Span(SampleTrace.TPU0_MXU, "kernel", "gpu", 1_500, 20));
        }
        assertEquals("type,process,thread,name,category,start,duration,unit,args\n"
                + "span,tpu0,mxu,kernel,gpu,1500,20,ns,{}\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
