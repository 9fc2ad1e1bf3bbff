// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.List;
import java.util.Objects;
import org.sinapsis.isa.program.TpuProgram;

/**
 * A network compiled for a TPU: the program, the tensors the host moves, and the plan's sizes.
 *
 * @param program the executable (instructions, host regions, configuration blocks, weight image)
 * @param transfers what the host writes before the run and reads after it (copied)
 * @param examplesPerPass examples the Unified Buffer holds at once; the batch runs in passes of this many
 * @param passes passes over the network in one program
 * @param peakUnifiedBufferRows the most Unified Buffer rows live at once
 * @param weightBytes bytes of weight memory the tiles take: one full {@code mxuRows x mxuCols} slot each,
 *     padding included, which is also what reading every tile once moves
 * @param usedWeightBytes the tiles' own {@code rows x cols} bytes, padding left out
 * @param tiles distinct weight tiles
 */
public record TpuCompilation(TpuProgram program, List<TensorTransfer> transfers, int examplesPerPass, int passes,
        long peakUnifiedBufferRows, long weightBytes, long usedWeightBytes, int tiles) {

    /** Copies the transfers. */
    public TpuCompilation {
        Objects.requireNonNull(program, "program");
        transfers = List.copyOf(transfers);
    }

    /** The share of the tiles' bytes the weights use, the rest being padding; 0 without tiles. */
    public double usedWeightFraction() {
        return weightBytes == 0 ? 0 : (double) usedWeightBytes / weightBytes;
    }
}
