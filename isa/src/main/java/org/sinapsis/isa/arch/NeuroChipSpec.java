// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * A spiking neuromorphic chip: a mesh of neurosynaptic cores, how a core stores synapses and
 * neuron state, when its ticks happen, which neuron-model variant runs, and the energy table
 * that prices its events. YAML {@code kind: neuro-chip}; presets {@code truenorth},
 * {@code loihi}, {@code spinnaker}, {@code brainscales} (the figures and their status are in
 * each preset file and in {@code docs/neuromorphic.md}).
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param device the modelled device, for results
 * @param mesh routers and cores
 * @param core one core's capacities and bit widths
 * @param timing tick and event timing
 * @param modelVariant the neuron-model variant runs select
 * @param energyTable the energy table that prices this chip's actions: a built-in table's name
 *     ({@code EnergyTables.builtIn}), a table file ending in {@code .yaml} (sinapsis or Accelergy
 *     ERT form), or {@code none} when no per-event figures are published
 */
public record NeuroChipSpec(String name, String description, String device, NeuroMeshSpec mesh, NeuroCoreSpec core,
        NeuroTimingSpec timing, ModelVariant modelVariant, String energyTable) implements ArchSpec {

    /** The {@link #energyTable} value of a chip without an energy table. */
    public static final String NO_ENERGY_TABLE = "none";

    /** Validates the spec. */
    public NeuroChipSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("device must not be empty");
        }
        if (mesh == null || core == null || timing == null || modelVariant == null) {
            throw new IllegalArgumentException("mesh, core, timing and model_variant must be given");
        }
        if (energyTable == null || energyTable.isBlank()) {
            throw new IllegalArgumentException("energy_table must name a table or be 'none'");
        }
    }

    /** Whether an energy table prices this chip's events. */
    public boolean hasEnergyTable() {
        return !energyTable.equals(NO_ENERGY_TABLE);
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.NEUROMORPHIC;
    }
}
