// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;

/**
 * A network in int8: one {@link QuantizedLayer} per node, in network order, holding every integer
 * weight, bias, scale, multiplier and table the int8 computation uses. Built by {@link Quantizer};
 * run by {@link Int8Executor}; read by int8 machines, which must reproduce the executor's codes.
 * Immutable.
 */
public final class QuantizedNetwork {
    private final Network network;
    private final QuantizationConfig config;
    private final Map<String, QuantizedLayer> layers;

    QuantizedNetwork(Network network, QuantizationConfig config, List<QuantizedLayer> layerList) {
        this.network = network;
        this.config = config;
        Map<String, QuantizedLayer> map = new LinkedHashMap<>();
        for (QuantizedLayer layer : layerList) {
            map.put(layer.name(), layer);
        }
        this.layers = Collections.unmodifiableMap(map);
    }

    /** The network quantized. */
    public Network network() {
        return network;
    }

    /** The configuration the scales were chosen with. */
    public QuantizationConfig config() {
        return config;
    }

    /** Every node's quantized form, inputs included, in network order. */
    public List<QuantizedLayer> layers() {
        return List.copyOf(layers.values());
    }

    /**
     * The quantized form of node {@code nodeName}.
     *
     * @throws IllegalArgumentException when the network has no such node
     */
    public QuantizedLayer layer(String nodeName) {
        QuantizedLayer layer = layers.get(nodeName);
        if (layer == null) {
            throw new IllegalArgumentException("network '" + network.name() + "' has no node '" + nodeName + "'");
        }
        return layer;
    }

    /**
     * The quantized form of node {@code nodeName} as the expected type, such as
     * {@code layer("conv1", QuantizedMatrixLayer.class)}.
     *
     * @throws IllegalArgumentException when the node is missing or of another type
     */
    public <T extends QuantizedLayer> T layer(String nodeName, Class<T> type) {
        QuantizedLayer layer = layer(nodeName);
        if (!type.isInstance(layer)) {
            throw new IllegalArgumentException("node '" + nodeName + "' is a " + layer.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(layer);
    }

    /** The scale of node {@code nodeName}'s output codes. */
    public double outputScale(String nodeName) {
        return layer(nodeName).outputScale();
    }

    /**
     * The int8 codes of real values for input {@code inputName}:
     * {@code Int8Arithmetic.quantize(x, scale)} element by element. This is what an int8 machine
     * receives.
     *
     * @throws IllegalArgumentException when the node is not an input or carries token ids
     * @throws InvalidInputException when the tensor's shape is not the input's
     */
    public Int8Tensor quantizeInput(String inputName, Tensor values) {
        QuantizedInput input = layer(inputName, QuantizedInput.class);
        if (input.tokenIds()) {
            throw new IllegalArgumentException("input '" + inputName + "' carries token ids, which are not quantized");
        }
        if (!values.shape().equals(input.node().outputShape())) {
            throw new InvalidInputException("network '" + network.name() + "'", 0, "input '" + inputName + "'",
                    "expected shape " + input.node().outputShape() + ", got " + values.shape());
        }
        float[] x = values.data();
        byte[] codes = new byte[x.length];
        double scale = input.outputScale();
        for (int i = 0; i < x.length; i++) {
            codes[i] = (byte) Int8Arithmetic.quantize(x[i], scale);
        }
        return new Int8Tensor(values.batch(), values.shape(), codes, scale);
    }
}
