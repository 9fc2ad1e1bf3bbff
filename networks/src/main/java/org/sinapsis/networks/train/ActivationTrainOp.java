// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import org.sinapsis.networks.ir.ActivationFunction;

/**
 * The element-wise nonlinearities with their derivatives: ReLU {@code y = max(x, 0)},
 * {@code dx = dy [x > 0]}; sigmoid {@code y = 1 / (1 + e^-x)}, {@code dx = dy y (1 - y)}; tanh,
 * {@code dx = dy (1 - y^2)}. Sigmoid and tanh are computed with {@link StrictMath} in double and
 * rounded once to float, as the fp32 reference executor does. Softmax is never an op here: the
 * last softmax is fused with the loss ({@link SoftmaxCrossEntropy}).
 */
final class ActivationTrainOp implements TrainOp {
    private final ActivationFunction function;

    ActivationTrainOp(ActivationFunction function) {
        if (function == ActivationFunction.SOFTMAX) {
            throw new IllegalArgumentException("softmax is trained only as the last layer, fused with the loss");
        }
        this.function = function;
    }

    @Override
    public void prepare(float[][] parameters) {
        // activations have no parameters
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        float[] x = inputs[0];
        float[] y = new float[x.length];
        switch (function) {
            case RELU -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = x[i] > 0f ? x[i] : 0f;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = (float) (1.0 / (1.0 + StrictMath.exp(-(double) x[i])));
                }
            }
            case TANH -> {
                for (int i = 0; i < x.length; i++) {
                    y[i] = (float) StrictMath.tanh(x[i]);
                }
            }
            case SOFTMAX -> throw new IllegalStateException("softmax is fused with the loss");
        }
        return y;
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        float[] dx = inputGradients[0];
        if (dx == null) {
            return;
        }
        float[] x = inputs[0];
        switch (function) {
            case RELU -> {
                for (int i = 0; i < dx.length; i++) {
                    dx[i] += x[i] > 0f ? gradOutput[i] : 0f;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < dx.length; i++) {
                    dx[i] += gradOutput[i] * output[i] * (1f - output[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < dx.length; i++) {
                    dx[i] += gradOutput[i] * (1f - output[i] * output[i]);
                }
            }
            case SOFTMAX -> throw new IllegalStateException("softmax is fused with the loss");
        }
    }
}
