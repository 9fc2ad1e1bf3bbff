// SPDX-License-Identifier: Apache-2.0
/**
 * The GPU targets: the measured {@code gpu} path ({@link org.sinapsis.simulator.gpu.OpenClGpuTarget},
 * Aparapi kernels on an OpenCL device, kernels in {@code .aparapi}) and the modelled
 * {@code gpu-k80} and {@code gpu-p100} ({@link org.sinapsis.simulator.gpu.GpuRooflineModel}), all
 * provided by {@link org.sinapsis.simulator.gpu.GpuTargets}.
 *
 * <p>Why everything GPU lives here and {@code compilers.gpu} stays empty: the GPU path has no
 * program another machine could run or a user could write by hand. Lowering a network to kernel
 * launches is one launch per layer (plus the recurrence's steps) with buffer offsets, and those
 * launches are the private calling convention of one kernel class; the roofline model reads the
 * network IR directly. Putting the lowering in {@code compilers} would need the launch format in
 * {@code isa} for no second user, and {@code simulator} may not depend on {@code compilers}.
 * Were a GPU program ever shared (a hand-written kernel schedule, another GPU simulator), its
 * format would go to {@code isa.program} and the lowering to {@code compilers.gpu}.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.gpu;
