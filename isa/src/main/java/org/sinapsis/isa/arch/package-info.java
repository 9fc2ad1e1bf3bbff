// SPDX-License-Identifier: Apache-2.0
/**
 * What hardware: immutable {@code *Spec} records ({@link org.sinapsis.isa.arch.ArchSpec}), their
 * YAML form and the built-in presets ({@link org.sinapsis.isa.arch.ArchSpecs}), plus the shared
 * vocabulary {@link org.sinapsis.isa.arch.TargetKind} and {@link org.sinapsis.isa.arch.Precision}.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.arch;
