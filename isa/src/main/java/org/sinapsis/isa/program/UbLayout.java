// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * How a tensor's elements sit in Unified Buffer rows (see {@link UbTensor}). With
 * {@code R = rowBytes}, channel {@code c} of a chunked layout is in chunk {@code c / R}, column
 * {@code c % R}.
 */
public enum UbLayout {
    /**
     * One row per pixel and channel chunk, examples outermost inside a chunk:
     * {@code row = ((chunk N + n) H + y) W + x}. Convolution inputs and outputs; a vector of F
     * features is the {@code F x 1 x 1} case, so chunk k of all examples is contiguous.
     */
    PIXEL_MAJOR,
    /**
     * A sequence {@code [T, F]} stored as {@code F x T x 1}, steps outside examples:
     * {@code row = (chunk T + t) N + n}, so the rows of one step of all examples are contiguous.
     */
    STEP_MAJOR,
    /**
     * Each example's bytes packed densely, pixel-major with channels inside
     * ({@code offset = (y W + x) C + c}), an example starting on a fresh row. For inputs with few
     * channels, where a chunked layout would leave most of each row empty.
     */
    PACKED
}
