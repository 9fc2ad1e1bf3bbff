// SPDX-License-Identifier: Apache-2.0
/**
 * Targets whose compiler ({@code compilers}) and machine ({@code simulator}) live in different
 * modules, joined here, in the one module allowed to depend on both, and registered as
 * {@link org.sinapsis.isa.target.TargetProvider}s in
 * {@code META-INF/services/org.sinapsis.isa.target.TargetProvider}. Each target injects the
 * simulator's analytical evaluator into the compiler's search.
 */
package org.sinapsis.cli.wiring;
