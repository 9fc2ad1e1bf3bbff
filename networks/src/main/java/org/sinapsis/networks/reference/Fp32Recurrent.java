// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/**
 * LSTM and GRU in fp32, following the equations on {@link Lstm} and {@link Gru}.
 *
 * <p>The input projection {@code x_t kernel + bias} of every step is one GEMM over all
 * {@code batch T} rows; each step then multiplies the batch's hidden states by the recurrent
 * matrix (a second GEMM) and applies the gate math element by element.
 */
final class Fp32Recurrent implements Fp32Op {
    private final boolean lstm;
    private final int units;
    private final int steps;
    private final int features;
    private final boolean returnSequences;
    private final TensorShape outputShape;
    private final Fp32Gemm kernel;
    private final Fp32Gemm recurrent;
    private final float[] bias;
    private final float[] recurrentBias;

    Fp32Recurrent(Node node, NetworkParameters parameters) {
        TensorShape in = node.inputShapes().get(0);
        steps = in.dim(0);
        features = in.dim(1);
        outputShape = node.outputShape();
        if (node.layer() instanceof Lstm l) {
            lstm = true;
            units = l.units();
            returnSequences = l.returnSequences();
            recurrentBias = null;
        } else {
            Gru g = (Gru) node.layer();
            lstm = false;
            units = g.units();
            returnSequences = g.returnSequences();
            recurrentBias = parameters.view(node.name(), "recurrentBias");
        }
        int width = (lstm ? 4 : 3) * units;
        kernel = new Fp32Gemm(parameters.view(node.name(), "kernel"), features, width);
        recurrent = new Fp32Gemm(parameters.view(node.name(), "recurrent"), units, width);
        bias = parameters.view(node.name(), "bias");
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        Tensor x = inputs[0];
        int batch = x.batch();
        int h = units;
        int width = kernel.columns();
        float[] projected = kernel.multiply(x.data(), batch * steps, bias, tasks);
        float[] hidden = new float[batch * h];
        float[] cell = new float[batch * h];
        float[] out = new float[returnSequences ? batch * steps * h : batch * h];
        for (int t = 0; t < steps; t++) {
            float[] fromHidden = recurrent.multiply(hidden, batch, recurrentBias, tasks);
            for (int b = 0; b < batch; b++) {
                int a = (b * steps + t) * width;
                int r = b * width;
                for (int j = 0; j < h; j++) {
                    int s = b * h + j;
                    if (lstm) {
                        float i = Fp32Activation.sigmoid(projected[a + j] + fromHidden[r + j]);
                        float f = Fp32Activation.sigmoid(projected[a + h + j] + fromHidden[r + h + j]);
                        float g = Fp32Activation.tanh(projected[a + 2 * h + j] + fromHidden[r + 2 * h + j]);
                        float o = Fp32Activation.sigmoid(projected[a + 3 * h + j] + fromHidden[r + 3 * h + j]);
                        cell[s] = f * cell[s] + i * g;
                        hidden[s] = o * Fp32Activation.tanh(cell[s]);
                    } else {
                        float z = Fp32Activation.sigmoid(projected[a + j] + fromHidden[r + j]);
                        float reset = Fp32Activation.sigmoid(projected[a + h + j] + fromHidden[r + h + j]);
                        float n = Fp32Activation.tanh(projected[a + 2 * h + j] + reset * fromHidden[r + 2 * h + j]);
                        hidden[s] = (1 - z) * n + z * hidden[s];
                    }
                }
                if (returnSequences) {
                    System.arraycopy(hidden, b * h, out, (b * steps + t) * h, h);
                }
            }
        }
        if (!returnSequences) {
            System.arraycopy(hidden, 0, out, 0, out.length);
        }
        return new Tensor(batch, outputShape, out);
    }
}
