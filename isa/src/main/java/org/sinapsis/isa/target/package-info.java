// SPDX-License-Identifier: Apache-2.0
/**
 * How it ran: the {@link org.sinapsis.isa.target.Target} contract that every machine implements,
 * the {@link org.sinapsis.isa.target.TargetProvider} service through which machine modules plug
 * in, the {@link org.sinapsis.isa.target.TargetRegistry} the CLI lists and resolves targets with,
 * and what a run gets ({@link org.sinapsis.isa.target.RunRequest},
 * {@link org.sinapsis.isa.target.Workload}).
 *
 * <p>This package is not in {@code architecture.md}'s first list ({@code arch, mapping, program,
 * energy, eval}): the target registry and result contract are the glue the CLI needs without
 * depending on each machine, so they live with the other contracts in {@code isa}.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.target;
