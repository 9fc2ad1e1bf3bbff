// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.data.LabelledSamples;

/**
 * Oracle: the fp32 reference executor. The bundled trained fashion-mlp runs on the Loihi model; its accuracy must approach the ANN's as time steps grow, and the report puts ANN,
 * quantized ANN and SNN side by side. (The 1.5 pp check on a fully trained network is the slow
 * {@link SnnFidelityTest}.)
 */
class SpikingReportTest {

    @Test
    void accuracyConvergesToTheAnnsAndTheReportShowsItSideBySide() throws Exception {
        assumeTrue(FashionMlpFixture.available(), "Fashion-MNIST files not installed (Debian dataset-fashion-mnist)");
        Workload w = FashionMlpFixture.get().workload(100);
        LabelledSamples samples = w.evaluation().orElseThrow();
        NeuromorphicTarget loihi = new NeuromorphicTarget((NeuroChipSpec) ArchSpecs.presets().get("loihi"));
        SpikingReport r = loihi.report(new RunRequest(w, Optional.empty(), 1, TraceOpener.NONE, OptionalInt.of(32)),
                samples, new int[] {2, 8, 32});
        assertTrue(r.annAccuracy() > 0.8, "trained ANN: " + r.annAccuracy());
        assertEquals(r.annAccuracy(), r.quantizedAccuracy(), 0.011, "9-bit weights cost at most one sample");
        double[] half = r.snnAccuracy()[1];
        assertTrue(half[0] < half[2], "accuracy rises with time steps");
        assertTrue(Math.abs(half[2] - r.annAccuracy()) <= 0.05, "SNN at 32 steps " + half[2] + " vs ANN "
                + r.annAccuracy());
        StringWriter text = new StringWriter();
        r.writeText(text);
        String s = text.toString();
        assertTrue(s.contains("Accuracy on fashion-mlp, 100 labelled samples: ANN fp32 "), s);
        assertTrue(s.contains("timesteps  SNN rate [%]  SNN rate-half-threshold [%]"), s);
        assertTrue(s.contains("Compiled for loihi: 6 cores of 128"), s);
    }
}
