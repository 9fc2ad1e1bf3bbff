// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.util.Map;
import java.util.Objects;
import org.sinapsis.networks.reference.Tensor;

/**
 * Examples with their true classes, for accuracy: one tensor per input node (all with the same
 * batch, one example per label) and the labels.
 *
 * @param source where the examples come from, for reports ({@code fashion-mnist test, first 1000})
 * @param inputs one tensor per input node, by node name
 * @param labels the true class of each example, in example order
 */
public record LabelledSamples(String source, Map<String, Tensor> inputs, int[] labels) {

    /** Checks that every input holds one example per label. */
    public LabelledSamples {
        Objects.requireNonNull(source, "source");
        inputs = Map.copyOf(inputs);
        labels = labels.clone();
        if (labels.length == 0) {
            throw new IllegalArgumentException("labelled samples need at least one example");
        }
        for (Map.Entry<String, Tensor> e : inputs.entrySet()) {
            if (e.getValue().batch() != labels.length) {
                throw new IllegalArgumentException("input '" + e.getKey() + "' holds " + e.getValue().batch()
                        + " examples for " + labels.length + " labels");
            }
        }
    }

    /** How many examples. */
    public int size() {
        return labels.length;
    }

    /** The labels (a copy). */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /**
     * Top-1 accuracy of {@code scores} (one row of class scores per example, the class being the
     * index of the largest score, the lowest index on ties; with one score per example, a binary
     * classifier's probability, the class is 1 when the score is above 0.5), as a fraction in
     * [0, 1].
     *
     * @throws IllegalArgumentException when {@code scores} has another number of examples
     */
    public double top1Accuracy(Tensor scores) {
        if (scores.batch() != labels.length) {
            throw new IllegalArgumentException(scores.batch() + " score rows for " + labels.length + " labels");
        }
        int classes = scores.exampleSize();
        float[] s = scores.data();
        int correct = 0;
        for (int n = 0; n < labels.length; n++) {
            if (classes == 1) {
                correct += (s[n] > 0.5f ? 1 : 0) == labels[n] ? 1 : 0;
                continue;
            }
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (s[n * classes + c] > s[n * classes + best]) {
                    best = c;
                }
            }
            if (best == labels[n]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }
}
