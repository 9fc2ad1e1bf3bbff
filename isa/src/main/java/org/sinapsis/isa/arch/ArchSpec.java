// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * What hardware a target is: an immutable record validated in its compact constructor, parsed
 * from versioned YAML by {@link ArchSpecs#parse} and written back by {@link ArchSpecs#toYaml}
 * (the effective spec of a run).
 *
 * <p>Each machine issue adds its record here ({@code SystolicArraySpec}, {@code TpuSpec},
 * {@code FpgaSpec}, {@code NeuroChipSpec}, {@code GpuSpec}) and registers its YAML {@code kind}
 * in {@link ArchSpecs}.
 */
public sealed interface ArchSpec permits
        CpuSpec,
        FpgaSpec,
        GpuSpec,
        MeasuredGpuSpec,
        NeuroChipSpec,
        SystolicArraySpec,
        TpuSpec {

    /** The preset or user-given name; targets are listed and selected by it. */
    String name();

    /** One line on what this hardware is and where its figures come from. */
    String description();

    /** The target family. */
    TargetKind targetKind();
}
