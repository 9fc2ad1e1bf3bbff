// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/**
 * One trainable tensor of a layer: its name within the layer and its shape.
 *
 * <p>The layouts every executor, trainer and model file uses are documented on each layer
 * record (for example Dense's {@code weight} is {@code [in, units]}).
 *
 * @param name the tensor's name within its layer, such as {@code weight} or {@code bias}
 * @param shape the tensor's shape
 */
public record ParameterSpec(String name, TensorShape shape) {
}
