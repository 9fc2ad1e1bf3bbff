// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.ModelVariant;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.golden.Goldens;
import org.sinapsis.traces.sink.CsvTraceSink;

/** Batches: identical results for any thread count, checkpoints, and the sealed spike trace. */
class BatchRunnerTest {
    private static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");

    /** 8 inputs -> 6 hidden (core 0) -> 3 outputs (core 9), random weights. */
    static ChipConfig smallNet(InputEncoding encoding) {
        SplittableRandom r = new SplittableRandom(3);
        CoreProgram.Builder h = CoreProgram.builder(0, "hidden", 6, 8, NeuronSettings.integrateAndFireSubtractive());
        for (int j = 0; j < 6; j++) {
            h.neuron(j, 40, 0, 0);
            for (int i = 0; i < 8; i++) {
                h.synapse(i, j, r.nextInt(-10, 30));
            }
            h.target(j, 9, j, 1);
        }
        CoreProgram.Builder o = CoreProgram.builder(9, "out", 3, 6, NeuronSettings.integrateAndFireSubtractive());
        for (int k = 0; k < 3; k++) {
            o.neuron(k, 30, 0, 0);
            for (int j = 0; j < 6; j++) {
                o.synapse(j, k, r.nextInt(-20, 30));
            }
        }
        int[][] in = new int[8][];
        for (int i = 0; i < 8; i++) {
            in[i] = new int[] {0, i};
        }
        return new ChipConfig("loihi", encoding, 0, List.of(h.build(), o.build()), InputMap.of(in),
                new OutputMap(new int[] {9, 9, 9}, new int[] {0, 1, 2}));
    }

    static Tensor inputs(int batch) {
        SplittableRandom r = new SplittableRandom(4);
        float[] x = new float[batch * 8];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextDouble();
        }
        return new Tensor(batch, TensorShape.of(8), x);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        for (InputEncoding enc : new InputEncoding[] {InputEncoding.REGULAR, InputEncoding.POISSON}) {
            ChipConfig config = smallNet(enc);
            BatchRunner.Classification one = BatchRunner.classify(LOIHI, config, ModelVariant.FIXED_POINT, inputs(13), 40,
                    new int[] {10, 20}, 5, 1, TickObserver.NONE);
            BatchRunner.Classification three = BatchRunner.classify(LOIHI, config, ModelVariant.FIXED_POINT, inputs(13),
                    40, new int[] {10, 20}, 5, 3, TickObserver.NONE);
            assertArrayEquals(new int[] {10, 20, 40}, one.checkpoints());
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(one.predictions()[c], three.predictions()[c]);
            }
            for (int n = 0; n < 13; n++) {
                assertArrayEquals(one.outputSpikes()[n], three.outputSpikes()[n]);
            }
            assertEquals(one.counters().synapticEvents, three.counters().synapticEvents);
            assertEquals(one.counters().spikes, three.counters().spikes);
            assertEquals(one.counters().elapsedSeconds, three.counters().elapsedSeconds);
            assertEquals(13 * 40, one.counters().ticks);
        }
    }

    @Test
    void theSpikeTraceIsSparseAndSealed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvTraceSink sink = CsvTraceSink.create(bytes, TimeBase.nanoseconds())) {
            BatchRunner.classify(LOIHI, smallNet(InputEncoding.REGULAR), ModelVariant.FIXED_POINT, inputs(1), 6,
                    new int[0], 5, 1, new TraceProbe(sink));
        }
        Goldens.assertMatches("runtime/small-net-trace.csv", bytes.toString(StandardCharsets.UTF_8));
    }
}
