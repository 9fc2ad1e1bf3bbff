// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * Looks up a row of a table for every token id of a {@code [T]} input, giving {@code [T, D]}.
 * Token ids are carried as exact integers in the input tensor; an id outside
 * {@code [0, vocabularySize)} is an error at run time.
 *
 * <p>Parameters: {@code table [vocabularySize, dimensions]}. Loop nest: {@code N = batch, T,
 * C = dimensions}.
 *
 * @param vocabularySize number of distinct token ids
 * @param dimensions width D of each embedding vector
 */
public record Embedding(int vocabularySize, int dimensions) implements Layer {

    /** Validates the configuration. */
    public Embedding {
        if (vocabularySize < 1 || dimensions < 1) {
            throw new IllegalArgumentException("Embedding vocabulary size and dimensions must be >= 1");
        }
    }

    @Override
    public String kind() {
        return "Embedding";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.LOOKUP;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape in = inputs.get(0);
        if (in.rank() != 1) {
            throw new IllegalArgumentException("Embedding needs a [T] input of token ids, got " + in);
        }
        return TensorShape.of(in.dim(0), dimensions);
    }

    @Override
    public List<ParameterSpec> parameters(List<TensorShape> inputs) {
        return List.of(new ParameterSpec("table", TensorShape.of(vocabularySize, dimensions)));
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return LoopBounds.builder().set(Dim.N, batch).set(Dim.T, output.dim(0)).set(Dim.C, dimensions).build();
    }

    @Override
    public String describe() {
        return vocabularySize + " x " + dimensions;
    }
}
