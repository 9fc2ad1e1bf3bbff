// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * Gated recurrent unit over a {@code [T, F]} sequence with {@code H = units}, starting from a zero
 * hidden state; the "reset after" form of Keras ({@code reset_after=True}) and PyTorch.
 *
 * <p>Per step, with gate order z (update), r (reset), n (candidate):
 * {@code a = x_t kernel + bias}, {@code b = h_{t-1} recurrent + recurrentBias} (each width 3H),
 * {@code z = sigmoid(a_z + b_z)}, {@code r = sigmoid(a_r + b_r)},
 * {@code n = tanh(a_n + r * b_n)}, {@code h_t = (1 - z) * n + z * h_{t-1}}. Parameters:
 * {@code kernel [F, 3H]}, {@code recurrent [H, 3H]}, {@code bias [3H]},
 * {@code recurrentBias [3H]}. Output as {@link Lstm}'s. Loop nest: {@code N = batch, T, M = 3H,
 * C = F + H}.
 *
 * @param units hidden width H
 * @param returnSequences whether to return every step's hidden state or only the last
 */
public record Gru(int units, boolean returnSequences) implements Layer {

    /** Validates the configuration. */
    public Gru {
        Recurrence.checkUnits("GRU", units);
    }

    @Override
    public String kind() {
        return "GRU";
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
                new ParameterSpec("kernel", TensorShape.of(f, 3 * units)),
                new ParameterSpec("recurrent", TensorShape.of(units, 3 * units)),
                new ParameterSpec("bias", TensorShape.of(3 * units)),
                new ParameterSpec("recurrentBias", TensorShape.of(3 * units)));
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return Recurrence.loops(inputs, units, 3, batch);
    }

    @Override
    public String describe() {
        return units + (returnSequences ? " sequences" : " last");
    }
}
