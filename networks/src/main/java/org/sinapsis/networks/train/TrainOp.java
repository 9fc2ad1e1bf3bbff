// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

/**
 * The forward and backward computation of one node during training, on flat row-major arrays
 * laid out like {@link org.sinapsis.networks.reference.Tensor}'s (batch outermost).
 *
 * <p>Life cycle of one optimizer step: {@link #prepare} once, on one thread, with the current
 * parameter values; then {@link #forward} and {@link #backward} any number of times, from several
 * threads at once (one shard of the mini-batch each), reading only what {@code prepare} left.
 * Neither keeps anything from one call to the next: what the backward pass needs is recomputed
 * from the inputs and the output.
 */
interface TrainOp {

    /**
     * Takes the node's current parameter values (in the layer's parameter order; the arrays stay
     * owned by the trainer, which changes them only between steps) and derives what the passes
     * need, such as transposed weights. Parameterless ops ignore the call.
     */
    void prepare(float[][] parameters);

    /**
     * The node's output for {@code count} examples.
     *
     * @param inputs the node's inputs, in the layer's argument order; never modified
     * @return a new array, or for a reshape the input array itself (callers never modify outputs)
     */
    float[] forward(float[][] inputs, int count);

    /**
     * Back-propagates {@code gradOutput} (the loss's gradient with respect to the output):
     * adds the parameter gradients into {@code parameterGradients} and, for every input whose
     * entry in {@code inputGradients} is not null, the gradient with respect to that input into
     * it.
     *
     * @param inputs the inputs of the matching {@link #forward} call
     * @param output what that call returned
     * @param gradOutput same layout as {@code output}; never modified
     * @param parameterGradients one array per parameter, same layout as the parameters
     * @param inputGradients one array per input, same layout as the input, or null where that
     *     gradient is not needed
     */
    void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients);
}
