// SPDX-License-Identifier: Apache-2.0
/**
 * Design-space search shared by every machine (architecture.md R4, after Timeloop's mapper): a
 * finite indexed {@link org.sinapsis.compilers.search.DesignSpace}, a
 * {@link org.sinapsis.compilers.search.SearchStrategy} that proposes indices and hears back how
 * they did ({@code next}/{@code report}, Timeloop's {@code Next}/{@code Report}), exhaustive and
 * random strategies, and a {@link org.sinapsis.compilers.search.Mapper} that runs the loop with an
 * injected cost function. The search never calls a machine model itself: the caller binds an
 * {@link org.sinapsis.isa.eval.Evaluator} (implemented in {@code simulator}, injected by the CLI)
 * into the mapper's {@link org.sinapsis.compilers.search.PointEvaluator}.
 *
 * <p>Determinism: the space is cut into a fixed number of slices whatever the thread count, each
 * searched by its own strategy (a random one seeded by the search seed and the slice), and the
 * best point is the lowest cost, then the caller's tie-break, then the lowest index; so the result
 * is the same on 1 thread or 16.
 *
 * <p>Must not import {@code org.sinapsis.simulator}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.compilers.search;
