// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/** The fp32 computation of one node, with its parameters prepared once. Stateless and thread-safe. */
@FunctionalInterface
interface Fp32Op {

    /**
     * The node's output for a batch.
     *
     * @param inputs the node's inputs in the layer's argument order; never modified
     * @param tasks where to run the node's parallel parts
     */
    Tensor apply(Tensor[] inputs, ParallelTasks tasks);
}
