// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Input;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;
import org.sinapsis.networks.ir.Pool2D;

/**
 * A network prepared for training: one {@link TrainOp} per node, the forward pass up to the
 * logits and the backward pass from the softmax cross-entropy loss.
 *
 * <p>Trainable networks have one input, one output, and end in a Softmax whose input (the
 * logits) is a vector of class scores; that Softmax is fused with the loss. The other nodes may
 * be Dense, Conv2D, MaxPool, AvgPool, Flatten, Add, ReLU, Sigmoid or Tanh, wired as any DAG:
 * gradients of a node read by several others are summed.
 *
 * <p>Parameters are one flat list of tensors, node by node in network order and each node's
 * tensors in its layer's order (the order of {@code NetworkParameters.toMap()}). A node's output
 * gradient is computed only when the node or one of its ancestors has parameters, so no work
 * goes into the gradient of the input image.
 */
final class TrainableNetwork {
    private final Network network;
    private final List<Node> nodes;
    private final TrainOp[] ops;
    private final int[][] inputIndex;
    private final boolean[] needsGradient;
    private final int[] firstTensor;
    private final int[] tensorCount;
    private final List<ParameterSpec> tensorSpecs = new ArrayList<>();
    private final List<String> tensorNodes = new ArrayList<>();
    private final int classes;

    /**
     * @throws InvalidInputException naming the layer when the network cannot be trained
     */
    TrainableNetwork(Network network) {
        this.network = network;
        String source = "network '" + network.name() + "'";
        if (network.inputs().size() != 1 || network.outputs().size() != 1) {
            throw new InvalidInputException(source, 0, null, "training needs one input and one output, the network has "
                    + network.inputs().size() + " and " + network.outputs().size());
        }
        Node last = network.outputs().get(0);
        if (!(last.layer() instanceof Activation a && a.function() == ActivationFunction.SOFTMAX)
                || last.outputShape().rank() != 1 || network.nodes().indexOf(last) != network.nodes().size() - 1) {
            throw new InvalidInputException(source, 0, "layer '" + last.name() + "'", "training needs the network to"
                    + " end in a Softmax over a vector of class scores (fused with the cross-entropy loss), got "
                    + last.layer().kind() + " " + last.outputShape());
        }
        nodes = network.nodes().subList(0, network.nodes().size() - 1);
        classes = last.outputShape().last();
        ops = new TrainOp[nodes.size()];
        inputIndex = new int[nodes.size()][];
        needsGradient = new boolean[nodes.size()];
        firstTensor = new int[nodes.size()];
        tensorCount = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            ops[i] = op(source, node);
            inputIndex[i] = node.inputs().stream().mapToInt(name -> indexOf(name)).toArray();
            firstTensor[i] = tensorSpecs.size();
            for (ParameterSpec spec : node.parameterSpecs()) {
                tensorSpecs.add(spec);
                tensorNodes.add(node.name());
            }
            tensorCount[i] = tensorSpecs.size() - firstTensor[i];
            boolean needs = tensorCount[i] > 0;
            for (int in : inputIndex[i]) {
                needs |= needsGradient[in];
            }
            needsGradient[i] = needs;
        }
    }

    /** The network. */
    Network network() {
        return network;
    }

    /** Classes scored by the last layer. */
    int classes() {
        return classes;
    }

    /** The parameter tensors' specs, in the flat order. */
    List<ParameterSpec> tensorSpecs() {
        return tensorSpecs;
    }

    /** The node owning each tensor, in the flat order. */
    List<String> tensorNodes() {
        return tensorNodes;
    }

    /** Hands the current values (the flat list) to every op; call before each step's passes. */
    void prepare(float[][] tensors) {
        for (int i = 0; i < nodes.size(); i++) {
            if (ops[i] != null) {
                ops[i].prepare(slice(tensors, i));
            }
        }
    }

    /** The activations of every node for {@code count} examples; the last one holds the logits. */
    float[][] forward(float[] input, int count) {
        float[][] acts = new float[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            if (ops[i] == null) {
                acts[i] = input;
                continue;
            }
            float[][] in = new float[inputIndex[i].length][];
            for (int j = 0; j < in.length; j++) {
                in[j] = acts[inputIndex[i][j]];
            }
            acts[i] = ops[i].forward(in, count);
        }
        return acts;
    }

    /**
     * One shard of a mini-batch: forward, loss, backward. Adds the parameter gradients of the
     * mean loss over the whole mini-batch of {@code batch} examples into {@code gradients} (the
     * flat list) and counts correct predictions into {@code correct[0]}.
     *
     * @return the summed (not averaged) loss of the shard's examples
     */
    double lossAndGradients(float[] input, int[] labels, int count, int batch, float[][] gradients, int[] correct) {
        float[][] acts = forward(input, count);
        int logits = nodes.size() - 1;
        float[][] grads = new float[nodes.size()][];
        grads[logits] = new float[count * classes];
        double loss = SoftmaxCrossEntropy.loss(acts[logits], classes, labels, count, batch, grads[logits], correct);
        for (int i = logits; i >= 0; i--) {
            if (ops[i] == null || grads[i] == null) {
                continue;
            }
            int[] ins = inputIndex[i];
            float[][] in = new float[ins.length][];
            float[][] inGrads = new float[ins.length][];
            for (int j = 0; j < ins.length; j++) {
                in[j] = acts[ins[j]];
                if (needsGradient[ins[j]]) {
                    if (grads[ins[j]] == null) {
                        grads[ins[j]] = new float[acts[ins[j]].length];
                    }
                    inGrads[j] = grads[ins[j]];
                }
            }
            ops[i].backward(in, acts[i], grads[i], count, slice(gradients, i), inGrads);
            grads[i] = null;
        }
        return loss;
    }

    private float[][] slice(float[][] tensors, int node) {
        float[][] s = new float[tensorCount[node]][];
        System.arraycopy(tensors, firstTensor[node], s, 0, s.length);
        return s;
    }

    private int indexOf(String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no node " + name);
    }

    private static TrainOp op(String source, Node node) {
        if (node.layer() instanceof Input) {
            return null;
        }
        if (node.layer() instanceof Dense) {
            return new DenseTrainOp(node);
        }
        if (node.layer() instanceof Conv2D) {
            return new ConvTrainOp(node);
        }
        if (node.layer() instanceof Pool2D) {
            return new PoolTrainOp(node);
        }
        if (node.layer() instanceof Flatten) {
            return new FlattenTrainOp();
        }
        if (node.layer() instanceof Add) {
            return new AddTrainOp();
        }
        if (node.layer() instanceof Activation a && a.function() != ActivationFunction.SOFTMAX) {
            return new ActivationTrainOp(a.function());
        }
        throw new InvalidInputException(source, 0, "layer '" + node.name() + "'", node.layer().kind()
                + " cannot be trained here;"
                + " sinapsis trains Dense, Conv2D, MaxPool, AvgPool, Flatten, Add, ReLU, Sigmoid and Tanh layers"
                + " and a final Softmax");
    }
}
