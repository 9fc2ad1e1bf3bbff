// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.energy.ActionCounts;

class EvaluationTest {

    @Test
    void anIllegalMappingIsDataWithItsReasons() {
        Evaluation e = Evaluation.illegal(List.of(EvalStatus.ok("dsp"), EvalStatus.fail("bram", "needs 3000, has 2060")));
        assertFalse(e.legal());
        assertEquals(List.of(EvalStatus.fail("bram", "needs 3000, has 2060")), e.failures());
        assertEquals("bram: needs 3000, has 2060", e.failures().get(0).toString());
        assertEquals(0, e.cycles());
        assertThrows(IllegalArgumentException.class, () -> new Evaluation(e.statuses(), 5, Map.of(), ActionCounts.none()));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.illegal(List.of(EvalStatus.ok("dsp"))));
        assertThrows(IllegalArgumentException.class, () -> new EvalStatus("bram", false, ""));
    }

    @Test
    void aLegalMappingHasCyclesAndActions() {
        ActionCounts a = ActionCounts.builder().add("pe", "mac", 10).build();
        Evaluation e = new Evaluation(List.of(EvalStatus.ok("dsp")), 42, Map.of("ddr", 2L), a);
        assertTrue(e.legal());
        assertEquals(42, e.cycles());
        assertEquals(10, e.actions().get("pe", "mac"));
    }
}
