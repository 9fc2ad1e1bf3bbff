// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.sinapsis.isa.eval.Evaluation;

/**
 * The search loop (Timeloop's mapper): a strategy proposes indices of a {@link DesignSpace}, the
 * injected {@link PointEvaluator} costs each point, the objective turns the evaluation into a cost
 * (lower is better; illegal points cost positive infinity), and the best point is kept.
 *
 * <p>The space is cut into {@value #SLICES} contiguous slices (fewer when it is smaller), each
 * searched by its own strategy from the factory; threads take slices, and the results are merged
 * in slice order, ties broken by the caller's comparator and then by the lower index. The slicing
 * does not depend on the thread count, so neither does the result.
 *
 * @param <P> the point type
 */
public final class Mapper<P> {
    /** Slices per search, whatever the thread count. */
    public static final int SLICES = 32;

    private final DesignSpace<P> space;
    private final PointEvaluator<P> evaluator;
    private final ToDoubleFunction<Evaluation> objective;
    private final Comparator<P> tieBreak;

    /**
     * @param space the points
     * @param evaluator costs one point (thread-safe)
     * @param objective the cost of a legal evaluation, lower is better (cycles, energy, EDP)
     * @param tieBreak orders points of equal cost (for example fewer DSPs first)
     */
    public Mapper(DesignSpace<P> space, PointEvaluator<P> evaluator, ToDoubleFunction<Evaluation> objective,
            Comparator<P> tieBreak) {
        this.space = space;
        this.evaluator = evaluator;
        this.objective = objective;
        this.tieBreak = tieBreak;
    }

    /**
     * Searches the space.
     *
     * @param strategies makes the strategy of each slice
     * @param threads worker threads, at least 1 (1 runs on the caller's thread)
     * @param listener hears every evaluated point
     */
    public SearchResult<P> search(SearchStrategyFactory strategies, int threads, SearchListener<P> listener) {
        return search(strategies, threads, listener, null);
    }

    /**
     * Searches the space, skipping every point whose {@code lowerBound} exceeds the best cost found
     * so far (a point that cannot win, so the best point is the same as without the bound; which
     * points are skipped, and so {@code explored}, can depend on the threads' timing). The
     * listener hears only the evaluated points.
     *
     * @param lowerBound a cost no evaluation of the point can beat, or null to evaluate every point
     */
    public SearchResult<P> search(SearchStrategyFactory strategies, int threads, SearchListener<P> listener,
            ToDoubleFunction<P> lowerBound) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        long size = space.size();
        int slices = (int) Math.max(1, Math.min(SLICES, size));
        List<SliceResult<P>> results = new ArrayList<>();
        Bound<P> bound = new Bound<>(lowerBound);
        if (threads == 1 || slices == 1) {
            for (int s = 0; s < slices; s++) {
                results.add(searchSlice(strategies, s, slices, size, listener, bound));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, slices), r -> {
                Thread t = new Thread(r, "sinapsis-search");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<SliceResult<P>>> futures = new ArrayList<>();
                for (int s = 0; s < slices; s++) {
                    int slice = s;
                    futures.add(pool.submit(() -> searchSlice(strategies, slice, slices, size, listener, bound)));
                }
                for (Future<SliceResult<P>> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        long explored = 0;
        long legal = 0;
        long pruned = 0;
        Candidate<P> best = null;
        Candidate<P> firstIllegal = null;
        for (SliceResult<P> r : results) {
            explored += r.explored;
            legal += r.legal;
            pruned += r.pruned;
            best = better(best, r.best);
            if (r.firstIllegal != null && (firstIllegal == null || r.firstIllegal.index() < firstIllegal.index())) {
                firstIllegal = r.firstIllegal;
            }
        }
        return new SearchResult<>(explored, legal, pruned, Optional.ofNullable(best), Optional.ofNullable(firstIllegal));
    }

    private SliceResult<P> searchSlice(SearchStrategyFactory strategies, int slice, int slices, long size,
            SearchListener<P> listener, Bound<P> bound) {
        long from = size * slice / slices;
        long to = size * (slice + 1) / slices;
        SearchStrategy strategy = strategies.create(from, to, slice);
        SliceResult<P> result = new SliceResult<>();
        for (OptionalLong next = strategy.next(); next.isPresent(); next = strategy.next()) {
            long index = next.getAsLong();
            if (index < from || index >= to) {
                throw new IllegalStateException("strategy proposed " + index + " outside its slice [" + from + ", "
                        + to + ")");
            }
            P point = space.point(index);
            if (bound.excludes(point)) {
                strategy.report(index, null, Double.POSITIVE_INFINITY);
                result.pruned++;
                continue;
            }
            Evaluation evaluation = evaluator.evaluate(point);
            double cost = evaluation.legal() ? objective.applyAsDouble(evaluation) : Double.POSITIVE_INFINITY;
            if (evaluation.legal()) {
                bound.offer(cost);
            }
            strategy.report(index, evaluation, cost);
            listener.explored(index, point, evaluation, cost);
            result.explored++;
            Candidate<P> c = new Candidate<>(index, point, evaluation, cost);
            if (evaluation.legal()) {
                result.legal++;
                result.best = better(result.best, c);
            } else if (result.firstIllegal == null || index < result.firstIllegal.index()) {
                result.firstIllegal = c;
            }
        }
        return result;
    }

    private Candidate<P> better(Candidate<P> a, Candidate<P> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int c = Double.compare(a.cost(), b.cost());
        if (c == 0) {
            c = tieBreak.compare(a.point(), b.point());
        }
        if (c == 0) {
            c = Long.compare(a.index(), b.index());
        }
        return c <= 0 ? a : b;
    }

    /** The best cost so far, shared by the slices, and the lower bound that skips points. */
    private static final class Bound<P> {
        private final ToDoubleFunction<P> lowerBound;
        private final AtomicLong bestBits = new AtomicLong(Double.doubleToLongBits(Double.POSITIVE_INFINITY));

        Bound(ToDoubleFunction<P> lowerBound) {
            this.lowerBound = lowerBound;
        }

        boolean excludes(P point) {
            return lowerBound != null && lowerBound.applyAsDouble(point) > Double.longBitsToDouble(bestBits.get());
        }

        void offer(double cost) {
            long bits = bestBits.get();
            while (cost < Double.longBitsToDouble(bits) && !bestBits.compareAndSet(bits, Double.doubleToLongBits(cost))) {
                bits = bestBits.get();
            }
        }
    }

    /** What one slice found. */
    private static final class SliceResult<P> {
        long explored;
        long legal;
        long pruned;
        Candidate<P> best;
        Candidate<P> firstIllegal;
    }
}
