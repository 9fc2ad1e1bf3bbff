// SPDX-License-Identifier: Apache-2.0
/**
 * The one deterministic timing engine of the machines: timeline-driven rather than ticking every
 * cycle. Units are {@link org.sinapsis.simulator.engine.Resource}s that serve work in the order
 * given, links are {@link org.sinapsis.simulator.engine.BandwidthChannel}s, hardware interlocks
 * are {@link org.sinapsis.simulator.engine.RowScoreboard}s, and idle time is explained by a
 * {@link org.sinapsis.simulator.engine.StallLedger}.
 *
 * <p>Ordering rule (architecture.md's (phase, order, name)): a machine schedules its work in one
 * pass in program order (the phase: issue before execution), each unit in the order its work was
 * issued (the order), and simultaneous starts on different units never interact except through
 * these objects, whose results do not depend on which is asked first (the name only labels). Each
 * start is the maximum of its ready cycles, so a run is a pure function of the program and the
 * spec: the same inputs give the same cycles on any host and thread count, and a run costs time
 * proportional to the number of instructions or folds, not cycles.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.engine;
