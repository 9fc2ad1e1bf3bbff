// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;
import java.util.List;
import org.sinapsis.networks.ir.TensorShape;

/**
 * A batch of fp32 examples, row-major with the batch outermost: example {@code n} occupies
 * {@code data[n * E, (n + 1) * E)} with {@code E = shape.elements()}, laid out in the shape's
 * order (outermost dimension first).
 *
 * <p>The array is not copied: a tensor shares it with whoever built it, and every class of this
 * package treats it as read-only. Callers must not modify {@code data} after building a tensor.
 * Equality compares the batch, the shape and the values ({@link Arrays#equals(float[], float[])}).
 *
 * @param batch number of examples, at least 1
 * @param shape the per-example shape
 * @param data {@code batch * shape.elements()} values
 */
public record Tensor(int batch, TensorShape shape, float[] data) {

    /** Validates the batch and the number of values. */
    public Tensor {
        if (batch < 1) {
            throw new IllegalArgumentException("a tensor needs a batch >= 1, got " + batch);
        }
        if (shape == null || data == null) {
            throw new IllegalArgumentException("a tensor needs a shape and data");
        }
        long expected = batch * shape.elements();
        if (expected != data.length) {
            throw new IllegalArgumentException("a tensor of batch " + batch + " and shape " + shape + " needs "
                    + expected + " values, got " + data.length);
        }
    }

    /** A batch of one example holding {@code values} (not copied). */
    public static Tensor of(TensorShape shape, float... values) {
        return new Tensor(1, shape, values);
    }

    /** A batch of zeros. */
    public static Tensor zeros(int batch, TensorShape shape) {
        long n = batch * shape.elements();
        if (batch < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot hold a tensor of batch " + batch + " and shape " + shape);
        }
        return new Tensor(batch, shape, new float[(int) n]);
    }

    /**
     * The examples of {@code parts}, in order, as one batch; every part must have the same shape.
     * The values are copied.
     */
    public static Tensor concat(List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        TensorShape shape = parts.get(0).shape();
        long total = 0;
        int batch = 0;
        for (Tensor t : parts) {
            if (!t.shape().equals(shape)) {
                throw new IllegalArgumentException("cannot concatenate shapes " + shape + " and " + t.shape());
            }
            total += t.data().length;
            batch += t.batch();
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the concatenation of " + total + " values is too large");
        }
        float[] data = new float[(int) total];
        int offset = 0;
        for (Tensor t : parts) {
            System.arraycopy(t.data(), 0, data, offset, t.data().length);
            offset += t.data().length;
        }
        return new Tensor(batch, shape, data);
    }

    /** Values per example, {@code shape.elements()}. */
    public int exampleSize() {
        return (int) shape.elements();
    }

    /** Example {@code n} as a batch of one (values copied). */
    public Tensor example(int n) {
        return examples(n, 1);
    }

    /** Examples {@code [from, from + count)} as a batch of {@code count} (values copied). */
    public Tensor examples(int from, int count) {
        if (from < 0 || count < 1 || from + count > batch) {
            throw new IndexOutOfBoundsException("examples [" + from + ", " + (from + count) + ") of a batch of "
                    + batch);
        }
        int e = exampleSize();
        return new Tensor(count, shape, Arrays.copyOfRange(data, from * e, (from + count) * e));
    }

    /**
     * The value of example {@code n} at {@code index} (one index per dimension, outermost first).
     *
     * @throws IndexOutOfBoundsException when an index is outside the shape
     */
    public float get(int n, int... index) {
        return data[offset(n, index)];
    }

    /** Flat position of example {@code n} at {@code index} in {@link #data()}. */
    int offset(int n, int... index) {
        if (n < 0 || n >= batch) {
            throw new IndexOutOfBoundsException("example " + n + " of a batch of " + batch);
        }
        if (index.length != shape.rank()) {
            throw new IndexOutOfBoundsException("shape " + shape + " needs " + shape.rank() + " indices, got "
                    + index.length);
        }
        int flat = 0;
        for (int d = 0; d < index.length; d++) {
            if (index[d] < 0 || index[d] >= shape.dim(d)) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " is outside " + shape);
            }
            flat = flat * shape.dim(d) + index[d];
        }
        return n * exampleSize() + flat;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && t.batch == batch && t.shape.equals(shape) && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return (31 * batch + shape.hashCode()) * 31 + Arrays.hashCode(data);
    }

    /** {@code Tensor[batch=2, shape=[3, 4]]}; the values are left out. */
    @Override
    public String toString() {
        return "Tensor[batch=" + batch + ", shape=" + shape + "]";
    }
}
