// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.eval;

import org.sinapsis.isa.arch.ArchSpec;

/**
 * Costs one mapping of one layer on one machine (architecture.md R6): the contract between the
 * design-space searches of {@code compilers.search} and the machine models of {@code simulator}.
 * Each machine has a fast closed-form evaluator for searches and a cycle-approximate one, and
 * tests check that they agree on small layers within a stated tolerance.
 *
 * <p>Implementations are stateless and thread-safe: a search may call them from several threads.
 *
 * @param <A> the machine's spec type
 * @param <M> the mapping type (the FPGA's loop tiling, a systolic array's loop nest)
 */
@FunctionalInterface
public interface Evaluator<A extends ArchSpec, M> {

    /**
     * Costs {@code mapping} of {@code work} on {@code arch}. Nothing is modified.
     *
     * @return the evaluation; a mapping the machine cannot run (a tile that overflows a buffer, an
     *     array wider than the DSP budget) comes back with failed statuses, never as an exception
     * @throws IllegalArgumentException only when the mapping does not fit the work at all (a
     *     mapping of another layer kind), which is a caller's bug
     */
    Evaluation evaluate(LayerWork work, A arch, M mapping);
}
