// SPDX-License-Identifier: Apache-2.0
/**
 * The chip (hardware): {@link org.sinapsis.neuromorphic.chip.NeuroChip} loads an
 * {@link org.sinapsis.isa.chip.ChipConfig} onto cores (population, crossbar, model and axon delay
 * buffers each), routes spikes over the 2-D mesh X then Y counting hops and per-link traffic,
 * times ticks ({@link org.sinapsis.neuromorphic.chip.TickClock}) and counts the events that
 * {@code isa.energy} prices ({@link org.sinapsis.neuromorphic.chip.ChipCounters}). The order of a
 * tick's phases is the runtime's ({@code neuromorphic.runtime}).
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .cli} or
 * {@code neuromorphic.runtime}.
 */
package org.sinapsis.neuromorphic.chip;
