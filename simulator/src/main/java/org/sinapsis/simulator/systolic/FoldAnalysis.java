// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.GemmOperand;

/**
 * The closed-form (analytical) model of one GEMM on a systolic array under a mapping, SCALE-Sim
 * v2's schedule (oracle README section 4): folds run one after another, each filling and draining
 * the array on its own.
 *
 * <p>Equations, with {@code AR x AC} PEs, {@code Sr}, {@code Sc}, {@code T} the row, column and
 * time extents and {@code ru}, {@code cu} the PEs used in a fold:
 * <pre>
 *   folds      = ceil(Sr / AR) ceil(Sc / AC)
 *   L          = T + AR + AC - 2  (+ AR to preload a stationary input: ws, is)
 *   cycles     = folds L - 1                      (stall-free; SCALE-Sim reports the last cycle index)
 *   mapping    = mean over folds of ru cu / (AR AC)
 *   compute    = mean over folds of ru cu T / (AR AC c),  c = L (os) or L + AC - 1 (ws, is)
 *   SRAM words = row stream T Sr colFolds; column stream T Sc rowFolds; stationary input Sr Sc;
 *                stationary output M N + folds (AR + AC) (SCALE-Sim's count); column output T Sc rowFolds
 * </pre>
 * Means are summed fold by fold, column fold outer, in double, as SCALE-Sim's Python does, so the
 * percentages match to the last bit.
 *
 * <p>Not modelled: anything memory does (see the memory replay for stalls and DRAM traffic);
 * overlap between folds or layers (SCALE-Sim has none).
 *
 * @param mapping the array schedule
 * @param folds folds of the layer
 * @param foldCycles cycles of one fold
 * @param mappingEfficiency mean fraction of PEs mapped per fold
 * @param computeUtilization mean fraction of PE-cycles computing per fold
 */
public record FoldAnalysis(ArrayMapping mapping, long folds, long foldCycles, double mappingEfficiency,
        double computeUtilization) {

    /** Analyzes {@code mapping}. */
    public static FoldAnalysis of(ArrayMapping mapping) {
        long ar = mapping.arrayRows();
        long ac = mapping.arrayCols();
        long length = mapping.foldCycles();
        long computeWindow = length + (mapping.stationary().output() ? 0 : ac - 1);
        double mappingSum = 0;
        double computeSum = 0;
        long outer = mapping.columnFoldsOuter() ? mapping.colFolds() : mapping.rowFolds();
        long inner = mapping.columnFoldsOuter() ? mapping.rowFolds() : mapping.colFolds();
        for (long o = 0; o < outer; o++) {
            for (long i = 0; i < inner; i++) {
                long fr = mapping.columnFoldsOuter() ? i : o;
                long fc = mapping.columnFoldsOuter() ? o : i;
                long used = (long) mapping.rowsUsed(fr) * mapping.colsUsed(fc);
                mappingSum += (double) used / (double) (ar * ac);
                computeSum += (double) (used * mapping.t()) / (double) (ar * ac * computeWindow);
            }
        }
        long folds = mapping.folds();
        return new FoldAnalysis(mapping, folds, length, mappingSum / folds, computeSum / folds);
    }

    /** SCALE-Sim's stall-free total: the index of the last demand line, {@code folds L - 1}. */
    public long scaleSimCycles() {
        return folds * foldCycles - 1;
    }

    /** Multiply-accumulates: {@code Sr Sc T}. */
    public long macs() {
        return mapping.sr() * mapping.sc() * mapping.t();
    }

    /** SRAM words {@code operand} moves between the SRAM and the array, as SCALE-Sim counts them. */
    public long sramAccesses(GemmOperand operand) {
        ArrayMapping m = mapping;
        if (operand == m.rowStream()) {
            return m.t() * m.sr() * m.colFolds();
        }
        if (operand == m.stationary()) {
            return operand.output() ? m.sr() * m.sc() + folds * (m.arrayRows() + m.arrayCols()) : m.sr() * m.sc();
        }
        return m.t() * m.sc() * m.rowFolds();
    }
}
