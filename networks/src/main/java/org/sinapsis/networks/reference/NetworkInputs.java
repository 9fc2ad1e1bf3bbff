// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.List;
import java.util.Map;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;

/** Checks the inputs given to an executor against the network's input nodes. */
final class NetworkInputs {
    private NetworkInputs() {
    }

    /**
     * The common batch of the inputs.
     *
     * @throws InvalidInputException when an input node has no tensor, a tensor names no input
     *     node, a shape differs from the input node's shape, or the batches differ
     */
    static int checkedBatch(Network network, Map<String, Tensor> inputs) {
        String source = "network '" + network.name() + "'";
        List<Node> nodes = network.inputs();
        for (String name : inputs.keySet()) {
            if (nodes.stream().noneMatch(n -> n.name().equals(name))) {
                throw new InvalidInputException(source, 0, "input '" + name + "'",
                        "the network has no such input; inputs are " + nodes.stream().map(Node::name).toList());
            }
        }
        int batch = -1;
        for (Node node : nodes) {
            Tensor t = inputs.get(node.name());
            String field = "input '" + node.name() + "'";
            if (t == null) {
                throw new InvalidInputException(source, 0, field, "no tensor given");
            }
            if (!t.shape().equals(node.outputShape())) {
                throw new InvalidInputException(source, 0, field, "expected shape " + node.outputShape() + ", got "
                        + t.shape());
            }
            if (batch != -1 && t.batch() != batch) {
                throw new InvalidInputException(source, 0, field, "batch " + t.batch()
                        + " differs from the other inputs' batch " + batch);
            }
            batch = t.batch();
        }
        return batch;
    }

    /** The only input node's name, or an {@link IllegalArgumentException} naming how many there are. */
    static String onlyInput(Network network) {
        List<Node> in = network.inputs();
        if (in.size() != 1) {
            throw new IllegalArgumentException("network '" + network.name() + "' has " + in.size()
                    + " inputs; pass a map from input name to tensor");
        }
        return in.get(0).name();
    }

    /** The only output node's name, or an {@link IllegalArgumentException} naming how many there are. */
    static String onlyOutput(Network network) {
        List<Node> out = network.outputs();
        if (out.size() != 1) {
            throw new IllegalArgumentException("network '" + network.name() + "' has " + out.size()
                    + " outputs; use the map form of run");
        }
        return out.get(0).name();
    }

    /**
     * For every node, the position (in {@link Network#nodes()}) of its last reader, or
     * {@link Integer#MAX_VALUE} for outputs, so executors can drop values nobody reads any more.
     */
    static int[] lastUse(Network network) {
        List<Node> nodes = network.nodes();
        int[] last = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            last[i] = i;
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(j).inputs().contains(nodes.get(i).name())) {
                    last[i] = j;
                }
            }
        }
        for (Node out : network.outputs()) {
            last[nodes.indexOf(out)] = Integer.MAX_VALUE;
        }
        return last;
    }
}
