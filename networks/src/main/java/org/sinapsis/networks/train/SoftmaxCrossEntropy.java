// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

/**
 * The loss: softmax over the logits z of each example, then the cross-entropy with its label y,
 * {@code L = -log p_y = log(sum_j e^(z_j - max z)) - (z_y - max z)}, accumulated in double with
 * {@link StrictMath} (the same on every platform). Its gradient with respect to the logits,
 * averaged over a mini-batch of B examples, is {@code (p - onehot(y)) / B}.
 */
final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /**
     * Scores {@code count} examples: returns the summed loss, counts the correct ones (the
     * largest logit, the lowest index on ties, equals the label) into {@code correct[0]} and, when
     * {@code gradient} is not null, writes {@code (p - onehot) / batch} into it.
     */
    static double loss(float[] logits, int classes, int[] labels, int count, int batch, float[] gradient,
            int[] correct) {
        double total = 0;
        double[] e = new double[classes];
        for (int n = 0; n < count; n++) {
            int o = n * classes;
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (logits[o + j] > logits[o + best]) {
                    best = j;
                }
            }
            float max = logits[o + best];
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                e[j] = StrictMath.exp((double) logits[o + j] - max);
                sum += e[j];
            }
            int y = labels[n];
            total += StrictMath.log(sum) - ((double) logits[o + y] - max);
            if (best == y) {
                correct[0]++;
            }
            if (gradient != null) {
                for (int j = 0; j < classes; j++) {
                    gradient[o + j] = (float) ((e[j] / sum - (j == y ? 1 : 0)) / batch);
                }
            }
        }
        return total;
    }
}
