// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable network: named nodes in topological order with every shape resolved.
 *
 * <p>Built with {@link #builder(String)}; each {@code add} infers the new node's output shape and
 * fails with a {@link ShapeException} naming the layer when the inputs do not fit. A network may
 * have several inputs and outputs (an imported SCALE-Sim topology is a set of independent
 * layers, each with its own input). The outputs are the nodes no other node reads, in order.
 */
public final class Network {
    private final String name;
    private final String description;
    private final List<Node> nodes;
    private final Map<String, Node> byName;

    private Network(String name, String description, List<Node> nodes) {
        this.name = name;
        this.description = description;
        this.nodes = List.copyOf(nodes);
        Map<String, Node> map = new LinkedHashMap<>();
        for (Node n : nodes) {
            map.put(n.name(), n);
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Starts a network called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The network's name, such as {@code lenet5}. */
    public String name() {
        return name;
    }

    /** One paragraph on what the network is and where its shapes come from; may be empty. */
    public String description() {
        return description;
    }

    /** All nodes, inputs included, in topological order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The nodes that do work (every node but the inputs), in order. */
    public List<Node> layers() {
        return nodes.stream().filter(n -> n.layer().arity() > 0).toList();
    }

    /** The node called {@code nodeName}. */
    public Node node(String nodeName) {
        Node n = byName.get(nodeName);
        if (n == null) {
            throw new IllegalArgumentException("network '" + name + "' has no node '" + nodeName + "'");
        }
        return n;
    }

    /** The {@link Input} nodes, in order. */
    public List<Node> inputs() {
        return nodes.stream().filter(n -> n.layer() instanceof Input).toList();
    }

    /** The nodes that no other node reads, in order. */
    public List<Node> outputs() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (consumers(n.name()).isEmpty() && !(n.layer() instanceof Input)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The nodes that read {@code nodeName}, in order. */
    public List<Node> consumers(String nodeName) {
        return nodes.stream().filter(n -> n.inputs().contains(nodeName)).toList();
    }

    /** Multiply-accumulates for one example over all layers. */
    public long macs() {
        return nodes.stream().mapToLong(Node::macs).sum();
    }

    /** Trainable values over all layers. */
    public long parameters() {
        return nodes.stream().mapToLong(Node::parameters).sum();
    }

    @Override
    public String toString() {
        return "Network[" + name + ", " + nodes.size() + " nodes]";
    }

    /** Adds nodes one by one with shape inference. Not thread-safe; used once. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Node> byName = new LinkedHashMap<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a network needs a name");
            }
            this.name = name;
        }

        /** Sets the description (see {@link Network#description()}). */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** Adds an input node with the given per-example shape; every extent must be at least 1. */
        public Builder input(String nodeName, int... dims) {
            TensorShape shape;
            try {
                shape = TensorShape.of(dims);
            } catch (IllegalArgumentException e) {
                throw new ShapeException(name, String.valueOf(nodeName), "Input", e.getMessage());
            }
            return add(nodeName, new Input(shape), new String[0]);
        }

        /** Adds a one-input layer that reads the most recently added node. */
        public Builder add(String nodeName, Layer layer) {
            if (nodes.isEmpty()) {
                throw new ShapeException(name, nodeName, layer.kind(), "the first node must be an input");
            }
            return add(nodeName, layer, nodes.get(nodes.size() - 1).name());
        }

        /** Adds a layer that reads the named nodes, in the layer's argument order. */
        public Builder add(String nodeName, Layer layer, String... inputNames) {
            if (nodeName == null || nodeName.isBlank()) {
                throw new ShapeException(name, String.valueOf(nodeName), layer.kind(), "a node needs a name");
            }
            if (byName.containsKey(nodeName)) {
                throw new ShapeException(name, nodeName, layer.kind(), "the name is used by an earlier node");
            }
            if (inputNames.length != layer.arity()) {
                throw new ShapeException(name, nodeName, layer.kind(), "takes " + layer.arity() + " input(s), got "
                        + inputNames.length + " " + Arrays.toString(inputNames));
            }
            List<TensorShape> shapes = new ArrayList<>();
            for (String in : inputNames) {
                Node src = byName.get(in);
                if (src == null) {
                    throw new ShapeException(name, nodeName, layer.kind(), "reads '" + in + "', which is not an earlier node");
                }
                shapes.add(src.outputShape());
            }
            TensorShape out;
            try {
                out = layer.outputShape(shapes);
            } catch (IllegalArgumentException e) {
                throw new ShapeException(name, nodeName, layer.kind(), e.getMessage());
            }
            Node node = new Node(nodeName, layer, List.of(inputNames), shapes, out);
            nodes.add(node);
            byName.put(nodeName, node);
            return this;
        }

        /** The name of the most recently added node, for wiring residual branches. */
        public String last() {
            if (nodes.isEmpty()) {
                throw new IllegalStateException("no node added yet");
            }
            return nodes.get(nodes.size() - 1).name();
        }

        /** The immutable network; it must have at least one input and one layer. */
        public Network build() {
            if (nodes.stream().noneMatch(n -> n.layer().arity() > 0)) {
                throw new ShapeException(name, "-", null, "the network has no layers");
            }
            return new Network(name, description, nodes);
        }
    }
}
