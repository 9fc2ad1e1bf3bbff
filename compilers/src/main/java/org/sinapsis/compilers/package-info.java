// SPDX-License-Identifier: Apache-2.0
/**
 * Lowering from the network IR to each target: search ({@code .search}), TPU programs
 * ({@code .tpu}), FPGA tile schedules ({@code .fpga}), ANN-to-SNN conversion and core placement
 * ({@code .snn}) and GPU kernels ({@code .gpu}). The machine issues fill these packages.
 *
 * <p>Depends on {@code networks}, {@code isa} and {@code traces}. It must not import
 * {@code org.sinapsis.simulator}, {@code .neuromorphic} or {@code .cli}: compilers produce the
 * programs and chip configurations defined in {@code isa}, and only the CLI joins them to machines.
 */
package org.sinapsis.compilers;
