// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

/**
 * The phases of one tick, in the order {@link TickRuntime} runs them (Lava's LoihiProtocol and
 * Brian2's schedule, adapted). Within each phase cores go in ascending core index and neurons in
 * ascending index; nothing depends on thread scheduling.
 */
public enum TickPhase {
    /** The host's input spikes for this tick enter their axons' buffers. */
    INPUT,
    /** Every axon event due in this tick (host input or a delayed spike) adds its synapses' weights. */
    SYNAPSE,
    /** Every neuron integrates its input, leaks or decays, fires and resets. */
    NEURON,
    /** Spikes travel the mesh to their destinations' buffers for tick + delay; hops and link loads are counted. */
    ROUTE,
    /** The tick's duration is computed, observers (probes, traces) read the chip, the host reads outputs at the end. */
    HOST
}
