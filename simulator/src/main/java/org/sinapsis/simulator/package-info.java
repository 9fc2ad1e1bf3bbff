// SPDX-License-Identifier: Apache-2.0
/**
 * The machines: the cycle engine ({@code .engine}), memories ({@code .memory}), the TPU and
 * systolic arrays ({@code .systolic}), the FPGA machine ({@code .fpga}), the GPU path
 * ({@code .gpu}) and the measured host CPU ({@code .host}).
 *
 * <p>Depends on {@code isa}, {@code networks} and {@code traces}. It must never import
 * {@code org.sinapsis.compilers} (every machine runs hand-written programs too), nor
 * {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator;
