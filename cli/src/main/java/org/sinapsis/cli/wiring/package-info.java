// SPDX-License-Identifier: Apache-2.0
/**
 * Targets whose compiler and machine live in different modules, joined here (the one module that
 * may depend on both): the neuromorphic chips, compiled by {@code compilers.snn} and run by
 * {@code neuromorphic}. Provided to the {@link org.sinapsis.isa.target.TargetRegistry} through
 * {@code META-INF/services/org.sinapsis.isa.target.TargetProvider}.
 */
package org.sinapsis.cli.wiring;
