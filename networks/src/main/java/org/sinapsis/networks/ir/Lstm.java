// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * Long short-term memory layer over a {@code [T, F]} sequence with {@code H = units}, starting
 * from zero hidden and cell state.
 *
 * <p>Per step: {@code z = x_t kernel + h_{t-1} recurrent + bias} (width 4H, gate order i, f, g,
 * o as in Keras), {@code i = sigmoid(z_i), f = sigmoid(z_f), g = tanh(z_g), o = sigmoid(z_o)},
 * {@code c_t = f * c_{t-1} + i * g}, {@code h_t = o * tanh(c_t)}. Parameters:
 * {@code kernel [F, 4H]}, {@code recurrent [H, 4H]}, {@code bias [4H]}. Output {@code [T, H]}
 * when {@code returnSequences}, else the last {@code h_T} as {@code [H]}. Loop nest: {@code N =
 * batch, T, M = 4H, C = F + H}: the fused gate product; the element-wise gate math is vector work
 * on top.
 *
 * @param units hidden width H
 * @param returnSequences whether to return every step's hidden state or only the last
 */
public record Lstm(int units, boolean returnSequences) implements Layer {

    /** Validates the configuration. */
    public Lstm {
        Recurrence.checkUnits("LSTM", units);
    }

    @Override
    public String kind() {
        return "LSTM";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.RECURRENT;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Recurrence.outputShape(kind(), inputs, units, returnSequences);
    }

    @Override
    public List<ParameterSpec> parameters(List<TensorShape> inputs) {
        int f = inputs.get(0).dim(1);
        return List.of(
                new ParameterSpec("kernel", TensorShape.of(f, 4 * units)),
                new ParameterSpec("recurrent", TensorShape.of(units, 4 * units)),
                new ParameterSpec("bias", TensorShape.of(4 * units)));
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return Recurrence.loops(inputs, units, 4, batch);
    }

    @Override
    public String describe() {
        return units + (returnSequences ? " sequences" : " last");
    }
}
