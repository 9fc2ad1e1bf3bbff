// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import org.sinapsis.networks.ir.TensorShape;

/**
 * Where one input or output node's batch sits in the kernel's {@code input} or {@code output}
 * buffer.
 *
 * @param node the input or output node
 * @param shape its per-example shape
 * @param offset first float in the buffer
 * @param values floats of the whole batch
 */
record IoSlot(String node, TensorShape shape, int offset, int values) {
}
