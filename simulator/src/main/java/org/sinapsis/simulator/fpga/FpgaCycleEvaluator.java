// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;
import org.sinapsis.isa.program.FpgaLayerKind;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.traces.sink.NullSink;

/**
 * The cycle-approximate FPGA evaluator: runs the layer's tiles through {@link FpgaTilePipeline}
 * (double-buffered) and reports the cycles, the stalls and the same actions as
 * {@link FpgaAnalyticalEvaluator}, with which it must agree within the tolerance the agreement
 * test states. Slower than the analytical model (it walks every tile), so searches use that one.
 */
public final class FpgaCycleEvaluator implements Evaluator<FpgaSpec, FpgaTiling> {

    @Override
    public Evaluation evaluate(LayerWork work, FpgaSpec spec, FpgaTiling tiling) {
        return evaluate(FpgaLayerShape.of(work.node(), work.batch()), spec, tiling);
    }

    /** The evaluation of {@code tiling} of {@code shape}. */
    public Evaluation evaluate(FpgaLayerShape shape, FpgaSpec spec, FpgaTiling tiling) {
        List<EvalStatus> statuses = FpgaLegality.statuses(spec, shape, tiling);
        if (!FpgaLegality.legal(statuses)) {
            return Evaluation.illegal(statuses);
        }
        FpgaDatapath datapath = spec.datapath(tiling.precision()).orElseThrow();
        FpgaTileGeometry g = new FpgaTileGeometry(spec, datapath, shape, tiling);
        ActionCounts.Builder b = ActionCounts.builder();
        FpgaKernelSimulation.Result r = FpgaKernelSimulation.run(g, 0, true, NullSink.INSTANCE, "layer", b);
        b.add(FpgaActions.STATIC_CYCLE, r.endCycle());
        Map<String, Long> stalls = new LinkedHashMap<>();
        stalls.put("ddr", r.ddrStallCycles());
        if (shape.kind() == FpgaLayerKind.RECURRENT) {
            stalls.put("gate-math", r.gateMathCycles());
        }
        return new Evaluation(statuses, r.endCycle(), stalls, b.build());
    }
}
