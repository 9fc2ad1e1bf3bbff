// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import org.sinapsis.networks.reference.FixedPointMultiplier;
import org.sinapsis.networks.reference.Int8Arithmetic;

/**
 * Activate for one chunk of output channels: for every row and column {@code j < width},
 * {@code y = Int8Arithmetic.requantize(acc + bias[j], multipliers[j])}, then {@code max(y, 0)}
 * when {@code relu} (a ReLU fused into the layer, as the int8 reference allows); columns from
 * {@code width} on are written as 0.
 *
 * @param width valid columns of the chunk
 * @param bias int32 bias per column (copied)
 * @param multipliers requantization multiplier per column (copied)
 * @param relu whether to clamp at 0
 */
public record ActivationConfig(int width, int[] bias, FixedPointMultiplier[] multipliers, boolean relu)
        implements TpuConfig {

    /** Validates the lengths and copies the arrays. */
    public ActivationConfig {
        if (width < 1 || bias.length != width || multipliers.length != width) {
            throw new IllegalArgumentException("an activation configuration needs width >= 1 and one bias and"
                    + " multiplier per column");
        }
        bias = bias.clone();
        multipliers = multipliers.clone();
    }

    /** The output code of accumulator value {@code acc} in column {@code j}. */
    public int apply(int acc, int j) {
        int y = Int8Arithmetic.requantize(acc + bias[j], multipliers[j]);
        return relu && y < 0 ? 0 : y;
    }

    /** A copy of the biases. */
    @Override
    public int[] bias() {
        return bias.clone();
    }

    /** A copy of the multipliers. */
    @Override
    public FixedPointMultiplier[] multipliers() {
        return multipliers.clone();
    }

    @Override
    public long bytes() {
        return 8 + 9L * width;
    }
}
