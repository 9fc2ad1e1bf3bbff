// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import org.sinapsis.isa.arch.Precision;

/**
 * How one layer is mapped onto the FPGA (the mapping an FPGA evaluator costs): the array's
 * unroll factors {@code <Tm, Tn>} (Tm output channels times Tn input channels of MAC lanes), the
 * output tile {@code <Tr, Tc>} the on-chip buffers hold, the number format, and whether the
 * layer's weights stay resident on chip.
 *
 * @param precision the datapath's number format
 * @param tm output-channel lanes, at least 1 (may exceed a layer's M: lanes then idle)
 * @param tn input-channel lanes, at least 1
 * @param tr output rows per tile, at least 1
 * @param tc output columns per tile, at least 1
 * @param weightsResident whether all of the layer's weights are held on chip (loaded once, not
 *     per tile)
 */
public record FpgaTiling(Precision precision, int tm, int tn, int tr, int tc, boolean weightsResident) {

    /** Validates the factors. */
    public FpgaTiling {
        if (precision == null) {
            throw new IllegalArgumentException("precision must be given");
        }
        if (tm < 1 || tn < 1 || tr < 1 || tc < 1) {
            throw new IllegalArgumentException("Tm, Tn, Tr and Tc must be >= 1, got <" + tm + ", " + tn + ", " + tr
                    + ", " + tc + ">");
        }
    }

    /** MAC lanes: {@code Tm x Tn}. */
    public long lanes() {
        return (long) tm * tn;
    }

    /** {@code <Tm, Tn, Tr, Tc> = <64, 7, 13, 13>}. */
    @Override
    public String toString() {
        return "<Tm, Tn, Tr, Tc> = <" + tm + ", " + tn + ", " + tr + ", " + tc + ">"
                + (weightsResident ? " weights resident" : "");
    }
}
