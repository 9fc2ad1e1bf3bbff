// SPDX-License-Identifier: Apache-2.0
/**
 * The measured GPU path's machinery on Aparapi 3.0.2: the one kernel class
 * ({@link org.sinapsis.simulator.gpu.aparapi.NetworkKernel}) with every layer's operation, the
 * lowering of a network to its launches and arena ({@code GpuLowering}, {@code ArenaPlanner}),
 * device choice ({@link org.sinapsis.simulator.gpu.aparapi.ExecutionDevices}) and the runner
 * that executes a batch with explicit buffer management and refuses silent fallbacks
 * ({@link org.sinapsis.simulator.gpu.aparapi.AparapiNetworkRunner}).
 *
 * <p>The only package that imports {@code com.aparapi}. Must not import
 * {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.gpu.aparapi;
