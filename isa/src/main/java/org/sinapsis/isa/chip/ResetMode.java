// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

/** What an integrate-and-fire neuron's membrane does after a spike (TrueNorth's reset modes). */
public enum ResetMode {
    /** TrueNorth "normal" reset: {@code V <- resetValue} (reset to zero when it is 0). */
    TO_VALUE,
    /**
     * TrueNorth "linear" reset, reset by subtraction: {@code V <- V - threshold}, keeping the
     * surplus (the reset ANN-to-SNN conversion needs, Rueckauer et al. 2017).
     */
    SUBTRACT,
    /** TrueNorth "non-reset": {@code V} is left as it is. */
    NONE
}
