// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a model file once checked against a network: the parameter values of every
 * node that has parameters, and the file's descriptive entries.
 *
 * <p>The format is documented on {@link ModelFileWriter}. The maps keep the network's node order
 * and each layer's parameter order, so {@link #valuesByNode()} can be handed to
 * {@code NetworkParameters.of} as it is.
 *
 * @param network the network name the file was saved for ({@code __metadata__.network}), or
 *     empty when the file does not say
 * @param info the file's {@code __metadata__} entries other than the format fields (how the
 *     model was trained, on what), in file order
 * @param valuesByNode every parameterized node's tensors, in the layer's parameter order
 */
public record ModelFile(String network, Map<String, String> info, Map<String, List<float[]>> valuesByNode) {

    /** Copies the maps (the arrays are shared: callers treat them as read-only). */
    public ModelFile {
        Objects.requireNonNull(network, "network");
        info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
        Map<String, List<float[]>> copy = new LinkedHashMap<>();
        valuesByNode.forEach((k, v) -> copy.put(k, List.copyOf(new ArrayList<>(v))));
        valuesByNode = Collections.unmodifiableMap(copy);
    }
}
