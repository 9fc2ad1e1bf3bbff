// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import org.sinapsis.networks.InvalidInputException;

/**
 * A network whose layers do not fit together: the message names the network and the layer, for
 * example {@code network 'lenet5': layer 'c3' (Conv2D): kernel height 5 does not fit the input
 * height 3 with padding 0}.
 */
public class ShapeException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param network the network's name
     * @param layer the layer's name
     * @param kind the layer's kind, or null when unknown
     * @param detail what does not fit
     */
    public ShapeException(String network, String layer, String kind, String detail) {
        super("network '" + network + "'", 0, "layer '" + layer + "'" + (kind == null ? "" : " (" + kind + ")"),
                detail);
    }
}
