// SPDX-License-Identifier: Apache-2.0
/**
 * The network IR: {@link org.sinapsis.networks.ir.Layer} records (what each operation is),
 * {@link org.sinapsis.networks.ir.Node}s (where it sits, with resolved shapes) and the immutable
 * {@link org.sinapsis.networks.ir.Network}.
 *
 * <p>Conventions, fixed once:
 * <ul>
 *   <li>Shapes exclude the batch; images are {@code [C, H, W]}, sequences {@code [T, F]}.</li>
 *   <li>Loop dimensions use Timeloop's names ({@link org.sinapsis.networks.ir.Dim}): {@code M} is
 *       the number of output channels, {@code C} input channels, {@code R x S} the filter,
 *       {@code P x Q} the output, {@code N} the batch, plus {@code G} groups and {@code T} time
 *       steps. SCALE-Sim calls M "Num Filter" and some papers call it K.</li>
 *   <li>The GEMM view ({@link org.sinapsis.networks.ir.GemmView}) uses lower-case
 *       {@code m, n, k} (rows, columns, depth), as SCALE-Sim's GEMM topology does.</li>
 *   <li>Parameter layouts are documented on each layer record and are what every executor,
 *       trainer and model file uses.</li>
 * </ul>
 *
 * <p>Must not import anything outside {@code org.sinapsis.networks}.
 */
package org.sinapsis.networks.ir;
