// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/**
 * Loop dimensions of a layer's nest, in Timeloop's naming (see {@code package-info.java}).
 *
 * <p>{@code M} is the number of <em>output channels</em> (Timeloop v0.4), not the rows of the
 * GEMM view; {@link GemmView} uses lower-case {@code m, n, k} for its rows, columns and depth.
 */
public enum Dim {
    /** Batch: examples, times output rows for Dense on sequences. */
    N,
    /** Groups of a grouped (or depthwise) convolution. */
    G,
    /** Output channels (filters) per group; gate units for recurrent layers. */
    M,
    /** Input channels per group; reduction length for Dense and recurrent layers. */
    C,
    /** Filter (window) height. */
    R,
    /** Filter (window) width. */
    S,
    /** Output height. */
    P,
    /** Output width. */
    Q,
    /** Time steps of a recurrent layer, run one after another. */
    T
}
