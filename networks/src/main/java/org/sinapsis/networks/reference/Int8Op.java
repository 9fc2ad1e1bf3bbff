// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/** The int8 computation of one node, with its parameters prepared once. Stateless and thread-safe. */
@FunctionalInterface
interface Int8Op {

    /**
     * The node's output codes for a batch.
     *
     * @param inputs the node's inputs in the layer's argument order; never modified
     * @param tasks where to run the node's parallel parts
     */
    Int8Tensor apply(Int8Tensor[] inputs, ParallelTasks tasks);
}
