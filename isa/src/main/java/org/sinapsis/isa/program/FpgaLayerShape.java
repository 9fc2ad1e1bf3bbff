// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/**
 * A layer's matrix work in the loop nest the FPGA tiles (Zhang et al., FPGA 2015, Code 1): for
 * each of {@code batch x groups} instances (and {@code timesteps} dependent steps),
 * <pre>
 * for row < R, col < C, to < M, ti < N, i < Kh, j < Kw:
 *   out[to][row][col] += w[to][ti][i][j] * in[ti][Sh row + i - padH][Sw col + j - padW]
 * </pre>
 * with the input {@code N x H x W} and zero padding outside it. Dense layers are 1x1 convolutions
 * over {@code R = batch x rows} positions (so weights are reused across the batch), recurrent
 * steps the same with {@code N = F + H}: the step's whole input vector {@code [x_t, h_{t-1}]} stays
 * on chip for all output-channel tiles, {@code x_t} loaded from DDR and {@code h_{t-1}} left there
 * by the previous step, and the gate pre-activations go to the element-wise unit, which writes
 * {@code h_t} back.
 *
 * @param kind how the layer maps onto the nest
 * @param batch examples per batch (1 for Dense and recurrent layers, whose batch is in R)
 * @param groups convolution groups, each an independent instance with its own weights
 * @param timesteps dependent steps of a recurrent layer, 1 otherwise
 * @param outChannels M, output channels per group (gate columns for a recurrent step)
 * @param inChannels N, input channels per group (features, or F + H for a recurrent step)
 * @param outRows R
 * @param outCols C
 * @param kernelH Kh
 * @param kernelW Kw
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH zero rows above and below the input
 * @param padW zero columns left and right of the input
 * @param inRows H, input rows
 * @param inCols W, input columns
 * @param recurrentUnits the hidden width H of a recurrent layer (its last H input channels are
 *     {@code h_{t-1}}, on chip), 0 for other layers
 */
