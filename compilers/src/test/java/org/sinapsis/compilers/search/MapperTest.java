// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;

class MapperTest {
    /** Points 0..999; cost |x - 700| / 10 (ties in tens), illegal when divisible by 7. */
    private static final DesignSpace<Long> SPACE = DesignSpace.of(LongStream.range(0, 1000).boxed().toList());

    private static Evaluation evaluate(long x) {
        if (x % 7 == 0) {
            return Evaluation.illegal(List.of(EvalStatus.fail("toy", x + " is a multiple of 7")));
        }
        return new Evaluation(List.of(EvalStatus.ok("toy")), Math.abs(x - 700) / 10, Map.of(), ActionCounts.none());
    }

    private static Mapper<Long> mapper(Comparator<Long> tieBreak) {
        return new Mapper<>(SPACE, MapperTest::evaluate, Evaluation::cycles, tieBreak);
    }

    @Test
    void exhaustiveFindsTheLeastCostThenTheTieBreakThenTheLowestIndex() {
        SearchResult<Long> r = mapper(Comparator.reverseOrder()).search(ExhaustiveSearch.factory(), 1,
                SearchListener.none());
        assertEquals(1000, r.explored());
        assertEquals(1000 - 143, r.legal());
        assertEquals(709L, r.best().orElseThrow().point(), "cost 0 for 691..709; the tie-break prefers the largest");
        assertEquals(0L, r.firstIllegal().orElseThrow().index());
        SearchResult<Long> plain = mapper((a, b) -> 0).search(ExhaustiveSearch.factory(), 1, SearchListener.none());
        assertEquals(691L, plain.best().orElseThrow().point(), "without a tie-break the lowest index wins");
    }

    @Test
    void theResultAndTheExploredPointsDoNotDependOnThreads() {
        List<SearchResult<Long>> results = new ArrayList<>();
        List<Set<Long>> seen = new ArrayList<>();
        for (int threads : new int[] {1, 2, 5}) {
            Set<Long> points = Collections.newSetFromMap(new ConcurrentHashMap<>());
            results.add(mapper(Comparator.naturalOrder()).search(RandomSearch.factory(10, 42), threads,
                    (index, point, evaluation, cost) -> assertTrue(points.add(index), "explored twice: " + index)));
            seen.add(new TreeSet<>(points));
        }
        assertEquals(seen.get(0), seen.get(1));
        assertEquals(seen.get(0), seen.get(2));
        assertEquals(32 * 10, seen.get(0).size(), "10 per slice, 32 slices");
        assertEquals(results.get(0).best().orElseThrow().index(), results.get(2).best().orElseThrow().index());
    }

    @Test
    void randomSearchDrawsDistinctIndicesOfItsSliceDeterministically() {
        RandomSearch a = new RandomSearch(100, 200, 30, 7);
        RandomSearch b = new RandomSearch(100, 200, 30, 7);
        Set<Long> drawn = new TreeSet<>();
        for (OptionalLong i = a.next(); i.isPresent(); i = a.next()) {
            assertEquals(i, b.next());
            assertTrue(i.getAsLong() >= 100 && i.getAsLong() < 200);
            assertTrue(drawn.add(i.getAsLong()));
        }
        assertEquals(30, drawn.size());
        RandomSearch all = new RandomSearch(0, 5, 99, 1);
        Set<Long> every = new TreeSet<>();
        for (OptionalLong i = all.next(); i.isPresent(); i = all.next()) {
            every.add(i.getAsLong());
        }
        assertEquals(Set.of(0L, 1L, 2L, 3L, 4L), every);
    }

    @Test
    void aSpaceWithNoLegalPointSaysWhy() {
        DesignSpace<Long> sevens = DesignSpace.of(List.of(7L, 14L, 21L));
        SearchResult<Long> r = new Mapper<>(sevens, MapperTest::evaluate, Evaluation::cycles, Comparator.<Long>naturalOrder())
                .search(ExhaustiveSearch.factory(), 2, SearchListener.none());
        assertTrue(r.best().isEmpty());
        assertEquals("toy: 7 is a multiple of 7",
                r.firstIllegal().orElseThrow().evaluation().failures().get(0).toString());
    }
}
