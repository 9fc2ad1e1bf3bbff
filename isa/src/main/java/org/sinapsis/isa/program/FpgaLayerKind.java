// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/** How a layer's matrix work is laid onto the FPGA's tiled loop nest. */
public enum FpgaLayerKind {
    /** A convolution: output channels M, input channels N, output rows R and columns C, kernel K x K. */
    CONV,
    /** A fully connected layer as a 1x1 convolution over R = batch x rows positions. */
    DENSE,
    /**
     * One time step of an LSTM or GRU in matrix-vector form: M = gates x H outputs from N = F + H
     * inputs ({@code [x_t, h_{t-1}]}) at R = batch positions, repeated for T dependent steps, with
     * the gate math on the element-wise unit after each step.
     */
    RECURRENT
}
