// SPDX-License-Identifier: Apache-2.0
/**
 * What runs on the chip (Lava's processes): a core's
 * {@link org.sinapsis.neuromorphic.process.NeuronPopulation} and
 * {@link org.sinapsis.neuromorphic.process.SynapseGroup} (its crossbar), loaded from an
 * {@link org.sinapsis.isa.chip.CoreProgram}, and the host's
 * {@link org.sinapsis.neuromorphic.process.SpikeSource}s (rate encoders, explicit spike lists).
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .cli} or
 * {@code neuromorphic.runtime}/{@code .chip}.
 */
package org.sinapsis.neuromorphic.process;
