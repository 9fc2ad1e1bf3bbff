// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/**
 * How {@link Quantizer} chooses scales.
 *
 * @param perChannelWeights one weight scale per output channel (Dense unit, Conv2D filter, LSTM or
 *     GRU gate column) when true, one per weight tensor when false
 * @param clipPercentile the activation range of a calibrated tensor is this percentile of
 *     {@code |x|} over all its calibration values (nearest rank: the {@code ceil(p/100 n)}-th
 *     smallest); 100 is the absolute maximum, computed in one streaming pass, while a lower
 *     percentile keeps every calibration value of the calibrated tensors in memory to sort them.
 *     In {@code (0, 100]}
 */
public record QuantizationConfig(boolean perChannelWeights, double clipPercentile) {

    /** Validates the percentile. */
    public QuantizationConfig {
        if (!(clipPercentile > 0 && clipPercentile <= 100)) {
            throw new IllegalArgumentException("the clip percentile must be in (0, 100], got " + clipPercentile);
        }
    }

    /** Per-channel weights, absolute-maximum calibration. */
    public static QuantizationConfig defaults() {
        return new QuantizationConfig(true, 100);
    }

    /** Absolute-maximum calibration with per-channel or per-tensor weights. */
    public static QuantizationConfig absMax(boolean perChannelWeights) {
        return new QuantizationConfig(perChannelWeights, 100);
    }

    /** Percentile calibration (for example 99.99) with per-channel or per-tensor weights. */
    public static QuantizationConfig percentile(boolean perChannelWeights, double clipPercentile) {
        return new QuantizationConfig(perChannelWeights, clipPercentile);
    }
}
