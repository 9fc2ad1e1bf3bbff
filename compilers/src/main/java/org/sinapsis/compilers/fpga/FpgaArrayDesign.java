// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

/**
 * A point of the cross-layer design space: one PE array for every layer (Zhang et al.'s uniform
 * unroll factors), and whether the weights live on chip.
 *
 * @param tm output-channel lanes
 * @param tn input-channel lanes
 * @param weightsResident whether every layer's weights stay in on-chip memory
 */
public record FpgaArrayDesign(int tm, int tn, boolean weightsResident) {

    /** Validates the factors. */
    public FpgaArrayDesign {
        if (tm < 1 || tn < 1) {
            throw new IllegalArgumentException("Tm and Tn must be >= 1");
        }
    }

    /** MAC lanes {@code Tm x Tn}. */
    public long lanes() {
        return (long) tm * tn;
    }

    /** {@code <64, 7>}, with {@code weights resident} when they are. */
    @Override
    public String toString() {
        return "<" + tm + ", " + tn + ">" + (weightsResident ? " weights resident" : "");
    }
}
