// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outputs of one {@link Int8Executor} run, by output node name in network order.
 *
 * <p>{@code int8Outputs} holds the codes and their scales (the bit-exact target). {@code outputs}
 * holds the real values: the dequantized codes, except for a Softmax output, whose values are the
 * host's floating-point probabilities (see {@link QuantizedSoftmax}).
 *
 * @param int8Outputs codes and scales by output node name
 * @param outputs real values by output node name
 */
public record Int8Result(Map<String, Int8Tensor> int8Outputs, Map<String, Tensor> outputs) {

    /** Checks that both maps name the same nodes and copies them, keeping their order. */
    public Int8Result {
        if (!int8Outputs.keySet().equals(outputs.keySet())) {
            throw new IllegalArgumentException("int8 outputs " + int8Outputs.keySet() + " and outputs "
                    + outputs.keySet() + " differ");
        }
        int8Outputs = Collections.unmodifiableMap(new LinkedHashMap<>(int8Outputs));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** The real values of output {@code name}. */
    public Tensor output(String name) {
        return require(outputs, name);
    }

    /** The codes of output {@code name}. */
    public Int8Tensor int8Output(String name) {
        return require(int8Outputs, name);
    }

    /** The real values of the only output; an {@link IllegalStateException} when there are several. */
    public Tensor output() {
        return output(onlyName());
    }

    /** The codes of the only output; an {@link IllegalStateException} when there are several. */
    public Int8Tensor int8Output() {
        return int8Output(onlyName());
    }

    private String onlyName() {
        if (outputs.size() != 1) {
            throw new IllegalStateException("the result has " + outputs.size() + " outputs " + outputs.keySet());
        }
        return outputs.keySet().iterator().next();
    }

    private static <T> T require(Map<String, T> map, String name) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no output '" + name + "'; outputs are " + map.keySet());
        }
        return value;
    }
}
