// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Map;
import java.util.Objects;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * Trained parameters read from a model file, with where they came from.
 *
 * @param source for reports: the file path, or {@code bundled model fashion-mlp.safetensors}
 * @param parameters the values, checked against the network
 * @param info the file's descriptive entries (how the model was trained), in file order
 */
public record TrainedModel(String source, NetworkParameters parameters, Map<String, String> info) {

    /** Copies the entries. */
    public TrainedModel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parameters, "parameters");
        info = Map.copyOf(info);
    }
}
