// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import org.sinapsis.networks.reference.TwoTermMultiplier;

/**
 * One step of an LSTM or GRU cell on the activation unit, exactly as
 * {@code org.sinapsis.networks.reference.QuantizedRecurrentLayer} specifies. With {@code B} the
 * instruction's length (batch rows), {@code G = ceil(gates H / R)} chunks of {@code R = rowBytes}
 * columns, the input part of gate column {@code j} for example {@code b} is accumulator row
 * {@code acc + (j / R) B + b}, column {@code j % R}, and the recurrent part is row
 * {@code acc + (G + j / R) B + b}. The hidden state (int8, scale 1/127) lives at UB row
 * {@code hiddenRow + (k / R) B + b}; an LSTM's cell state (Q3.12, int16 little-endian) at UB row
 * {@code cellRow + (k / (R/2)) B + b}, bytes {@code 2 (k % (R/2))}. The step reads both, writes
 * both, and also writes the new hidden state to the instruction's {@code ub} rows, chunk
 * {@code k / R} at {@code ub + (k / R) outputChunkStride + b}.
 *
 * @param lstm LSTM (gates i, f, g, o) or GRU (z, r, n)
 * @param units hidden width H
 * @param rowBytes the Unified Buffer row width R
 * @param gateMultipliers per gate column, the two multipliers to Q3.12 (copied)
 * @param kernelBias input-side int32 bias per gate column (copied)
 * @param recurrentBias recurrent-side int32 bias per gate column (copied)
 * @param hiddenRow first UB row of the hidden state
 * @param cellRow first UB row of the cell state (LSTM; ignored for a GRU)
 * @param outputChunkStride rows between hidden chunks at the destination
 */
public record RecurrentConfig(boolean lstm, int units, int rowBytes, TwoTermMultiplier[] gateMultipliers,
        int[] kernelBias, int[] recurrentBias, long hiddenRow, long cellRow, long outputChunkStride)
        implements TpuConfig {

    /** Validates the lengths and copies the arrays. */
    public RecurrentConfig {
        int columns = (lstm ? 4 : 3) * units;
        if (units < 1 || rowBytes < 2 || gateMultipliers.length != columns || kernelBias.length != columns
                || recurrentBias.length != columns || hiddenRow < 0 || cellRow < 0 || outputChunkStride < 0) {
            throw new IllegalArgumentException("invalid recurrent configuration");
        }
        gateMultipliers = gateMultipliers.clone();
        kernelBias = kernelBias.clone();
        recurrentBias = recurrentBias.clone();
    }

    /** Gate columns: 4H for an LSTM, 3H for a GRU. */
    public int gateColumns() {
        return gateMultipliers.length;
    }

    /** Accumulator chunks of one part (input or recurrent): {@code ceil(gateColumns / R)}. */
    public int gateChunks() {
        return (gateColumns() + rowBytes - 1) / rowBytes;
    }

    /** Hidden-state chunks: {@code ceil(H / R)}. */
    public int hiddenChunks() {
        return (units + rowBytes - 1) / rowBytes;
    }

    /** Cell-state chunks of {@code R / 2} int16 values: {@code ceil(H / (R/2))}. */
    public int cellChunks() {
        return (units + rowBytes / 2 - 1) / (rowBytes / 2);
    }

    /** A copy of the multipliers. */
    @Override
    public TwoTermMultiplier[] gateMultipliers() {
        return gateMultipliers.clone();
    }

    /** A copy of the input-side biases. */
    @Override
    public int[] kernelBias() {
        return kernelBias.clone();
    }

    /** A copy of the recurrent-side biases. */
    @Override
    public int[] recurrentBias() {
        return recurrentBias.clone();
    }

    @Override
    public long bytes() {
        return 32 + 17L * gateColumns();
    }
}
