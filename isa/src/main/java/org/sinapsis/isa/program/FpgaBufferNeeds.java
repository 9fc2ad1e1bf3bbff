// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * The on-chip buffers one tiled layer needs, as words per bank (each bank serves one lane: Tn
 * input banks, Tm x Tn weight banks, Tm output banks). The hardware's buffers are the largest need
 * of the layers it runs; resident weights add up over the layers that keep them.
 *
 * @param inputWordsPerBank input tile words per input channel: {@code ((Tr - 1) Sh + Kh) ((Tc - 1) Sw + Kw)},
 *     times {@code ceil(N / Tn)} for a recurrent step (its whole input vector stays on chip)
 * @param weightWordsPerBank weight words per lane: {@code Kh Kw}, or every tile's when resident
 * @param outputWordsPerBank partial sums per output channel: {@code Tr Tc}
 * @param weightsResident whether the weight words are the whole layer's (resident) or one tile's
 */
public record FpgaBufferNeeds(long inputWordsPerBank, long weightWordsPerBank, long outputWordsPerBank,
        boolean weightsResident) {

    /** Validates the counts. */
    public FpgaBufferNeeds {
        if (inputWordsPerBank < 1 || weightWordsPerBank < 1 || outputWordsPerBank < 1) {
            throw new IllegalArgumentException("every buffer holds at least one word per bank");
        }
    }

    /** The needs of {@code tiling} of {@code shape}. */
    public static FpgaBufferNeeds of(FpgaLayerShape shape, FpgaTiling tiling) {
        long input = (long) shape.inputTileRows(tiling.tr()) * shape.inputTileCols(tiling.tc());
        if (shape.kind() == FpgaLayerKind.RECURRENT) {
            input *= ceilDiv(shape.inChannels(), tiling.tn());
        }
        long kernel = (long) shape.kernelH() * shape.kernelW();
        long weights = tiling.weightsResident()
                ? ceilDiv(shape.outChannels(), tiling.tm()) * ceilDiv(shape.inChannels(), tiling.tn()) * kernel
                        * shape.groups()
                : kernel;
        return new FpgaBufferNeeds(input, weights, (long) tiling.tr() * tiling.tc(), tiling.weightsResident());
    }

    /** The element-wise largest of both needs; resident weight words add up. */
    public FpgaBufferNeeds union(FpgaBufferNeeds other) {
        long weights = weightsResident && other.weightsResident ? weightWordsPerBank + other.weightWordsPerBank
                : Math.max(weightWordsPerBank, other.weightWordsPerBank);
        return new FpgaBufferNeeds(Math.max(inputWordsPerBank, other.inputWordsPerBank), weights,
                Math.max(outputWordsPerBank, other.outputWordsPerBank), weightsResident && other.weightsResident);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
