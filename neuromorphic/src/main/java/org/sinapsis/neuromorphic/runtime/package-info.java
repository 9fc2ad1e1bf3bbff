// SPDX-License-Identifier: Apache-2.0
/**
 * When things happen (Lava's runtime and sync protocol): {@link
 * org.sinapsis.neuromorphic.runtime.TickRuntime} runs a loaded chip for a number of ticks in the
 * documented order of {@link org.sinapsis.neuromorphic.runtime.TickPhase}s, and
 * {@link org.sinapsis.neuromorphic.runtime.TickObserver}s (the trace probe among them) watch each
 * tick in its HOST phase. Also the batch runner that classifies examples in parallel with results
 * identical for any thread count.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator} or {@code .cli}.
 */
package org.sinapsis.neuromorphic.runtime;
