// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.program.ActivationConfig;
import org.sinapsis.isa.program.AddConfig;
import org.sinapsis.isa.program.ConvolveConfig;
import org.sinapsis.isa.program.HostRegion;
import org.sinapsis.isa.program.KernelOrder;
import org.sinapsis.isa.program.LookupConfig;
import org.sinapsis.isa.program.PoolConfig;
import org.sinapsis.isa.program.RecurrentConfig;
import org.sinapsis.isa.program.TpuAssembly;
import org.sinapsis.isa.program.TpuConfig;
import org.sinapsis.isa.program.TpuFlags;
import org.sinapsis.isa.program.TpuInstruction;
import org.sinapsis.isa.program.TpuProgram;
import org.sinapsis.isa.program.TpuUnit;
import org.sinapsis.isa.program.TpuWeightImage;
import org.sinapsis.isa.program.UbLayout;
import org.sinapsis.isa.program.UbTensor;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.reference.FixedPointMultiplier;
import org.sinapsis.networks.reference.Int8Arithmetic;
import org.sinapsis.networks.reference.TwoTermMultiplier;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.sink.NullSink;

/** The TPU machine on hand-written programs: its arithmetic against direct computation, its timing against its formulas. */
class TpuMachineTest {
    private static final TpuSpec TPU = (TpuSpec) ArchSpecs.presets().get("tpu-v1");
    private static final int R = 256;
    private static final int HOST_X = 0;
    private static final int HOST_Y = 1 << 20;
    private static final long CONFIGS = 1 << 22;

    @Test
    void oneTileTakesTheDocumentedCycles() {
        TpuProgram p = program(TpuAssembly.parse("t.s", """
                rw weights=0 rows=256 cols=256
                mm flags=switch ub=0 acc=0 length=200
                halt
                """).instructions(), List.of(), Map.of());
        TpuRun run = new TpuMachine(TPU).time(p, NullSink.INSTANCE);
        // tile arrives after ceil(65536 B / (34e9 / 700e6 B per cycle)) = 1350 cycles, shifts in 256,
        // then 200 rows, then 512 cycles to drain the last results into the accumulators
        long arrival = 1350;
        assertEquals(arrival + 256 + 200 + 512, run.cycles());
        assertEquals(200, run.counters().mxuActiveCycles());
        assertEquals(200L * 65536, run.counters().macs());
        Map<String, Long> stalls = run.stallCycles();
        assertEquals(10, stalls.get("non_matrix") - 512, "the issue slot before the matrix instruction");
        assertEquals(arrival - 10, stalls.get("weights"));
        assertEquals(256, stalls.get("weight_shift"));
        assertEquals(run.cycles(), run.counters().mxuActiveCycles() + stalls.values().stream().mapToLong(Long::longValue)
                .sum());
    }

    @Test
    void weightLoadsOverlapComputeThroughTheFifoAndTheSecondBuffer() {
        StringBuilder asm = new StringBuilder();
        for (int t = 0; t < 5; t++) {
            asm.append("rw weights=").append(t * 65536).append(" rows=256 cols=256\n");
        }
        for (int t = 0; t < 5; t++) {
            asm.append("mm flags=switch ub=0 acc=0 length=2048\n");
        }
        TpuRun run = new TpuMachine(TPU).time(program(TpuAssembly.parse("t.s", asm + "halt\n").instructions(),
                List.of(), Map.of()), NullSink.INSTANCE);
        // each tile (1350 cycles to load, 256 to shift) hides behind the 2048-row product of the one before
        assertEquals(1350 + 256 + 5 * 2048 + 512, run.cycles());
        assertEquals(1350 - 50, run.stallCycles().get("weights"), "the first product issues after five rw");
        assertEquals(256, run.stallCycles().get("weight_shift"));
    }

