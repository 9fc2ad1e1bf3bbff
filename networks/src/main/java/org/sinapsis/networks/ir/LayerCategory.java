// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/** What kind of hardware work a layer is, for census and scheduling. */
public enum LayerCategory {
    /** A network input; no work. */
    INPUT,
    /** Convolution: matrix work with weight reuse across output pixels. */
    CONV,
    /** Fully connected (Dense): matrix work. */
    FC,
    /** Recurrent cell (LSTM, GRU): one fused gate matrix product plus element-wise gate math. */
    RECURRENT,
    /** Pooling over spatial windows. */
    POOL,
    /** Element-wise work: activations, residual additions. */
    VECTOR,
    /** Reshapes that move no data on a real machine (Flatten). */
    RESHAPE,
    /** Table lookups (Embedding). */
    LOOKUP
}