public record FpgaLayerShape(FpgaLayerKind kind, int batch, int groups, int timesteps, int outChannels,
        int inChannels, int outRows, int outCols, int kernelH, int kernelW, int strideH, int strideW, int padH,
        int padW, int inRows, int inCols, int recurrentUnits) {

    /** Validates the extents and that R and C follow from the input, kernel, stride and padding. */
    public FpgaLayerShape {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
        if (batch < 1 || groups < 1 || timesteps < 1 || outChannels < 1 || inChannels < 1 || outRows < 1
                || outCols < 1 || kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || inRows < 1
                || inCols < 1) {
            throw new IllegalArgumentException("every extent, stride and count must be >= 1");
        }
        if (padH < 0 || padW < 0) {
            throw new IllegalArgumentException("padding must be >= 0");
        }
        if ((inRows + 2 * padH - kernelH) / strideH + 1 != outRows
                || (inCols + 2 * padW - kernelW) / strideW + 1 != outCols) {
            throw new IllegalArgumentException("out_rows x out_cols " + outRows + "x" + outCols
                    + " does not follow from the input " + inRows + "x" + inCols + ", kernel " + kernelH + "x"
                    + kernelW + ", stride " + strideH + "x" + strideW + " and padding " + padH + "x" + padW);
        }
        if (kind != FpgaLayerKind.CONV && (kernelH != 1 || kernelW != 1 || groups != 1 || batch != 1)) {
            throw new IllegalArgumentException(kind + " layers are 1x1, ungrouped, with the batch in R");
        }
        if (kind != FpgaLayerKind.RECURRENT && (timesteps != 1 || recurrentUnits != 0)) {
            throw new IllegalArgumentException("only recurrent layers have time steps and recurrent units");
        }
        if (kind == FpgaLayerKind.RECURRENT && (recurrentUnits < 1 || recurrentUnits >= inChannels
                || outChannels != 3 * recurrentUnits && outChannels != 4 * recurrentUnits)) {
            throw new IllegalArgumentException("a recurrent step has N = F + H inputs with 0 < H < N and M = 3H "
                    + "(GRU) or 4H (LSTM) gate columns");
        }
    }

    /**
     * The shape of {@code node}'s matrix work for a batch of {@code batch}.
     *
     * @throws IllegalArgumentException for a node without matrix work (pooling, activations...)
     */
    public static FpgaLayerShape of(Node node, int batch) {
        if (node.layer() instanceof Conv2D c) {
            TensorShape in = node.inputShapes().get(0);
            TensorShape out = node.outputShape();
            return new FpgaLayerShape(FpgaLayerKind.CONV, batch, c.groups(), 1, c.outChannels() / c.groups(),
                    in.dim(0) / c.groups(), out.dim(1), out.dim(2), c.kernelH(), c.kernelW(), c.strideH(), c.strideW(),
                    c.padH(), c.padW(), in.dim(1), in.dim(2), 0);
        }
        if (node.layer() instanceof Dense d) {
            TensorShape in = node.inputShapes().get(0);
            int rows = Math.toIntExact(batch * (in.elements() / in.last()));
            return new FpgaLayerShape(FpgaLayerKind.DENSE, 1, 1, 1, d.units(), in.last(), rows, 1, 1, 1, 1, 1, 0, 0,
                    rows, 1, 0);
        }
        int units;
        int gates;
        if (node.layer() instanceof Lstm l) {
            units = l.units();
            gates = 4;
        } else if (node.layer() instanceof Gru g) {
            units = g.units();
            gates = 3;
        } else {
            throw new IllegalArgumentException("node '" + node.name() + "' (" + node.layer().kind()
                    + ") has no matrix work for the PE array");
        }
        TensorShape in = node.inputShapes().get(0);
        return new FpgaLayerShape(FpgaLayerKind.RECURRENT, 1, 1, in.dim(0), gates * units, in.dim(1) + units, batch, 1,
                1, 1, 1, 1, 0, 0, batch, 1, units);
    }

    /** Multiply-accumulates of the whole layer: {@code batch groups T M N R C Kh Kw}. */
    public long macs() {
        return (long) batch * groups * timesteps * outChannels * inChannels * outRows * outCols * kernelH * kernelW;
    }

    /** Weight values of the layer: {@code groups M N Kh Kw}. */
    public long weightValues() {
        return (long) groups * outChannels * inChannels * kernelH * kernelW;
    }

    /** Input rows a tile of {@code tr} output rows reads, padding included: {@code (tr - 1) Sh + Kh}. */
    public int inputTileRows(int tr) {
        return (tr - 1) * strideH + kernelH;
    }

    /** Input columns a tile of {@code tc} output columns reads, padding included: {@code (tc - 1) Sw + Kw}. */
    public int inputTileCols(int tc) {
        return (tc - 1) * strideW + kernelW;
    }

    /**
     * Input rows of the window of the output rows {@code [row0, row0 + tr)} that lie inside the
     * input (the padding rows are zeros made on chip, never loaded).
     */
    public int loadedRows(int row0, int tr) {
        int first = row0 * strideH - padH;
        int last = first + inputTileRows(tr);
        return Math.max(0, Math.min(last, inRows) - Math.max(first, 0));
    }

    /** Input columns of the window of the output columns {@code [col0, col0 + tc)} inside the input. */
    public int loadedCols(int col0, int tc) {
        int first = col0 * strideW - padW;
        int last = first + inputTileCols(tc);
        return Math.max(0, Math.min(last, inCols) - Math.max(first, 0));
    }

    /** {@code M=96 N=3 R=55 C=55 K=11x11 S=4} and the instance counts that are not 1. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("M=").append(outChannels).append(" N=").append(inChannels).append(" R=").append(outRows)
                .append(" C=").append(outCols);
        if (kernelH != 1 || kernelW != 1) {
            sb.append(" K=").append(kernelH).append('x').append(kernelW);
        }
        if (strideH != 1 || strideW != 1) {
            sb.append(" S=").append(strideH == strideW ? String.valueOf(strideH) : strideH + "x" + strideW);
        }
        if (padH != 0 || padW != 0) {
            sb.append(" pad=").append(padH == padW ? String.valueOf(padH) : padH + "x" + padW);
        }
        if (batch != 1) {
            sb.append(" batch=").append(batch);
        }
        if (groups != 1) {
            sb.append(" groups=").append(groups);
        }
        if (timesteps != 1) {
            sb.append(" T=").append(timesteps);
        }
        return sb.toString();
    }
}
