// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;

/** The FPGA target's result: accuracy from its own functional run on labelled samples. */
class FpgaTargetTest {

    private static Workload workload(Network n, LabelledSamples samples) {
        return new Workload(n, 2, "random (seed 1)", () -> NetworkParameters.initialize(n, 1),
                () -> SyntheticInputs.generate(n, 2, 1), () -> Optional.of(samples),
                () -> SyntheticInputs.generate(n, 8, 2));
    }

    @Test
    void accuracyComesFromTheMachinesOwnOutputsAndEqualsTheInt8References() {
        Network n = Zoo.find("fashion-cnn").orElseThrow().network();
        Map<String, Tensor> inputs = SyntheticInputs.generate(n, 20, 3);
        int[] labels = new int[20];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 10;
        }
        LabelledSamples samples = new LabelledSamples("synthetic", inputs, labels);
        Workload w = workload(n, samples);
        FpgaTarget target = new FpgaTarget((FpgaSpec) ArchSpecs.presets().get("fpga-catapult"));
        RunResult r = target.run(new RunRequest(w, Optional.of(Precision.INT8), 1, TraceOpener.NONE));
        assertEquals("exact", r.referenceMatch());
        assertEquals(20, r.samples());
        Tensor reference = new Int8Executor(w.quantized(), 1).run(inputs).outputs().values().iterator().next();
        assertEquals(samples.top1Accuracy(reference), r.accuracy(), 0.0);
        RunResult fixed = target.run(new RunRequest(w, Optional.empty(), 1, TraceOpener.NONE));
        assertEquals("fixed18", fixed.precision());
        assertNotNull(fixed.accuracy());
        assertEquals(2, fixed.batch());
    }
}
