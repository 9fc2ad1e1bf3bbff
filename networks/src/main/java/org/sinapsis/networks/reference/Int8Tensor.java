// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import org.sinapsis.networks.ir.TensorShape;

/**
 * A batch of int8 codes at one scale, laid out like {@link Tensor}: code q stands for
 * {@code q * scale}. This is what an int8 machine must reproduce bit for bit.
 *
 * <p>The array is not copied; every class of this package treats it as read-only. Equality
 * compares batch, shape, scale and codes.
 *
 * @param batch number of examples, at least 1
 * @param shape the per-example shape
 * @param codes {@code batch * shape.elements()} codes
 * @param scale the real value of code 1, positive
 */
public record Int8Tensor(int batch, TensorShape shape, byte[] codes, double scale) {

    /** Validates the batch, the number of codes and the scale. */
    public Int8Tensor {
        if (batch < 1 || shape == null || codes == null || batch * shape.elements() != codes.length) {
            throw new IllegalArgumentException("an int8 tensor of batch " + batch + " and shape " + shape + " needs "
                    + (shape == null ? "?" : batch * shape.elements()) + " codes, got "
                    + (codes == null ? "none" : codes.length));
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("an int8 tensor needs a positive finite scale, got " + scale);
        }
    }

    /** The real values {@code (float) (q * scale)}. */
    public Tensor dequantize() {
        float[] values = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = (float) (codes[i] * scale);
        }
        return new Tensor(batch, shape, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Int8Tensor t && t.batch == batch && t.shape.equals(shape)
                && Double.compare(t.scale, scale) == 0 && Arrays.equals(t.codes, codes);
    }

    @Override
    public int hashCode() {
        return ((31 * batch + shape.hashCode()) * 31 + Double.hashCode(scale)) * 31 + Arrays.hashCode(codes);
    }

    /** {@code Int8Tensor[batch=2, shape=[10], scale=0.0123]}; the codes are left out. */
    @Override
    public String toString() {
        return "Int8Tensor[batch=" + batch + ", shape=" + shape + ", scale=" + scale + "]";
    }
}
