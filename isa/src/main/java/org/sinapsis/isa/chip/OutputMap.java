// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.Arrays;
import java.util.Objects;

/**
 * Which neurons the host reads: output {@code i} (a class score) is neuron {@code neuron[i]} of
 * core {@code core[i]}. The host reads each output's spike count and, to break ties, its final
 * membrane potential. Immutable; accessors return the arrays themselves.
 */
public final class OutputMap {
    private final int[] core;
    private final int[] neuron;

    /** An output map (arrays not copied). */
    public OutputMap(int[] core, int[] neuron) {
        this.core = Objects.requireNonNull(core, "core");
        this.neuron = Objects.requireNonNull(neuron, "neuron");
        if (core.length != neuron.length) {
            throw new IllegalArgumentException("output map: core and neuron need the same length");
        }
    }

    /** Number of outputs. */
    public int outputs() {
        return core.length;
    }

    /** Core of each output; the array itself. */
    public int[] core() {
        return core;
    }

    /** Neuron (within its core) of each output; the array itself. */
    public int[] neuron() {
        return neuron;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputMap m && Arrays.equals(m.core, core) && Arrays.equals(m.neuron, neuron);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(core) * 31 + Arrays.hashCode(neuron);
    }
}
