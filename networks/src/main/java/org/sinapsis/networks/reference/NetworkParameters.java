// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.LayerCategory;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The trained or initialized values of every parameter of a network, immutable after
 * construction.
 *
 * <p>Values are stored per node in the order of {@link Node#parameterSpecs()}, each as a flat
 * row-major array in the layout its layer record documents (for example Dense {@code weight
 * [in, units]}, Conv2D {@code weight [M, C / G, R, S]}). Arrays passed in are copied and arrays
 * handed out are copies, so no caller can change the values.
 */
public final class NetworkParameters {
    /** Half-width of the uniform range of an initialized embedding table (the Keras default). */
    public static final float EMBEDDING_INIT_RANGE = 0.05f;

    private final Network network;
    private final Map<String, float[][]> valuesByNode;

    private NetworkParameters(Network network, Map<String, float[][]> valuesByNode) {
        this.network = network;
        this.valuesByNode = Collections.unmodifiableMap(valuesByNode);
    }

    /**
     * Initializes every parameter deterministically from {@code seed}.
     *
     * <p>Weights are uniform in {@code [-limit, limit)}: He (Kaiming) uniform, {@code limit =
     * sqrt(6 / fanIn)}, for a Dense or Conv2D node that a ReLU reads; Xavier-Glorot uniform,
     * {@code limit = sqrt(6 / (fanIn + fanOut))}, for every other weight, including the LSTM and
     * GRU {@code kernel} and {@code recurrent}. Fans: Dense {@code [F, U]} has fanIn F, fanOut U;
     * Conv2D {@code [M, C/G, R, S]} has fanIn {@code C/G R S}, fanOut {@code M R S} (PyTorch's
     * rule); a recurrent matrix {@code [rows, gates H]} has fanIn rows, fanOut {@code gates H}.
     * Embedding tables are uniform in {@code [-0.05, 0.05)} and biases are 0.
     *
     * <p>Each tensor draws from its own {@link Random} seeded from {@code seed}, the node name and
     * the parameter name, so a tensor's values do not depend on the other nodes of the network.
     */
    public static NetworkParameters initialize(Network network, long seed) {
        Map<String, float[][]> values = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            List<ParameterSpec> specs = node.parameterSpecs();
            if (specs.isEmpty()) {
                continue;
            }
            float[][] arrays = new float[specs.size()][];
            for (int i = 0; i < specs.size(); i++) {
                ParameterSpec spec = specs.get(i);
                arrays[i] = new float[Math.toIntExact(spec.shape().elements())];
                float limit = initLimit(network, node, spec);
                if (limit > 0) {
                    Random random = new Random(mixSeed(seed, node.name(), spec.name()));
                    float[] a = arrays[i];
                    for (int j = 0; j < a.length; j++) {
                        a[j] = limit * (2 * random.nextFloat() - 1);
                    }
                }
            }
            values.put(node.name(), arrays);
        }
        return new NetworkParameters(network, values);
    }

    /**
     * Parameters from given values, checked against every node's {@link Node#parameterSpecs()}.
     *
     * @param valuesByNode for every node with parameters, its tensors in spec order; the arrays
     *     are copied
     * @throws InvalidInputException naming the node and parameter when a node is unknown, has no
     *     parameters, is missing, has the wrong number of tensors, or a tensor has the wrong length
     *     or a non-finite value
     */
    public static NetworkParameters of(Network network, Map<String, List<float[]>> valuesByNode) {
        String source = "network '" + network.name() + "'";
        for (String name : valuesByNode.keySet()) {
            Node node = findNode(network, name);
            if (node == null) {
                throw new InvalidInputException(source, 0, "layer '" + name + "'", "no such layer in the network");
            }
            if (node.parameterSpecs().isEmpty()) {
                throw new InvalidInputException(source, 0, "layer '" + name + "'", node.layer().kind()
                        + " has no parameters, got " + valuesByNode.get(name).size() + " tensor(s)");
            }
        }
        Map<String, float[][]> values = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            List<ParameterSpec> specs = node.parameterSpecs();
            if (specs.isEmpty()) {
                continue;
            }
            String field = "layer '" + node.name() + "'";
            List<float[]> given = valuesByNode.get(node.name());
            if (given == null) {
                throw new InvalidInputException(source, 0, field, "missing parameters " + describe(specs));
            }
            if (given.size() != specs.size()) {
                throw new InvalidInputException(source, 0, field, "expected " + specs.size() + " parameter tensor(s) "
                        + describe(specs) + ", got " + given.size());
            }
            float[][] arrays = new float[specs.size()][];
            for (int i = 0; i < specs.size(); i++) {
                ParameterSpec spec = specs.get(i);
                String paramField = field + " parameter '" + spec.name() + "'";
                float[] a = given.get(i);
                if (a == null || a.length != spec.shape().elements()) {
                    throw new InvalidInputException(source, 0, paramField, "expected " + spec.shape().elements()
                            + " values for shape " + spec.shape() + ", got " + (a == null ? "none" : a.length));
                }
                for (int j = 0; j < a.length; j++) {
                    if (!Float.isFinite(a[j])) {
                        throw new InvalidInputException(source, 0, paramField, "value " + j + " is " + a[j]);
                    }
                }
                arrays[i] = a.clone();
            }
            values.put(node.name(), arrays);
        }
        return new NetworkParameters(network, values);
    }

    /** The network these parameters belong to. */
    public Network network() {
        return network;
    }

    /**
     * A copy of the values of one parameter tensor.
     *
     * @throws IllegalArgumentException when the node has no such parameter
     */
    public float[] get(String nodeName, String parameterName) {
        return view(nodeName, index(nodeName, parameterName)).clone();
    }

    /** Every node's tensors, in node and spec order, as copies (suitable for {@link #of}). */
    public Map<String, List<float[]>> toMap() {
        Map<String, List<float[]>> map = new LinkedHashMap<>();
        valuesByNode.forEach((name, arrays) -> {
            List<float[]> list = new ArrayList<>();
            for (float[] a : arrays) {
                list.add(a.clone());
            }
            map.put(name, list);
        });
        return map;
    }

    /** The stored array of parameter {@code index} of a node; callers in this package never modify it. */
    float[] view(String nodeName, int index) {
        float[][] arrays = valuesByNode.get(nodeName);
        if (arrays == null || index < 0 || index >= arrays.length) {
            throw new IllegalArgumentException("network '" + network.name() + "': layer '" + nodeName
                    + "' has no parameter " + index);
        }
        return arrays[index];
    }

    /** The stored array of a named parameter; callers in this package never modify it. */
    float[] view(String nodeName, String parameterName) {
        return view(nodeName, index(nodeName, parameterName));
    }

    private int index(String nodeName, String parameterName) {
        Node node = network.node(nodeName);
        List<ParameterSpec> specs = node.parameterSpecs();
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).name().equals(parameterName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("network '" + network.name() + "': layer '" + nodeName
                + "' has no parameter '" + parameterName + "'");
    }

    private static Node findNode(Network network, String name) {
        for (Node n : network.nodes()) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static String describe(List<ParameterSpec> specs) {
        StringBuilder sb = new StringBuilder();
        for (ParameterSpec s : specs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s.name()).append(' ').append(s.shape());
        }
        return sb.toString();
    }

    private static float initLimit(Network network, Node node, ParameterSpec spec) {
        if (spec.name().equals("bias") || spec.name().equals("recurrentBias")) {
            return 0f;
        }
        if (node.layer() instanceof Embedding) {
            return EMBEDDING_INIT_RANGE;
        }
        TensorShape s = spec.shape();
        long fanIn;
        long fanOut;
        if (node.layer() instanceof Conv2D) {
            long receptive = (long) s.dim(2) * s.dim(3);
            fanIn = s.dim(1) * receptive;
            fanOut = s.dim(0) * receptive;
        } else {
            fanIn = s.dim(0);
            fanOut = s.dim(1);
        }
        boolean reluFed = network.consumers(node.name()).stream()
                .anyMatch(c -> c.layer() instanceof Activation a && a.function() == ActivationFunction.RELU);
        boolean matrix = node.layer().category() != LayerCategory.RECURRENT;
        double limit = reluFed && matrix ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
        return (float) limit;
    }

    /** A 64-bit seed from the user's seed and the tensor's identity (SplitMix64 finalizer). */
    static long mixSeed(long seed, String nodeName, String parameterName) {
        long h = seed;
        h = h * 0x9E3779B97F4A7C15L + nodeName.hashCode();
        h = h * 0x9E3779B97F4A7C15L + parameterName.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
