// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceArgsTest {

    @Test
    void keepsInsertionOrderAndTypes() {
        TraceArgs args = TraceArgs.empty().with("z", "last").with("a", 4096).with("m", 0.5).with("b", true);
        assertEquals(4, args.size());
        assertEquals("z", args.key(0));
        assertEquals("a", args.key(1));
        assertEquals(4096L, args.value(1));
        assertEquals(0.5, args.value(2));
        assertEquals(Boolean.TRUE, args.value(3));
        assertEquals("{z=last, a=4096, m=0.5, b=true}", args.toString());
    }

    @Test
    void isImmutable() {
        TraceArgs empty = TraceArgs.empty();
        TraceArgs one = empty.with("bytes", 1L);
        assertTrue(empty.isEmpty());
        assertFalse(one.isEmpty());
        assertSame(TraceArgs.empty(), empty);
    }

    @Test
    void looksUpByKey() {
        TraceArgs args = TraceArgs.empty().with("bytes", 64L);
        assertTrue(args.containsKey("bytes"));
        assertEquals(Optional.of(64L), args.get("bytes"));
        assertEquals(Optional.empty(), args.get("cycles"));
    }

    @Test
    void equalsWhenSameEntriesInSameOrder() {
        TraceArgs ab = TraceArgs.empty().with("a", 1L).with("b", 2L);
        assertEquals(ab, TraceArgs.empty().with("a", 1L).with("b", 2L));
        assertEquals(ab.hashCode(), TraceArgs.empty().with("a", 1L).with("b", 2L).hashCode());
        assertNotEquals(ab, TraceArgs.empty().with("b", 2L).with("a", 1L));
        assertNotEquals(ab, TraceArgs.empty().with("a", 1.0).with("b", 2L));
    }

    @Test
    void rejectsBadKeysAndValues() {
        TraceArgs args = TraceArgs.empty().with("bytes", 1L);
        assertEquals("duplicate trace arg key 'bytes'",
                assertThrows(IllegalArgumentException.class, () -> args.with("bytes", 2L)).getMessage());
        assertEquals("trace arg key must not be empty",
                assertThrows(IllegalArgumentException.class, () -> args.with("", 2L)).getMessage());
        assertThrows(NullPointerException.class, () -> args.with(null, true));
        assertEquals("value of trace arg 'layer' must not be null",
                assertThrows(NullPointerException.class, () -> args.with("layer", (String) null)).getMessage());
        assertEquals("trace arg 'ratio' must be finite, got NaN",
                assertThrows(IllegalArgumentException.class, () -> args.with("ratio", Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> args.with("ratio", Double.POSITIVE_INFINITY));
    }
}
