// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Node;

/**
 * An LSTM or GRU node in integer arithmetic, after TFLite's integer LSTM: int8 matrix products,
 * int16 gate math. Hidden states are int8 at scale {@code 1/127} ({@code h} is in (-1, 1)); the
 * initial hidden and cell states are 0.
 *
 * <p>Per step t and gate column j (width {@code gates H}; LSTM gates i, f, g, o; GRU z, r, n),
 * with {@code x} the input codes at {@code inputScale} and {@code h} the previous hidden codes:
 * <pre>
 *   ax[j] = kernelBias[j]    + sum_f x[f] kernel[f, j]       (int32; depth F)
 *   ah[j] = recurrentBias[j] + sum_k h[k] recurrent[k, j]    (int32; depth H)
 * </pre>
 * {@code kernelBias[j] = quantizeBias(bias_j, inputScale kernelScales[j], F)};
 * {@code recurrentBias[j] = quantizeBias(recurrentBias_j, recurrentScales[j] / 127, H)} for a GRU,
 * 0 for an LSTM. {@code gateMultipliers[j] = TwoTermMultiplier.of(inputScale kernelScales[j] 4096,
 * recurrentScales[j] / 127 * 4096)} maps both to Q3.12.
 *
 * <p>LSTM: {@code z_j = gatePreactivationQ12(ax[j], ah[j], m_j)} for all 4H columns;
 * {@code i, f, o = sigmoidQ15(z)}, {@code g = tanhQ15(z)}; {@code c = lstmCellQ12(f, c, i, g)}
 * (Q3.12, saturating at +-8); {@code h = lstmHiddenCode(o, c)}.
 *
 * <p>GRU: {@code z, r = sigmoidQ15(gatePreactivationQ12(ax, ah, m))} for the first 2H columns;
 * for a candidate column, the two parts are rounded separately,
 * {@code a_n = toQ12(ax, mantissaA, shift)} and {@code b_n = toQ12(ah, mantissaB, shift)}, then
 * {@code n = tanhQ15(gruCandidateQ12(a_n, r, b_n))} and {@code h = gruHiddenCode(z, n, h)}.
 *
 * <p>Not modelled: peepholes, projection layers, layer normalization, a calibrated hidden or cell
 * scale (TFLite calibrates both; here they are fixed at 1/127 and Q3.12).
 *
 * @param node the LSTM or GRU node
 * @param inputScale the scale of the input codes
 * @param kernel input weights {@code [F, gates H]} as int8 codes (copied)
 * @param kernelScales one scale per gate column of the kernel (copied)
 * @param recurrent recurrent weights {@code [H, gates H]} as int8 codes (copied)
 * @param recurrentScales one scale per gate column of the recurrent matrix (copied)
 * @param kernelBias int32 bias per gate column at scale {@code inputScale kernelScales[j]} (copied)
 * @param recurrentBias int32 bias per gate column at scale {@code recurrentScales[j] / 127}; zeros
 *     for an LSTM (copied)
 * @param gateMultipliers per gate column, the two multipliers to Q3.12 (copied)
 */
public record QuantizedRecurrentLayer(Node node, double inputScale, byte[] kernel, double[] kernelScales,
        byte[] recurrent, double[] recurrentScales, int[] kernelBias, int[] recurrentBias,
        TwoTermMultiplier[] gateMultipliers) implements QuantizedLayer {

    /** Validates the array lengths and copies the arrays. */
    public QuantizedRecurrentLayer {
        int columns = gateMultipliers.length;
        int features = node.inputShapes().get(0).dim(1);
        if (kernelScales.length != columns || recurrentScales.length != columns || kernelBias.length != columns
                || recurrentBias.length != columns || kernel.length != (long) features * columns
                || recurrent.length != (long) columns / (node.layer() instanceof Lstm ? 4 : 3) * columns) {
            throw new IllegalArgumentException("layer '" + node.name()
                    + "': the quantized arrays do not fit its shapes");
        }
        kernel = kernel.clone();
        kernelScales = kernelScales.clone();
        recurrent = recurrent.clone();
        recurrentScales = recurrentScales.clone();
        kernelBias = kernelBias.clone();
        recurrentBias = recurrentBias.clone();
        gateMultipliers = gateMultipliers.clone();
    }

    /** Whether the node is an LSTM (else a GRU). */
    public boolean lstm() {
        return node.layer() instanceof Lstm;
    }

    /** Hidden width H. */
    public int units() {
        return gateMultipliers.length / (lstm() ? 4 : 3);
    }

    /** {@link Int8Arithmetic#UNIT_SCALE}: the scale of the hidden-state codes. */
    @Override
    public double outputScale() {
        return Int8Arithmetic.UNIT_SCALE;
    }

    /** A copy of the kernel codes. */
    @Override
    public byte[] kernel() {
        return kernel.clone();
    }

    /** A copy of the kernel's per-column scales. */
    @Override
    public double[] kernelScales() {
        return kernelScales.clone();
    }

    /** A copy of the recurrent codes. */
    @Override
    public byte[] recurrent() {
        return recurrent.clone();
    }

    /** A copy of the recurrent matrix's per-column scales. */
    @Override
    public double[] recurrentScales() {
        return recurrentScales.clone();
    }

    /** A copy of the input-side int32 biases. */
    @Override
    public int[] kernelBias() {
        return kernelBias.clone();
    }

    /** A copy of the recurrent-side int32 biases. */
    @Override
    public int[] recurrentBias() {
        return recurrentBias.clone();
    }

    /** A copy of the per-column multipliers. */
    @Override
    public TwoTermMultiplier[] gateMultipliers() {
        return gateMultipliers.clone();
    }
}
