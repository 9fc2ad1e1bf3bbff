// SPDX-License-Identifier: Apache-2.0
/**
 * Targets whose compiler and machine live in different modules, joined here (the one module that
 * may depend on both): the TPU ({@code compilers.tpu} + {@code simulator.systolic}). Providers are
 * listed in {@code META-INF/services/org.sinapsis.isa.target.TargetProvider}.
 */
package org.sinapsis.cli.wiring;
