// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaLayerKind;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaVectorOp;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.sink.NullSink;
import org.sinapsis.traces.sink.TraceSink;
import org.sinapsis.traces.sink.TraceSinks;

/** The machine on hand-written programs, with cycle counts worked out by hand from the rules. */
class FpgaMachineTest {
    private static final FpgaSpec VX485T = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");

    private static FpgaProgram program(FpgaLayerShape shape, int tm, int tn, int tr, int tc, boolean doubleBuffered,
            List<FpgaVectorOp> after) {
        return new FpgaProgram("hand", VX485T.name(), Precision.FP32, tm, tn, 4096, 121, 4096, doubleBuffered, List.of(),
                List.of(new FpgaKernel("k", "Conv2D", shape, tr, tc, false, doubleBuffered, after)));
    }

    private static FpgaLayerShape conv(int m, int n, int hw, int k, int pad) {
        return new FpgaLayerShape(FpgaLayerKind.CONV, 1, 1, 1, m, n, hw + 2 * pad - k + 1, hw + 2 * pad - k + 1, k, k,
                1, 1, pad, pad, hw, hw, 0);
    }

    @Test
    void oneTileByHand() {
        // DDR: 100 ns = 10 cycles at 100 MHz, 45 bytes per cycle, 64-byte bursts; fp32 adds take 5 cycles.
        // load input: 2 rows of 2 values, each run one 64-byte burst: 128 B -> 10 + ceil(128 / 45) = 13
        // load weights: 2 channels, one 64-byte run each: 128 B -> 13; data in at 26
        // compute: 1x1 taps x max(2x2 positions, 5) = 5, then the drain: multiply 4 + one adder level 5 = 9 -> 40
        // store: 2 channels x 2 rows, 64 B each: 256 B -> 10 + ceil(256 / 45) = 16 -> 56
        FpgaRunTiming t = new FpgaMachine(VX485T).run(program(conv(2, 1, 2, 1, 0), 2, 1, 2, 2, true, List.of()),
                NullSink.INSTANCE);
        assertEquals(56, t.cycles());
        assertEquals(14, t.computeCycles());
        assertEquals(256, t.actions().get("ddr", "read_byte"));
        assertEquals(256, t.actions().get("ddr", "write_byte"));
        assertEquals(2 * 4, t.actions().get("pe_array", "mac_fp32"));
        assertEquals(56, t.actions().get("board", "static_cycle"));
    }

    @Test
    void doubleBufferingHidesTheLoadsBehindCompute() {
        // 8 input-channel tiles of 9 x 16 x 16 = 2304 cycles; each load 16 rows x 64 B (33) + 4 x 64 B of weights (16)
        FpgaLayerShape shape = conv(4, 8, 16, 3, 1);
        FpgaRunTiming pingPong = new FpgaMachine(VX485T).run(program(shape, 4, 1, 16, 16, true, List.of()),
                NullSink.INSTANCE);
        assertEquals(49 + 8 * 2304 + 9 + 102, pingPong.cycles(), "fill, 8 overlapped tiles, drain, one store");
        assertEquals(49 + 102, pingPong.stallCycles().get("ddr"));
        FpgaRunTiming single = new FpgaMachine(VX485T).run(program(shape, 4, 1, 16, 16, false, List.of()),
                NullSink.INSTANCE);
        assertEquals(8 * (49 + 2304) + 9 + 102, single.cycles(), "without ping-pong every load waits");
    }

    @Test
    void elementWiseWorkFollowsItsKernel() {
        FpgaRunTiming t = new FpgaMachine(VX485T).run(program(conv(2, 1, 2, 1, 0), 2, 1, 2, 2, true,
                List.of(new FpgaVectorOp("relu", "ReLU", 8), new FpgaVectorOp("flat", "Flatten", 0))), NullSink.INSTANCE);
        assertEquals(56 + 8 + 1, t.cycles(), "8 ops on 16 lanes: latency 8 + 1 cycle");
        assertEquals(8, t.actions().get("vector_unit", "op"));
    }

    @Test
    void aDesignTheDeviceCannotHoldIsRefusedNamingTheResource() {
        InfeasibleException dsp = assertThrows(InfeasibleException.class, () -> new FpgaMachine(VX485T)
                .run(program(conv(64, 8, 4, 1, 0), 64, 8, 4, 4, true, List.of()), NullSink.INSTANCE));
        assertEquals("dsp", dsp.resource());
        assertEquals("target 'fpga-vx485t': dsp: needs 2560, the device has 2400 usable (86% of 2800)", dsp.getMessage());
        FpgaSpec brainwave = (FpgaSpec) ArchSpecs.presets().get("fpga-brainwave");
        InfeasibleException array = assertThrows(InfeasibleException.class, () -> new FpgaMachine(brainwave)
                .run(program(conv(2, 1, 2, 1, 0), 2, 1, 2, 2, true, List.of()), NullSink.INSTANCE));
        assertEquals("array", array.resource(), "Brainwave's array is fixed at 2400 x 40");
    }

    @Test
    void theTraceHasOneSpanPerTileAndIsTheSameEveryRun(@TempDir Path dir) throws Exception {
        FpgaProgram p = HandPrograms.of(Network.builder("n").input("x", 5, 9, 9).add("c", Conv2D.of(7, 3).pad(1))
                .build(), 2, Precision.FP32, 3, 2, 4, 5, false);
        List<TraceEvent> events = new ArrayList<>();
        TraceSink capture = new TraceSink() {
            @Override
            public void accept(TraceEvent event) {
                events.add(event);
            }

            @Override
            public void close() {
            }
        };
        FpgaRunTiming timed = new FpgaMachine(VX485T).run(p, capture);
        long computeSpans = events.stream().filter(e -> e instanceof Span s && s.name().equals("compute")).count();
        assertEquals(2L * 3 * 2 * 3 * 3, computeSpans, "batch 2 x 3 row tiles x 2 col tiles x 3 to x 3 ti");
        assertEquals(timed.cycles(), new FpgaMachine(VX485T).run(p, NullSink.INSTANCE).cycles());
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        try (TraceSink sink = TraceSinks.create(a, TimeBase.cycles(100_000_000L))) {
            new FpgaMachine(VX485T).run(p, sink);
        }
        try (TraceSink sink = TraceSinks.create(b, TimeBase.cycles(100_000_000L))) {
            new FpgaMachine(VX485T).run(p, sink);
        }
        assertTrue(Files.size(a) > 1000);
        assertEquals(-1, Files.mismatch(a, b));
    }
}
