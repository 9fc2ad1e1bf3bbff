// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.List;

/**
 * One optimizer step on the parameter tensors, given the gradient of the mean mini-batch loss.
 *
 * <p>With L2 weight decay {@code lambda}, a weight tensor's gradient is first
 * {@code g = dL/dw + lambda w} (biases: {@code g = dL/dw}); the learning rate of epoch e is
 * {@code eta = learningRate decay^(e-1)}. Then, element by element:
 * <ul>
 *   <li>SGD with momentum {@code mu}: {@code v = mu v + g; w = w - eta v} (PyTorch's form; v
 *       starts at 0).</li>
 *   <li>Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm
 *       1), at step t counted from 1: {@code m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 *       w = w - eta (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}.</li>
 * </ul>
 * Each element is computed in double from its float state and rounded once to float, so an
 * update does not depend on how the elements are split among threads.
 */
final class ParameterUpdate {
    private final TrainingConfig config;
    private final boolean[] decayed;
    private final float[][] first;
    private final float[][] second;

    /**
     * @param sizes the length of every parameter tensor
     * @param decayed per tensor, whether weight decay applies (weights, not biases)
     */
    ParameterUpdate(TrainingConfig config, List<Integer> sizes, boolean[] decayed) {
        this.config = config;
        this.decayed = decayed.clone();
        first = new float[sizes.size()][];
        second = new float[sizes.size()][];
        for (int t = 0; t < sizes.size(); t++) {
            first[t] = new float[sizes.get(t)];
            second[t] = config.optimizer() == Optimizer.ADAM ? new float[sizes.get(t)] : null;
        }
    }

    /**
     * Updates elements {@code [from, to)} of tensor {@code tensor}.
     *
     * @param step the optimizer step, counted from 1 over the whole training
     * @param learningRate this epoch's learning rate
     */
    void apply(int tensor, float[] w, float[] gradient, int from, int to, long step, double learningRate) {
        double lambda = decayed[tensor] ? config.weightDecay() : 0;
        float[] m = first[tensor];
        if (config.optimizer() == Optimizer.SGD) {
            double mu = config.momentum();
            for (int i = from; i < to; i++) {
                double g = gradient[i] + lambda * w[i];
                double v = mu * m[i] + g;
                m[i] = (float) v;
                w[i] = (float) (w[i] - learningRate * v);
            }
            return;
        }
        float[] v2 = second[tensor];
        double b1 = config.beta1();
        double b2 = config.beta2();
        double c1 = 1 - StrictMath.pow(b1, step);
        double c2 = 1 - StrictMath.pow(b2, step);
        double eps = config.epsilon();
        for (int i = from; i < to; i++) {
            double g = gradient[i] + lambda * w[i];
            double mi = b1 * m[i] + (1 - b1) * g;
            double vi = b2 * v2[i] + (1 - b2) * g * g;
            m[i] = (float) mi;
            v2[i] = (float) vi;
            w[i] = (float) (w[i] - learningRate * (mi / c1) / (Math.sqrt(vi / c2) + eps));
        }
    }
}
