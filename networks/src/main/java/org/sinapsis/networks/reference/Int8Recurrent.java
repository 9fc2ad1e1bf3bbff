// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.TensorShape;

/**
 * LSTM and GRU in integer arithmetic, exactly as {@link QuantizedRecurrentLayer} specifies: the
 * input part of every step is one int8 GEMM over all {@code batch T} rows, the recurrent part one
 * GEMM per step over the batch's hidden codes, and the gate math goes through
 * {@link Int8Arithmetic}.
 */
final class Int8Recurrent implements Int8Op {
    private final boolean lstm;
    private final int units;
    private final int steps;
    private final int features;
    private final boolean returnSequences;
    private final TensorShape outputShape;
    private final int[][][] packedKernel;
    private final int[][][] packedRecurrent;
    private final int[] kernelBias;
    private final int[] recurrentBias;
    private final TwoTermMultiplier[] multipliers;

    Int8Recurrent(QuantizedRecurrentLayer layer) {
        TensorShape in = layer.node().inputShapes().get(0);
        steps = in.dim(0);
        features = in.dim(1);
        lstm = layer.lstm();
        units = layer.units();
        returnSequences = layer.node().layer() instanceof Lstm l ? l.returnSequences()
                : ((Gru) layer.node().layer()).returnSequences();
        outputShape = layer.node().outputShape();
        int columns = layer.gateMultipliers().length;
        packedKernel = Int8Gemm.pack(layer.kernel(), 0, features, columns, columns, 1);
        packedRecurrent = Int8Gemm.pack(layer.recurrent(), 0, units, columns, columns, 1);
        kernelBias = layer.kernelBias();
        recurrentBias = layer.recurrentBias();
        multipliers = layer.gateMultipliers();
    }

    @Override
    public Int8Tensor apply(Int8Tensor[] inputs, ParallelTasks tasks) {
        Int8Tensor x = inputs[0];
        int batch = x.batch();
        int h = units;
        int columns = multipliers.length;
        int[] fromInput = product(x.codes(), batch * steps, features, packedKernel, kernelBias, tasks);
        byte[] hidden = new byte[batch * h];
        int[] cell = new int[batch * h];
        byte[] out = new byte[returnSequences ? batch * steps * h : batch * h];
        for (int t = 0; t < steps; t++) {
            int[] fromHidden = product(hidden, batch, h, packedRecurrent, recurrentBias, tasks);
            for (int b = 0; b < batch; b++) {
                int a = (b * steps + t) * columns;
                int r = b * columns;
                for (int j = 0; j < h; j++) {
                    int s = b * h + j;
                    hidden[s] = (byte) (lstm ? lstmStep(fromInput, a, fromHidden, r, j, cell, s)
                            : gruStep(fromInput, a, fromHidden, r, j, hidden[s]));
                }
                if (returnSequences) {
                    System.arraycopy(hidden, b * h, out, (b * steps + t) * h, h);
                }
            }
        }
        if (!returnSequences) {
            System.arraycopy(hidden, 0, out, 0, out.length);
        }
        return new Int8Tensor(batch, outputShape, out, Int8Arithmetic.UNIT_SCALE);
    }

    private int lstmStep(int[] ax, int a, int[] ah, int r, int j, int[] cell, int s) {
        int h = units;
        int i = Int8Arithmetic.sigmoidQ15(gate(ax, a, ah, r, j));
        int f = Int8Arithmetic.sigmoidQ15(gate(ax, a, ah, r, h + j));
        int g = Int8Arithmetic.tanhQ15(gate(ax, a, ah, r, 2 * h + j));
        int o = Int8Arithmetic.sigmoidQ15(gate(ax, a, ah, r, 3 * h + j));
        cell[s] = Int8Arithmetic.lstmCellQ12(f, cell[s], i, g);
        return Int8Arithmetic.lstmHiddenCode(o, cell[s]);
    }

    private int gruStep(int[] ax, int a, int[] ah, int r, int j, int previous) {
        int h = units;
        int z = Int8Arithmetic.sigmoidQ15(gate(ax, a, ah, r, j));
        int reset = Int8Arithmetic.sigmoidQ15(gate(ax, a, ah, r, h + j));
        TwoTermMultiplier m = multipliers[2 * h + j];
        int inputPart = Int8Arithmetic.toQ12(ax[a + 2 * h + j], m.mantissaA(), m.shift());
        int recurrentPart = Int8Arithmetic.toQ12(ah[r + 2 * h + j], m.mantissaB(), m.shift());
        int n = Int8Arithmetic.tanhQ15(Int8Arithmetic.gruCandidateQ12(inputPart, reset, recurrentPart));
        return Int8Arithmetic.gruHiddenCode(z, n, previous);
    }

    private int gate(int[] ax, int a, int[] ah, int r, int column) {
        return Int8Arithmetic.gatePreactivationQ12(ax[a + column], ah[r + column], multipliers[column]);
    }

    private static int[] product(byte[] x, int rows, int depth, int[][][] packed, int[] bias, ParallelTasks tasks) {
        int columns = bias.length;
        int[] acc = new int[rows * columns];
        Int8Gemm.multiply(x, rows, depth, packed, bias, tasks,
                (row, col0, values, width) -> System.arraycopy(values, 0, acc, row * columns + col0, width));
        return acc;
    }
}
