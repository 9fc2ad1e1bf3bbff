// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.energy.ActionCounts;

/**
 * What an {@link Evaluator} found: one status per level and, for a legal mapping, the cycles the
 * layer takes, the stall cycles by cause and the actions it performs (priced later by an energy
 * table). An illegal mapping has {@code cycles = 0}, no actions and at least one failed status.
 *
 * @param statuses one status per level, in the evaluator's level order
 * @param cycles cycles for the work, 0 when illegal
 * @param stallCycles cycles the compute units waited, by cause (such as {@code ddr}); may be empty
 * @param actions the actions counted, none when illegal
 */
public record Evaluation(List<EvalStatus> statuses, long cycles, Map<String, Long> stallCycles,
        ActionCounts actions) {

    /** Validates and copies. */
    public Evaluation {
        statuses = List.copyOf(statuses);
        stallCycles = Collections.unmodifiableMap(new LinkedHashMap<>(stallCycles));
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles must be >= 0, got " + cycles);
        }
        if (actions == null) {
            throw new IllegalArgumentException("actions must be given (ActionCounts.none() when illegal)");
        }
        boolean failed = false;
        for (EvalStatus s : statuses) {
            failed |= !s.success();
        }
        if (failed && (cycles != 0 || !actions.counts().isEmpty())) {
            throw new IllegalArgumentException("an illegal mapping has no cycles and no actions");
        }
    }

    /** An illegal mapping: the statuses say which levels refuse it. */
    public static Evaluation illegal(List<EvalStatus> statuses) {
        if (statuses.stream().allMatch(EvalStatus::success)) {
            throw new IllegalArgumentException("an illegal evaluation needs a failed status");
        }
        return new Evaluation(statuses, 0, Map.of(), ActionCounts.none());
    }

    /** Whether every level accepts the mapping. */
    public boolean legal() {
        for (EvalStatus s : statuses) {
            if (!s.success()) {
                return false;
            }
        }
        return true;
    }

    /** The failed statuses, in level order. */
    public List<EvalStatus> failures() {
        return statuses.stream().filter(s -> !s.success()).toList();
    }
}
