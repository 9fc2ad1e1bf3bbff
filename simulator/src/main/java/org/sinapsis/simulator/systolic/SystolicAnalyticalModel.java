// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.isa.mapping.GemmOperand;

/**
 * The fast closed-form estimate of one layer instance on a systolic array, for design-space
 * search, checked against {@link SystolicMachine}'s timeline:
 * <pre>
 *   SCALE-Sim timing:  cycles = folds L                                    (exactly the timeline's)
 *   overlapped:        cycles = max(max(folds T, Wi / B, Wf / B) + fill, Wo / B)
 * </pre>
 * with {@code Wi, Wf, Wo} the instance's DRAM words per operand, {@code B} the words per cycle of
 * each port and {@code fill} {@link SystolicLayerWork#fillDrainCycles()}: the compute/memory
 * roofline of the instance: the array cannot finish before its inputs arrived and one fill and
 * drain passed, nor the instance before its outputs were written (they drain during the fill).
 * The timeline of an instance run alone is never faster and at most {@code T + 2 X + folds}
 * cycles slower, where {@code X} is the longest per-fold transfer: it also waits for the first
 * fold's reads, computes the last fold after its data arrived, writes the last outputs back, and
 * rounds every fold's transfer up to whole cycles.
 *
 * <p>Not modelled: what the timeline gains from overlapping consecutive instances and layers.
 */
public final class SystolicAnalyticalModel {
    private final SystolicArraySpec spec;

    /** A model of {@code spec}. */
    public SystolicAnalyticalModel(SystolicArraySpec spec) {
        this.spec = spec;
    }

    /** Estimated cycles of one instance of {@code layer}. */
    public long cycles(SystolicLayerWork layer) {
        if (spec.timing() == SystolicTiming.SCALE_SIM || spec.dramBandwidthWordsPerCycle().isEmpty()) {
            return layer.fold().folds() * layer.fold().foldCycles();
        }
        double wordsPerCycle = spec.dramBandwidthWordsPerCycle().getAsDouble();
        long arrayBound = layer.fold().folds() * layer.mapping().t();
        for (GemmOperand operand : new GemmOperand[] {GemmOperand.IFMAP, GemmOperand.FILTER}) {
            arrayBound = Math.max(arrayBound, transferCycles(layer.dramWords(operand), wordsPerCycle));
        }
        return Math.max(arrayBound + layer.fillDrainCycles(),
                transferCycles(layer.dramWords(GemmOperand.OFMAP), wordsPerCycle));
    }

    private static long transferCycles(long words, double wordsPerCycle) {
        return (long) Math.ceil(words / wordsPerCycle);
    }

    /** Estimated cycles of all instances of {@code layer}, one after another. */
    public long totalCycles(SystolicLayerWork layer) {
        return cycles(layer) * layer.instances();
    }
}