    @Test
    void aDenseTileComputesExactInt8() {
        Random random = new Random(7);
        int rows = 5;
        byte[] w = randomBytes(random, 256 * 200);
        byte[] x = randomBytes(random, rows * R);
        int[] bias = new int[200];
        FixedPointMultiplier[] m = new FixedPointMultiplier[200];
        for (int j = 0; j < 200; j++) {
            bias[j] = random.nextInt(20001) - 10000;
            m[j] = FixedPointMultiplier.of(0.0005 + random.nextDouble() * 0.001);
        }
        ActivationConfig act = new ActivationConfig(200, bias, m, true);
        List<TpuInstruction> code = List.of(
                TpuInstruction.readHostMemory(HOST_X, 0, rows),
                TpuInstruction.readWeights(0, 256, 200),
                TpuInstruction.setConfig(0, CONFIGS, act.bytes()),
                TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                TpuInstruction.matrixMultiply(TpuFlags.SWITCH, 0, 100, rows),
                TpuInstruction.activate(100, 10, rows, 0),
                TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                TpuInstruction.writeHostMemory(10, HOST_Y, rows),
                TpuInstruction.halt());
        TpuProgram p = program(code, List.of(new TpuWeightImage.Segment(0, w)), Map.of(CONFIGS, act), rows, rows);
        TpuRun run = new TpuMachine(TPU).run(p, Map.of("x", x), 2, NullSink.INSTANCE);
        byte[] y = run.hostOutputs().get("y");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < R; j++) {
                int expected = 0;
                if (j < 200) {
                    int acc = bias[j];
                    for (int k = 0; k < 256; k++) {
                        acc += x[i * R + k] * w[k * 200 + j];
                    }
                    expected = Math.max(0, Int8Arithmetic.requantize(acc, m[j]));
                }
                assertEquals(expected, y[i * R + j], "row " + i + " column " + j);
            }
        }
    }

    @Test
    void aConvolutionGathersItsWindowsInEitherOrder() {
        Random random = new Random(11);
        int c = 3;
        int h = 6;
        int width = 5;
        UbTensor input = new UbTensor(0, R, 1, c, h, width, UbLayout.PACKED);
        byte[] x = randomBytes(random, (int) input.bytes());
        byte[] filters = randomBytes(random, 4 * c * 3 * 3);
        FixedPointMultiplier[] m = new FixedPointMultiplier[4];
        Arrays.fill(m, FixedPointMultiplier.of(0.01));
        ActivationConfig act = new ActivationConfig(4, new int[4], m, false);
        for (KernelOrder order : KernelOrder.values()) {
            int stride = order == KernelOrder.TAP_MAJOR ? 8 : c;
            ConvolveConfig conv = new ConvolveConfig(input, 3, 3, 2, 1, 1, 1, 3, 5, c, stride, order);
            int k = conv.windowSize();
            byte[] tile = new byte[k * 4];
            for (int p = 0; p < k; p++) {
                for (int f = 0; f < 4; f++) {
                    tile[p * 4 + f] = conv.padding(p) ? 0
                            : filters[((f * c + conv.channelOf(p)) * 3 + conv.rowOf(p)) * 3 + conv.columnOf(p)];
                }
            }
            List<TpuInstruction> code = List.of(
                    TpuInstruction.readHostMemory(HOST_X, 20, input.rows()),
                    TpuInstruction.readWeights(0, k, 4),
                    TpuInstruction.setConfig(0, CONFIGS, conv.bytes()),
                    TpuInstruction.setConfig(1, CONFIGS + 256, act.bytes()),
                    TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                    TpuInstruction.convolve(TpuFlags.SWITCH, 20, 0, 0, 15, 0, 0, 0),
                    TpuInstruction.activate(0, 200, 15, 1),
                    TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                    TpuInstruction.writeHostMemory(200, HOST_Y, 15),
                    TpuInstruction.halt());
            TpuProgram p = program(code, List.of(new TpuWeightImage.Segment(0, tile)),
                    Map.of(CONFIGS, conv, CONFIGS + 256, act), (int) input.rows(), 15);
            byte[] y = new TpuMachine(TPU).run(p, Map.of("x", x), 1, NullSink.INSTANCE).hostOutputs().get("y");
            for (int oy = 0; oy < 3; oy++) {
                for (int ox = 0; ox < 5; ox++) {
                    for (int f = 0; f < 4; f++) {
                        int acc = 0;
                        for (int ch = 0; ch < c; ch++) {
                            for (int r = 0; r < 3; r++) {
                                for (int s = 0; s < 3; s++) {
                                    int iy = oy * 2 - 1 + r;
                                    int ix = ox - 1 + s;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < width) {
                                        acc += x[(int) input.address(0, ch, iy, ix)]
                                                * filters[((f * c + ch) * 3 + r) * 3 + s];
                                    }
                                }
                            }
                        }
                        assertEquals(Int8Arithmetic.requantize(acc, m[f]), y[(oy * 5 + ox) * R + f],
                                order + " pixel " + oy + "," + ox + " filter " + f);
                    }
                }
            }
        }
    }

    @Test
    void vectorOperationsPoolAddAndLookUp() {
        Random random = new Random(3);
        byte[] x = randomBytes(random, 2 * 9 * R);
        PoolConfig pool = new PoolConfig(PoolMode.AVG, 3, 3, 2, 2, 2, 2, 1, 1, 0, 0, 7);
        byte[] table = new byte[256];
        for (int q = 0; q < 256; q++) {
            table[q] = (byte) (q / 3 - 42);
        }
        LookupConfig lookup = new LookupConfig(5, table);
        TwoTermMultiplier tt = TwoTermMultiplier.of(0.7, 0.4);
        AddConfig add = new AddConfig(9, 6, tt);
        List<TpuInstruction> code = List.of(
                TpuInstruction.readHostMemory(HOST_X, 0, 18),
                TpuInstruction.setConfig(0, CONFIGS, pool.bytes()),
                TpuInstruction.setConfig(1, CONFIGS + 256, lookup.bytes()),
                TpuInstruction.setConfig(2, CONFIGS + 1024, add.bytes()),
                TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                TpuInstruction.vector(0, 100, 4, 0),
                TpuInstruction.vector(0, 104, 1, 1),
                TpuInstruction.vector(0, 105, 1, 2),
                TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                TpuInstruction.writeHostMemory(100, HOST_Y, 6),
                TpuInstruction.halt());
        TpuProgram p = program(code, List.of(new TpuWeightImage.Segment(0, new byte[1])),
                Map.of(CONFIGS, pool, CONFIGS + 256, lookup, CONFIGS + 1024, add), 18, 6);
        byte[] y = new TpuMachine(TPU).run(p, Map.of("x", x), 1, NullSink.INSTANCE).hostOutputs().get("y");
        for (int oy = 0; oy < 2; oy++) {
            for (int ox = 0; ox < 2; ox++) {
                for (int j = 0; j < R; j++) {
                    int sum = 0;
                    for (int r = 0; r < 2; r++) {
                        for (int s = 0; s < 2; s++) {
                            sum += x[((oy + r) * 3 + ox + s) * R + j];
                        }
                    }
                    int expected = j < 7 ? Int8Arithmetic.averagePool(sum, 4) : 0;
                    assertEquals(expected, y[(oy * 2 + ox) * R + j], "pool " + oy + "," + ox + "," + j);
                }
            }
        }
        for (int j = 0; j < R; j++) {
            assertEquals(j < 5 ? table[x[j] + 128] : 0, y[4 * R + j], "lookup " + j);
            assertEquals(j < 6 ? Int8Arithmetic.add(x[j], x[9 * R + j], tt) : 0, y[5 * R + j], "add " + j);
        }
    }

    @Test
    void anLstmStepFollowsTheIntegerCell() {
        Random random = new Random(5);
        int h = 3;
        int batch = 2;
        TwoTermMultiplier[] m = new TwoTermMultiplier[4 * h];
        int[] kb = new int[4 * h];
        for (int j = 0; j < 4 * h; j++) {
            m[j] = TwoTermMultiplier.of(0.02 + random.nextDouble() * 0.01, 0.01 + random.nextDouble() * 0.01);
            kb[j] = random.nextInt(2001) - 1000;
        }
        RecurrentConfig cell = new RecurrentConfig(true, h, R, m, kb, new int[4 * h], 50, 60, batch);
        byte[] x = randomBytes(random, 2 * R);
        byte[] wx = randomBytes(random, 2 * 4 * h);
        List<TpuInstruction> code = List.of(
                TpuInstruction.readHostMemory(HOST_X, 0, 2),
                TpuInstruction.readHostMemory(HOST_Y + (1 << 20), 50, 2),
                TpuInstruction.readHostMemory(HOST_Y + (1 << 20), 60, 2),
                TpuInstruction.readWeights(0, 2, 4 * h),
                TpuInstruction.setConfig(0, CONFIGS, cell.bytes()),
                TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                TpuInstruction.matrixMultiply(TpuFlags.SWITCH, 0, 0, batch),
                TpuInstruction.activate(0, 70, batch, 0),
                TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                TpuInstruction.writeHostMemory(70, HOST_Y, 2),
                TpuInstruction.halt());
        List<HostRegion> regions = List.of(new HostRegion("x", HOST_X, 2L * R, HostRegion.Kind.INPUT),
                new HostRegion("y", HOST_Y, 2L * R, HostRegion.Kind.OUTPUT),
                new HostRegion("zeros", HOST_Y + (1 << 20), 2L * R, HostRegion.Kind.ZEROS));
        TpuProgram p = new TpuProgram("lstm", code, regions, Map.of(CONFIGS, cell),
                TpuWeightImage.of(List.of(new TpuWeightImage.Segment(0, wx))));
        byte[] y = new TpuMachine(TPU).run(p, Map.of("x", x), 1, NullSink.INSTANCE).hostOutputs().get("y");
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < h; k++) {
                int[] z = new int[4];
                for (int g = 0; g < 4; g++) {
                    int col = g * h + k;
                    int ax = kb[col] + x[b * R] * wx[col] + x[b * R + 1] * wx[4 * h + col];
                    z[g] = Int8Arithmetic.gatePreactivationQ12(ax, 0, m[col]);
                }
                int cellQ12 = Int8Arithmetic.lstmCellQ12(Int8Arithmetic.sigmoidQ15(z[1]), 0,
                        Int8Arithmetic.sigmoidQ15(z[0]), Int8Arithmetic.tanhQ15(z[2]));
                assertEquals(Int8Arithmetic.lstmHiddenCode(Int8Arithmetic.sigmoidQ15(z[3]), cellQ12), y[b * R + k]);
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Random random = new Random(9);
        int rows = 300;
        byte[] w = randomBytes(random, 256 * 256);
        byte[] x = randomBytes(random, rows * R);
        FixedPointMultiplier[] m = new FixedPointMultiplier[256];
        Arrays.fill(m, FixedPointMultiplier.of(0.001));
        ActivationConfig act = new ActivationConfig(256, new int[256], m, false);
        List<TpuInstruction> code = List.of(
                TpuInstruction.readHostMemory(HOST_X, 0, rows),
                TpuInstruction.readWeights(0, 256, 256),
                TpuInstruction.setConfig(0, CONFIGS, act.bytes()),
                TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                TpuInstruction.matrixMultiply(TpuFlags.SWITCH, 0, 0, rows),
                TpuInstruction.activate(0, 1000, rows, 0),
                TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                TpuInstruction.writeHostMemory(1000, HOST_Y, rows),
                TpuInstruction.halt());
        TpuProgram p = program(code, List.of(new TpuWeightImage.Segment(0, w)), Map.of(CONFIGS, act), rows, rows);
        TpuRun one = new TpuMachine(TPU).run(p, Map.of("x", x), 1, NullSink.INSTANCE);
        TpuRun two = new TpuMachine(TPU).run(p, Map.of("x", x), 2, NullSink.INSTANCE);
        assertArrayEquals(one.hostOutputs().get("y"), two.hostOutputs().get("y"));
        assertEquals(one.cycles(), two.cycles());
        assertEquals(one.actions(), two.actions());
    }

    @Test
    void everyInstructionIsASpanOnItsUnitsTrack() {
        RecordingTraceSink sink = new RecordingTraceSink();
        TpuProgram p = program(TpuAssembly.parse("t.s", """
                rhm host=0 ub=0 length=4
                rw weights=0 rows=256 cols=256
                sync mask=host
                mm flags=switch ub=0 acc=0 length=4
                halt
                """).instructions(), List.of(), Map.of(), 4, 1);
        new TpuMachine(TPU).time(p, sink);
        List<Span> spans = sink.events.stream().filter(e -> e instanceof Span).map(e -> (Span) e).toList();
        Set<String> threads = spans.stream().map(s -> s.track().thread()).collect(Collectors.toSet());
        assertTrue(threads.containsAll(Set.of("host-dma", "weight-dma", "mxu", "weight-shift")), threads.toString());
        assertEquals(List.of("rhm", "rw", "shift", "sync", "mm", "halt"), spans.stream().map(Span::name).toList());
    }

    @Test
    void anInvalidProgramIsRejectedBeforeItRuns() {
        TpuProgram p = program(TpuAssembly.parse("t.s", "mm flags=switch ub=0 acc=0 length=4\nhalt\n").instructions(),
                List.of(), Map.of());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TpuMachine(TPU).time(p, NullSink.INSTANCE));
        assertEquals("program 't': instruction 0 (mm) flags: switches to a weight tile that no earlier rw fetched",
                e.getMessage());
    }

    private static TpuProgram program(List<TpuInstruction> code, List<TpuWeightImage.Segment> weights,
            Map<Long, TpuConfig> configs) {
        return program(code, weights, configs, 1, 1);
    }

    private static TpuProgram program(List<TpuInstruction> code, List<TpuWeightImage.Segment> weights,
            Map<Long, TpuConfig> configs, int inRows, int outRows) {
        List<HostRegion> regions = new ArrayList<>();
        regions.add(new HostRegion("x", HOST_X, (long) inRows * R, HostRegion.Kind.INPUT));
        regions.add(new HostRegion("y", HOST_Y, (long) outRows * R, HostRegion.Kind.OUTPUT));
        return new TpuProgram("t", code, regions, new LinkedHashMap<>(configs), weights.isEmpty() ? TpuWeightImage.none()
                : TpuWeightImage.of(weights));
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (random.nextInt(255) - 127);
        }
        return b;
    }
}
