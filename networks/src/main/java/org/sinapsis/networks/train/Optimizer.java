// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Locale;

/** How parameters follow their gradients (the update equations are on {@link ParameterUpdate}). */
public enum Optimizer {
    /** Mini-batch stochastic gradient descent with (heavy-ball) momentum. */
    SGD,
    /** Adam (Kingma and Ba, ICLR 2015) with bias correction. */
    ADAM;

    /** The name on the command line: {@code sgd} or {@code adam}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
