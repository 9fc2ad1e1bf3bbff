// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

/** Flatten: the same values under another shape; the gradient passes through unchanged. */
final class FlattenTrainOp implements TrainOp {

    @Override
    public void prepare(float[][] parameters) {
        // Flatten has no parameters
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        return inputs[0];
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        float[] dx = inputGradients[0];
        if (dx != null) {
            for (int i = 0; i < dx.length; i++) {
                dx[i] += gradOutput[i];
            }
        }
    }
}
