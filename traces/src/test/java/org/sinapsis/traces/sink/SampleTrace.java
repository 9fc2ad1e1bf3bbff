// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.util.List;
import org.sinapsis.traces.event.Counter;
import org.sinapsis.traces.event.Instant;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.event.Track;

/** The fixed event sequences the sink tests write. */
final class SampleTrace {
    /** TPU v1's 700 MHz clock: one cycle is 1.428571... ns, so conversion has to round. */
    static final TimeBase CLOCK_700_MHZ = TimeBase.cycles(700_000_000L);

    static final Track TPU0_MXU = new Track("tpu0", "mxu");
    static final Track TPU0_WEIGHT_DMA = new Track("tpu0", "weight-dma");
    static final Track TPU0_SRAM = new Track("tpu0", "sram");
    static final Track TPU1_MXU = new Track("tpu1", "mxu");
    static final Track TPU1_HOST_DMA = new Track("tpu1", "host-dma");

    private SampleTrace() {
    }

    /**
     * Spans on two processes and four threads, a counter, an instant, a track seen again, and
     * names and args that need JSON escaping or CSV quoting.
     */
    static List<TraceEvent> events() {
        return List.of(
                new Span(TPU0_MXU, "matmul", "compute", 0, 128,
                        TraceArgs.empty().with("layer", "conv1").with("macs", 1_048_576L)),
                new Span(TPU0_WEIGHT_DMA, "load \"w\\1\"", "dma", 0, 64,
                        TraceArgs.empty().with("bytes", 65_536L).with("path", "C:\\weights\n")),
                new Counter(TPU0_SRAM, "occupancy", 64,
                        TraceArgs.empty().with("bytes", 4096L).with("fraction", 0.25)),
                new Instant(TPU0_MXU, "layer-boundary", 128,
                        TraceArgs.empty().with("next", "conv2 → relu µ").with("last", false)),
                new Span(TPU1_MXU, "matmul, tiled", "compute", 128, 256,
                        TraceArgs.empty().with("utilization", 0.875)),
                new Span(TPU1_HOST_DMA, "tab\there\u0001", "dma", 130, 10),
                new Span(TPU0_MXU, "matmul", "compute", 128, 129));
    }

    /** One event of each permitted {@link TraceEvent} type. */
    static List<TraceEvent> oneOfEachKind() {
        return List.of(
                new Span(TPU0_MXU, "matmul", "compute", 0, 10),
                new Counter(TPU0_SRAM, "occupancy", 5, TraceArgs.empty().with("bytes", 1L)),
                new Instant(TPU0_MXU, "barrier", 10));
    }
}
