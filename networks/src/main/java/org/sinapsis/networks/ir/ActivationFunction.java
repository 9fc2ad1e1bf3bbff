// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/** The element-wise (or, for softmax, last-axis) nonlinearities of {@link Activation}. */
public enum ActivationFunction {
    /** {@code max(0, x)}. */
    RELU("ReLU"),
    /** {@code 1 / (1 + exp(-x))}. */
    SIGMOID("Sigmoid"),
    /** {@code tanh(x)}. */
    TANH("Tanh"),
    /** {@code exp(x_i - max x) / sum_j exp(x_j - max x)} over the last dimension. */
    SOFTMAX("Softmax");

    private final String displayName;

    ActivationFunction(String displayName) {
        this.displayName = displayName;
    }

    /** The name users read and write: {@code ReLU}, {@code Sigmoid}, {@code Tanh}, {@code Softmax}. */
    public String displayName() {
        return displayName;
    }
}
