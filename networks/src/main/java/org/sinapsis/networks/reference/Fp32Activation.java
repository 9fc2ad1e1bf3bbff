// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.ActivationFunction;

/**
 * The element-wise nonlinearities, and softmax over the last dimension, in fp32. Exponentials and
 * tanh use {@link StrictMath} in double and round once to float, so results are the same on every
 * platform.
 */
final class Fp32Activation implements Fp32Op {
    private final ActivationFunction function;

    Fp32Activation(ActivationFunction function) {
        this.function = function;
    }

    /** {@code 1 / (1 + exp(-x))}, rounded once to float. */
    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + StrictMath.exp(-(double) x)));
    }

    /** {@code tanh(x)}, rounded once to float. */
    static float tanh(float x) {
        return (float) StrictMath.tanh(x);
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        Tensor x = inputs[0];
        float[] in = x.data();
        float[] out = new float[in.length];
        switch (function) {
            case RELU -> {
                for (int i = 0; i < in.length; i++) {
                    out[i] = in[i] > 0f ? in[i] : 0f;
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < in.length; i++) {
                    out[i] = sigmoid(in[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < in.length; i++) {
                    out[i] = tanh(in[i]);
                }
            }
            case SOFTMAX -> softmax(in, x.shape().last(), out);
        }
        return new Tensor(x.batch(), x.shape(), out);
    }

    /**
     * Softmax of every row of {@code width} values: {@code exp(x_i - max) / sum_j exp(x_j - max)},
     * accumulated in double.
     */
    static void softmax(float[] in, int width, float[] out) {
        double[] e = new double[width];
        for (int row = 0; row < in.length; row += width) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < width; j++) {
                max = Math.max(max, in[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < width; j++) {
                e[j] = StrictMath.exp((double) in[row + j] - max);
                sum += e[j];
            }
            for (int j = 0; j < width; j++) {
                out[row + j] = (float) (e[j] / sum);
            }
        }
    }
}
