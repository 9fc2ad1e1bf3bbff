// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicDesign;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.eval.LayerWork;

/**
 * The closed-form systolic cost the design-space search uses ({@code sinapsis dse}): one matrix
 * layer on {@code design.applyTo(base)}, the base spec's SRAMs, word size, DRAM bandwidth, clock
 * and timing with the design's shape and dataflow. No new formula: the layer is
 * {@link SystolicLayerWork#of(org.sinapsis.networks.ir.Node, int, SystolicArraySpec)} (the
 * dataflow's preset mapping, {@link FoldAnalysis}'s folds and fold length, the SRAM reuse rule for
 * DRAM words), its cycles are {@link SystolicAnalyticalModel#totalCycles} (per instance
 * {@code folds L} under SCALE-Sim timing or without a DRAM bandwidth, else
 * {@code max(max(folds T, Wi / B, Wf / B) + fill, Wo / B)}, times the instances) and its actions
 * {@link SystolicLayerWork#actions(int)}, the same the {@link SystolicMachine} counts.
 *
 * <p>Source: SCALE-Sim v2's fold schedule (oracle README section 4), as {@link FoldAnalysis} states
 * it; the overlapped bound is sinapsis's own.
 *
 * <p>Every design is legal: an operand that does not fit its SRAM is streamed from DRAM (more
 * traffic, which the cycles and the actions show), never refused; the one status is the array's.
 *
 * <p>Not modelled: what {@link SystolicAnalyticalModel} leaves out. Under overlapped timing its
 * per-instance figure is a roofline bound (an instance alone on the {@link SystolicMachine}
 * timeline is never faster, and at most {@code T + 2 X + folds} cycles slower), while the timeline
 * overlaps consecutive instances and layers; so a network's sum can be above or below the
 * machine's cycles. Under SCALE-Sim timing, or without a DRAM bandwidth, the two are equal.
 */
public final class SystolicAnalyticalEvaluator implements Evaluator<SystolicArraySpec, SystolicDesign> {

    @Override
    public Evaluation evaluate(LayerWork work, SystolicArraySpec base, SystolicDesign design) {
        SystolicArraySpec spec = design.applyTo(base);
        SystolicLayerWork layer = SystolicLayerWork.of(work.node(), work.batch(), spec)
                .orElseThrow(() -> new IllegalArgumentException("layer '" + work.node().name()
                        + "' is not a matrix layer; a systolic array costs only those"));
        return new Evaluation(List.of(EvalStatus.ok("array")), new SystolicAnalyticalModel(spec).totalCycles(layer),
                Map.of(), layer.actions(spec.wordBytes()));
    }
}
