// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.sink.NullSink;

class SystolicMachineTest {
    private static final Network NET = Network.builder("small-cnn").input("x", 3, 12, 12)
            .add("conv1", Conv2D.of(20, 3).pad(1)).add("pool", Pool2D.max(2, 2))
            .add("conv2", Conv2D.of(40, 3).groups(2)).add("flat", new Flatten())
            .add("fc", Dense.of(70)).build();

    private static SystolicArraySpec spec(Dataflow dataflow, int rows, int cols, int sramKiB, OptionalDouble bandwidth,
            SystolicTiming timing) {
        return new SystolicArraySpec("test-" + dataflow.shortName(), "test", rows, cols, dataflow, sramKiB, sramKiB,
                sramKiB, 1, bandwidth, 1e9, timing, "horowitz-45nm");
    }

    private static long scaleSimCycles(List<SystolicLayerWork> layers) {
        long sum = 0;
        for (SystolicLayerWork layer : layers) {
            sum += layer.instances() * layer.fold().folds() * layer.fold().foldCycles();
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(Dataflow.class)
    void scaleSimTimingIsTheClosedFormFoldAfterFold(Dataflow dataflow) {
        SystolicArraySpec s = spec(dataflow, 8, 8, 64, OptionalDouble.empty(), SystolicTiming.SCALE_SIM);
        List<SystolicLayerWork> layers = SystolicLayerWork.of(NET, 2, s);
        assertEquals(List.of("conv1", "conv2", "fc"), layers.stream().map(SystolicLayerWork::name).toList());
        assertEquals(2, layers.get(1).instances(), "the grouped convolution runs as two instances");
        SystolicRun run = new SystolicMachine(s).run(NET, 2, NullSink.INSTANCE);
        assertEquals(scaleSimCycles(layers), run.cycles());
        assertEquals(run.cycles(), run.computeCycles() + run.stallCycles().get("fill_drain"));
        assertEquals(0L, run.stallCycles().get("dram"));
        SystolicAnalyticalModel model = new SystolicAnalyticalModel(s);
        assertEquals(run.cycles(), layers.stream().mapToLong(model::totalCycles).sum());
    }

    @ParameterizedTest
    @EnumSource(Dataflow.class)
    void everyDataflowDoesTheNetworksMacsAndCountsSramTraffic(Dataflow dataflow) {
        SystolicArraySpec s = spec(dataflow, 8, 16, 64, OptionalDouble.of(4), SystolicTiming.OVERLAPPED);
        SystolicRun run = new SystolicMachine(s).run(NET, 3, NullSink.INSTANCE);
        assertEquals(NET.macs() * 3, run.macs());
        assertEquals(NET.macs() * 3, run.actions().get("pe", "mac"));
        long filterReads = 0;
        for (SystolicLayerWork layer : SystolicLayerWork.of(NET, 3, s)) {
            filterReads += layer.fold().sramAccesses(GemmOperand.FILTER) * layer.instances();
        }
        assertEquals(filterReads, run.actions().get("filter_sram", "read_byte"));
    }

    @ParameterizedTest
    @EnumSource(Dataflow.class)
    void overlappedFoldsPayOneFillPerInstanceWhenBandwidthIsAmple(Dataflow dataflow) {
        Network fc = Network.builder("fc").input("x", 100).add("fc", Dense.of(50)).build();
        SystolicArraySpec s = spec(dataflow, 16, 16, 64, OptionalDouble.of(1e6), SystolicTiming.OVERLAPPED);
        SystolicLayerWork layer = SystolicLayerWork.of(fc, 4, s).get(0);
        SystolicRun run = new SystolicMachine(s).run(fc, 4, NullSink.INSTANCE);
        long folds = layer.fold().folds();
        assertTrue(folds > 1, "several folds");
        assertEquals(1 + folds * layer.mapping().t() + layer.fillDrainCycles(), run.cycles(),
                "one cycle for the first reads, the folds back to back, one fill and drain");
        assertEquals(1L, run.stallCycles().get("dram"));
        assertEquals(layer.fillDrainCycles(), run.stallCycles().get("fill_drain"));
        SystolicArraySpec scaleSim = spec(dataflow, 16, 16, 64, OptionalDouble.of(1e6), SystolicTiming.SCALE_SIM);
        assertTrue(run.cycles() < new SystolicMachine(scaleSim).run(fc, 4, NullSink.INSTANCE).cycles());
    }

    @Test
    void aStarvedArrayWaitsForDram() {
        Network fc = Network.builder("fc").input("x", 512).add("fc", Dense.of(512)).build();
        SystolicArraySpec s = spec(Dataflow.WEIGHT_STATIONARY, 32, 32, 1024, OptionalDouble.of(2),
                SystolicTiming.OVERLAPPED);
        SystolicLayerWork layer = SystolicLayerWork.of(fc, 1, s).get(0);
        assertEquals(512L * 512, layer.filterDramWords(), "the weights fit half the SRAM: read once");
        SystolicRun run = new SystolicMachine(s).run(fc, 1, NullSink.INSTANCE);
        assertTrue(run.cycles() >= 512L * 512 / 2, "at 2 words per cycle the weights alone take 131072 cycles");
        assertTrue(run.stallCycles().get("dram") > 0.9 * run.cycles(), run.stallCycles().toString());
        assertEquals(run.cycles(), run.computeCycles() + run.stallCycles().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void operandsThatDoNotFitHalfTheirSramStreamEveryAccessFromDram() {
        Network fc = Network.builder("fc").input("x", 512).add("fc", Dense.of(512)).build();
        SystolicArraySpec s = spec(Dataflow.WEIGHT_STATIONARY, 32, 32, 64, OptionalDouble.of(2),
                SystolicTiming.OVERLAPPED);
        SystolicLayerWork layer = SystolicLayerWork.of(fc, 1, s).get(0);
        assertEquals(layer.fold().sramAccesses(GemmOperand.FILTER), layer.filterDramWords());
        assertEquals(512L, layer.ifmapDramWords(), "the input fits: read once");
    }

    @ParameterizedTest
    @EnumSource(Dataflow.class)
    void analyticalModelBoundsTheTimelineOnSmallLayers(Dataflow dataflow) {
        List<Network> layers = new ArrayList<>();
        layers.add(Network.builder("fc").input("x", 300).add("l", Dense.of(90)).build());
        layers.add(Network.builder("conv").input("x", 4, 10, 10).add("l", Conv2D.of(24, 3)).build());
        layers.add(Network.builder("wide").input("x", 8, 6, 6).add("l", Conv2D.of(64, 1)).build());
        for (double bandwidth : new double[] {0.5, 4, 64}) {
            SystolicArraySpec s = spec(dataflow, 8, 8, 4, OptionalDouble.of(bandwidth), SystolicTiming.OVERLAPPED);
            SystolicAnalyticalModel model = new SystolicAnalyticalModel(s);
            for (Network net : layers) {
                SystolicLayerWork layer = SystolicLayerWork.of(net, 2, s).get(0);
                long timeline = new SystolicMachine(s).run(net, 2, NullSink.INSTANCE).cycles();
                long estimate = model.cycles(layer);
                long folds = layer.fold().folds();
                long longestFoldTransfer = 0;
                for (GemmOperand operand : GemmOperand.values()) {
                    longestFoldTransfer = Math.max(longestFoldTransfer,
                            (long) Math.ceil(((layer.dramWords(operand) + folds - 1) / folds) / bandwidth));
                }
                String where = net.name() + " at " + bandwidth + " words/cycle: timeline " + timeline
                        + ", estimate " + estimate;
                assertTrue(timeline >= estimate, where);
                assertTrue(timeline <= estimate + layer.mapping().t() + 2 * longestFoldTransfer + folds, where);
            }
        }
    }

    @Test
    void consecutiveLayersPrefetchDuringThePreviousOne() {
        SystolicArraySpec s = spec(Dataflow.OUTPUT_STATIONARY, 8, 8, 64, OptionalDouble.of(8), SystolicTiming.OVERLAPPED);
        SystolicMachine machine = new SystolicMachine(s);
        long together = machine.run(NET, 2, NullSink.INSTANCE).cycles();
        long apart = 0;
        for (SystolicLayerWork layer : SystolicLayerWork.of(NET, 2, s)) {
            apart += machine.run(List.of(layer), NullSink.INSTANCE).cycles();
        }
        assertTrue(together < apart, together + " vs " + apart);
    }

    @Test
    void sameRunSameTraceAndSpansOnArrayAndDramTracks() {
        SystolicArraySpec s = spec(Dataflow.WEIGHT_STATIONARY, 8, 8, 4, OptionalDouble.of(4), SystolicTiming.OVERLAPPED);
        RecordingTraceSink first = new RecordingTraceSink();
        RecordingTraceSink second = new RecordingTraceSink();
        SystolicRun a = new SystolicMachine(s).run(NET, 2, first);
        SystolicRun b = new SystolicMachine(s).run(NET, 2, second);
        assertEquals(a, b);
        assertEquals(first.events, second.events);
        List<String> threads = first.events.stream().filter(Span.class::isInstance).map(e -> ((Span) e).track().thread())
                .distinct().sorted().toList();
        assertEquals(List.of("array", "dram filter", "dram ifmap", "dram ofmap"), threads);
        long arraySpans = first.events.stream().filter(Span.class::isInstance)
                .filter(e -> ((Span) e).track().thread().equals("array")).count();
        assertEquals(4, arraySpans, "conv1, two groups of conv2, fc");
    }
}
