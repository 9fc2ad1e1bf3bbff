// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

/**
 * How full one core is.
 *
 * @param core physical core index
 * @param label what the core holds
 * @param neurons neurons in use
 * @param neuronCapacity neurons per core
 * @param axons input axons in use
 * @param axonCapacity axons per core
 * @param synapses synapses stored
 * @param synapseCapacity synapses per core
 */
public record CoreUsage(int core, String label, int neurons, int neuronCapacity, int axons, int axonCapacity,
        long synapses, long synapseCapacity) {

    /** Neurons in use as a fraction of the capacity. */
    public double neuronUtilization() {
        return (double) neurons / neuronCapacity;
    }

    /** Axons in use as a fraction of the capacity. */
    public double axonUtilization() {
        return (double) axons / axonCapacity;
    }

    /** Synapses as a fraction of the capacity. */
    public double synapseUtilization() {
        return (double) synapses / synapseCapacity;
    }
}
