// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * Work for the FPGA's element-wise unit: a layer without matrix work (activation, pooling,
 * residual add, softmax, embedding lookup), applied to on-chip data between tiled kernels.
 *
 * @param node the network node
 * @param operation what the unit does, such as {@code ReLU} or {@code MaxPool 3x3/2}
 * @param elementOps element operations for the whole batch (a pooling window's reads count one
 *     each); 0 for a reshape such as Flatten
 */
public record FpgaVectorOp(String node, String operation, long elementOps) {

    /** Validates the fields. */
    public FpgaVectorOp {
        if (node == null || node.isBlank() || operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a vector op needs a node and an operation");
        }
        if (elementOps < 0) {
            throw new IllegalArgumentException("element_ops must be >= 0, got " + elementOps);
        }
    }
}
