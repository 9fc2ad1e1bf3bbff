// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

/**
 * The scalar arguments of a {@link NetworkKernel} launch: indices into a launch's row of the
 * kernel's {@code params} table, which holds {@value #COUNT_OF} values per launch (0 where the
 * operation ignores one). Offsets and strides count floats. Plain {@code int} constants, because
 * the kernel reads them and javac inlines constants where Aparapi could not read a field of
 * another class.
 */
final class Param {
    /** The operation ({@code NetworkKernel.OP_*}). */
    static final int OP = 0;
    /** Work items that do something: elements, rows or output values, by operation. */
    static final int COUNT = 1;
    /** Offset of the (first) source in its buffer. */
    static final int SRC = 2;
    /** Offset of the second source ({@code Add}). */
    static final int SRC2 = 3;
    /** Offset of the destination in its buffer. */
    static final int DST = 4;
    /** Activation function: {@link NetworkKernel#RELU}, {@link NetworkKernel#SIGMOID}, {@link NetworkKernel#TANH}. */
    static final int FUNCTION = 5;
    /** Softmax row width. */
    static final int WIDTH = 6;
    /** GEMM rows of C. */
    static final int M = 7;
    /** GEMM columns of C (per instance). */
    static final int N = 8;
    /** GEMM inner dimension. */
    static final int K = 9;
    /** Offset of A in the arena. */
    static final int A_OFFSET = 10;
    /** Row stride of a dense A. */
    static final int A_ROW_STRIDE = 11;
    /** Offset of B in the weights. */
    static final int B_OFFSET = 12;
    /** 1 when B is stored transposed ({@code [N, K]}, a convolution's filters), else 0 ({@code [K, N]}). */
    static final int B_TRANSPOSED = 13;
    /** Offset of the bias in the weights, or -1 for none. */
    static final int BIAS_OFFSET = 14;
    /** Offset of C in the arena. */
    static final int C_OFFSET = 15;
    /** Row stride of a row-major C. */
    static final int C_ROW_STRIDE = 16;
    /** 1 to apply ReLU to C (a fused activation), else 0. */
    static final int RELU_EPILOGUE = 17;
    /** 1 when A is gathered from a [C, H, W] input by convolution windows (implicit im2col), else 0. */
    static final int GATHER_CONV = 18;
    /** 1 when C is written as [batch, channels, pixels] (a convolution's output), else row-major. */
    static final int OUTPUT_NCHW = 19;
    /** Input channels per group. */
    static final int CHANNELS_PER_GROUP = 20;
    /** Input height. */
    static final int IN_HEIGHT = 21;
    /** Input width. */
    static final int IN_WIDTH = 22;
    /** Window height. */
    static final int KERNEL_H = 23;
    /** Window width. */
    static final int KERNEL_W = 24;
    /** Vertical stride. */
    static final int STRIDE_H = 25;
    /** Horizontal stride. */
    static final int STRIDE_W = 26;
    /** Rows of padding above and below. */
    static final int PAD_H = 27;
    /** Columns of padding left and right. */
    static final int PAD_W = 28;
    /** Output height. */
    static final int OUT_HEIGHT = 29;
    /** Output width. */
    static final int OUT_WIDTH = 30;
    /** Floats per example of the input (channels x height x width). */
    static final int IN_EXAMPLE_STRIDE = 31;
    /** Output channels of the whole layer. */
    static final int OUT_CHANNELS = 32;
    /** Output channels per group (the GEMM's N). */
    static final int OUT_CHANNELS_PER_GROUP = 33;
    /** 1 for max pooling, 0 for average pooling. */
    static final int POOL_MAX = 34;
    /** Recurrent hidden width H. */
    static final int UNITS = 35;
    /** Recurrent time steps T. */
    static final int STEPS = 36;
    /** The time step a recurrent cell launch computes. */
    static final int TIME_STEP = 37;
    /** Offset of the input projection {@code [batch T, gates H]}. */
    static final int PROJ_OFFSET = 38;
    /** Offset of the recurrent product {@code [batch, gates H]}. */
    static final int REC_OFFSET = 39;
    /** Offset of the LSTM cell state {@code [batch, H]}. */
    static final int CELL_OFFSET = 40;
    /** Offset of the hidden state {@code [batch, H]}. */
    static final int HIDDEN_OFFSET = 41;
    /** Offset of the output sequence {@code [batch, T, H]}. */
    static final int SEQ_OFFSET = 42;
    /** 1 when every step's hidden state is written to the output sequence. */
    static final int RETURN_SEQUENCES = 43;
    /** Offset of an embedding table in the weights. */
    static final int TABLE_OFFSET = 44;
    /** Values per launch. */
    static final int COUNT_OF = 45;

    private Param() {
    }
}
