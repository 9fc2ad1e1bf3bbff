// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * Layer counts by kind, counted the way Table 1 of the TPU paper (Jouppi et al., ISCA 2017)
 * counts them, so zoo stand-ins can be checked against it.
 *
 * <p>Rules: every Conv2D is a conv layer; every Dense is an FC layer; every LSTM or GRU is one FC
 * layer (its fused gate matrix, run on the matrix unit) plus one vector layer (its element-wise
 * gate math, run on the activation unit); every pooling layer is a pool layer; an {@link Add} is a
 * vector layer; an {@link Activation} is a vector layer unless it reads a conv, FC or recurrent
 * layer whose only reader it is, in which case it is fused into that layer (the TPU applies it
 * on the way out of the accumulators). Inputs, Flatten and Embedding are not counted.
 *
 * @param conv convolution layers
 * @param fc fully connected layers, recurrent gate matrices included
 * @param pool pooling layers
 * @param vector element-wise layers
 */
public record LayerCensus(int conv, int fc, int pool, int vector) {

    /** Counts {@code network}'s layers by the rules above. */
    public static LayerCensus of(Network network) {
        int conv = 0;
        int fc = 0;
        int pool = 0;
        int vector = 0;
        for (Node n : network.nodes()) {
            switch (n.layer().category()) {
                case CONV -> conv++;
                case FC -> fc++;
                case RECURRENT -> {
                    fc++;
                    vector++;
                }
                case POOL -> pool++;
                case VECTOR -> vector += fused(network, n) ? 0 : 1;
                default -> {
                    // inputs, reshapes and lookups are not layers in Table 1's sense
                }
            }
        }
        return new LayerCensus(conv, fc, pool, vector);
    }

    private static boolean fused(Network network, Node node) {
        if (!(node.layer() instanceof Activation)) {
            return false;
        }
        Node producer = network.node(node.inputs().get(0));
        List<Node> readers = network.consumers(producer.name());
        return producer.layer().matrixWork() && readers.size() == 1;
    }

    /** All counted layers. */
    public int total() {
        return conv + fc + pool + vector;
    }

    /** {@code 89 (72 conv + 4 FC + 13 pool)}, leaving out kinds with a count of zero. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb, conv, "conv");
        append(sb, fc, "FC");
        append(sb, pool, "pool");
        append(sb, vector, "vector");
        return total() + " (" + sb + ")";
    }

    private static void append(StringBuilder sb, int count, String kind) {
        if (count > 0) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(count).append(' ').append(kind);
        }
    }
}
