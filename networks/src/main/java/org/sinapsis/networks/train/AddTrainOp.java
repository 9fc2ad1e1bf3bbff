// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

/** Element-wise {@code y = a + b} (residual connections); both inputs receive {@code dy}. */
final class AddTrainOp implements TrainOp {

    @Override
    public void prepare(float[][] parameters) {
        // Add has no parameters
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        float[] a = inputs[0];
        float[] b = inputs[1];
        float[] y = new float[a.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = a[i] + b[i];
        }
        return y;
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        for (float[] dx : inputGradients) {
            if (dx != null) {
                for (int i = 0; i < dx.length; i++) {
                    dx[i] += gradOutput[i];
                }
            }
        }
    }
}
