// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of one example's tensor, without the batch dimension.
 *
 * <p>Conventions: images are {@code [C, H, W]} (channels first), sequences are {@code [T, F]}
 * (time steps, features), token sequences are {@code [T]}, vectors are {@code [F]}.
 *
 * @param dims the extent of each dimension, outermost first; every extent is at least 1
 */
public record TensorShape(List<Integer> dims) {

    /** Validates and copies the dimensions. */
    public TensorShape {
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("a tensor shape needs at least one dimension");
        }
        for (Integer d : dims) {
            if (d == null || d < 1) {
                throw new IllegalArgumentException("tensor dimensions must be >= 1, got " + dims);
            }
        }
        dims = List.copyOf(dims);
    }

    /** A shape with the given extents, outermost first. */
    public static TensorShape of(int... dims) {
        List<Integer> list = new ArrayList<>(dims.length);
        for (int d : dims) {
            list.add(d);
        }
        return new TensorShape(list);
    }

    /** Number of dimensions. */
    public int rank() {
        return dims.size();
    }

    /** Extent of dimension {@code i} (0 = outermost). */
    public int dim(int i) {
        return dims.get(i);
    }

    /** Extent of the last (innermost) dimension. */
    public int last() {
        return dims.get(dims.size() - 1);
    }

    /** Number of elements of one example. */
    public long elements() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** This shape with the last dimension replaced by {@code extent}. */
    public TensorShape withLast(int extent) {
        List<Integer> list = new ArrayList<>(dims);
        list.set(list.size() - 1, extent);
        return new TensorShape(list);
    }

    /** {@code [1, 28, 28]}. */
    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
