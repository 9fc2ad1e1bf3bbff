// SPDX-License-Identifier: Apache-2.0
/**
 * How a run went: {@link org.sinapsis.isa.result.RunResult}, the result contract users script
 * against ({@code cli-contract.md}), and its writers. Derived figures (throughput, ops/s,
 * utilization, energy per inference, power) are computed once, in the result's builder.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .simulator}, {@code .neuromorphic} or
 * {@code .cli}.
 */
package org.sinapsis.isa.result;
