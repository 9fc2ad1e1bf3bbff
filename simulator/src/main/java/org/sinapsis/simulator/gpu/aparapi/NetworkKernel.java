// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.Kernel;

/**
 * Every operation of a network as one Aparapi kernel: {@link #run()} dispatches on the launch's
 * operation ({@link Param#OP}) to the layer kernels below, and the fields are the kernel's
 * arguments.
 *
 * <p>One kernel class, because Aparapi binds an OpenCL buffer to each array field of each kernel
 * object: a network whose layers were separate kernel objects would copy every activation back
 * to the host and out again between layers. Here the {@link #arena} (every activation and
 * scratch value), the {@link #weights}, the {@link #input} batch, the {@link #output} batch and
 * the launch table {@link #params} are five buffers of one kernel object, created once; with
 * explicit buffer management the host
 * writes only the input and reads only the output of each batch, and the activations stay on
 * the device between layers.
 *
 * <p>Aparapi's limits shape the code (ecosystem.md section 5): no interface or lambda calls, no
 * {@code switch} (disabled in Aparapi 3.0.2 by default), no arrays passed to methods, no writes to
 * fields, local memory as fields named {@code *_$local$}, and no method longer than 32 KB of
 * bytecode (javac then jumps with {@code goto_w}, which Aparapi's parser rejects; the GEMM method
 * is 29 KB). Every operation guards its work-items ({@code if (i < count)}), because global sizes
 * are padded to whole work-groups. The scalar arguments of every launch sit in one table
 * ({@link #params}) written to the device once; a launch only sets {@link #launch}.
 *
 * <p>The GEMM ({@link #gemm(int)}) is tiled for local memory: a work-group of 8 x 8 work-items
 * computes a 64 x 128 tile of C, each work-item an 8 x 16 block held in registers; A and B are
 * staged through local memory 16 values of K at a time between two barriers. The 16 steps of
 * the inner product are written out: PoCL (the CPU OpenCL driver) vectorizes across work-items
 * only in straight-line code between barriers, Aparapi cannot emit {@code #pragma unroll}, and
 * a loop over the 16 steps ran 4 to 5 times slower there. The same kernel serves Dense layers
 * and the recurrent products (A dense in the arena, B {@code [K, N]} in the weights) and
 * convolutions (A gathered from the input by the convolution windows, implicit im2col; B the
 * filters {@code [M, C R S]} read transposed; C written as {@code [batch, M, P Q]}; the third
 * range dimension is the channel group).
 */
final class NetworkKernel extends Kernel {
    /** Copies {@link Param#COUNT} input values at {@link Param#SRC} to the arena at {@link Param#DST}. */
    static final int OP_COPY_IN = 1;
    /** Copies {@link Param#COUNT} arena values at {@link Param#SRC} to the output at {@link Param#DST}. */
    static final int OP_COPY_OUT = 2;
    /** Writes {@link Param#COUNT} zeros to the arena at {@link Param#DST}. */
    static final int OP_FILL_ZERO = 3;
    /** The tiled matrix multiply {@link #gemm(int)}. */
    static final int OP_GEMM = 4;
    /** An element-wise {@link Param#FUNCTION} of {@link Param#COUNT} values. */
    static final int OP_ACTIVATION = 5;
    /** Softmax of {@link Param#COUNT} rows of {@link Param#WIDTH} values. */
    static final int OP_SOFTMAX = 6;
    /** Element-wise sum of two arena ranges. */
    static final int OP_ADD = 7;
    /** Max or average pooling, one work-item per output value. */
    static final int OP_POOL = 8;
    /** Embedding lookup, one work-item per output value. */
    static final int OP_EMBEDDING = 9;
    /** One LSTM time step's gate math, one work-item per (example, unit). */
    static final int OP_LSTM_CELL = 10;
    /** One GRU time step's gate math, one work-item per (example, unit). */
    static final int OP_GRU_CELL = 11;

    /** {@link Param#FUNCTION} value: {@code max(0, x)}. */
    static final int RELU = 0;
    /** {@link Param#FUNCTION} value: {@code 1 / (1 + exp(-x))}. */
    static final int SIGMOID = 1;
    /** {@link Param#FUNCTION} value: {@code tanh(x)}. */
    static final int TANH = 2;

    /** GEMM work-group width and height, in work-items. */
    static final int TILE_THREADS = 8;
    /** Rows of C per GEMM work-group: 8 per work-item. */
    static final int TILE_ROWS = 64;
    /** Columns of C per GEMM work-group: 16 per work-item. */
    static final int TILE_COLS = 128;
    /** Values of K staged in local memory per step. */
    static final int TILE_K = 16;

    /** Every activation and scratch value of a batch, at offsets planned by {@link GpuLowering}. */
    float[] arena;
    /** Every parameter of the network, packed. */
    float[] weights;
    /** One batch of the network's inputs, written by the host before each batch. */
    float[] input;
    /** One batch of the network's outputs, read by the host after each batch. */
    float[] output;

    /** A's tile, K-major: {@code tileA[p * 64 + row]}. */
    final float[] tileA_$local$ = new float[TILE_K * TILE_ROWS];
    /** B's tile, K-major: {@code tileB[p * 128 + column]}. */
    final float[] tileB_$local$ = new float[TILE_K * TILE_COLS];

    /** Every launch's arguments, {@link Param#COUNT_OF} per launch, written to the device once. */
    int[] params;
    /** Which launch runs: its row of {@link #params}. The only argument that changes between launches. */
    int launch;

    /**
     * A kernel over the given buffers (not copied: Aparapi reads and writes these arrays).
     *
     * @param arena the activation arena
     * @param weights the packed parameters
     * @param input one batch of inputs
     * @param output one batch of outputs
     * @param params every launch's arguments, {@link Param#COUNT_OF} per launch
     */
    NetworkKernel(float[] arena, float[] weights, float[] input, float[] output, int[] params) {
        this.arena = arena;
        this.weights = weights;
        this.input = input;
        this.output = output;
        this.params = params;
    }

    /**
     * The kernel entry point: one work-item of the launch's operation. The GEMM's barrier loop is
     * reached by every launch (with no iterations unless the operation is a GEMM): a barrier inside
     * a branch makes PoCL duplicate the kernel's code after it, and compiling took minutes.
     */
    @Override
    public void run() {
        int launchBase = launch * Param.COUNT_OF;
        int op = params[launchBase + Param.OP];
        if (op == OP_ACTIVATION) {
            activation(launchBase);
        } else if (op == OP_POOL) {
            pool(launchBase);
        } else if (op == OP_ADD) {
            add(launchBase);
        } else if (op == OP_SOFTMAX) {
            softmax(launchBase);
        } else if (op == OP_LSTM_CELL) {
            lstmCell(launchBase);
        } else if (op == OP_GRU_CELL) {
            gruCell(launchBase);
        } else if (op == OP_EMBEDDING) {
            embedding(launchBase);
        } else if (op == OP_COPY_IN) {
            copyIn(launchBase);
        } else if (op == OP_COPY_OUT) {
            copyOut(launchBase);
        } else if (op == OP_FILL_ZERO) {
            fillZero(launchBase);
        }
        gemm(launchBase);
    }

    /**
     * The work-item's index in a one-dimensional operation: every launch has 8 x 8 work-groups
     * (one work-group shape, so PoCL compiles the kernel once), laid out 8 wide.
     */
    private int item() {
        return getGlobalId(1) * TILE_THREADS + getGlobalId(0);
    }

    private void copyIn(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int i = item();
        if (i < count) {
            arena[dst + i] = input[src + i];
        }
    }

    private void copyOut(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int i = item();
        if (i < count) {
            output[dst + i] = arena[src + i];
        }
    }

    private void fillZero(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int dst = params[launchBase + Param.DST];
        int i = item();
        if (i < count) {
            arena[dst + i] = 0f;
        }
    }

    private void add(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int src2 = params[launchBase + Param.SRC2];
        int dst = params[launchBase + Param.DST];
        int i = item();
        if (i < count) {
            arena[dst + i] = arena[src + i] + arena[src2 + i];
        }
    }

    private float sigmoid(float x) {
        return 1f / (1f + exp(-x));
    }

    private void activation(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int function = params[launchBase + Param.FUNCTION];
        int i = item();
        if (i < count) {
            float x = arena[src + i];
            float y = x;
            if (function == RELU) {
                y = x > 0f ? x : 0f;
            } else if (function == SIGMOID) {
                y = sigmoid(x);
            } else if (function == TANH) {
                y = tanh(x);
            }
            arena[dst + i] = y;
        }
    }

    /** One work-item per row: {@code exp(x - max) / sum exp(x - max)}. */
    private void softmax(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int width = params[launchBase + Param.WIDTH];
        int row = item();
        if (row < count) {
            int base = src + row * width;
            float rowMax = arena[base];
            for (int j = 1; j < width; j++) {
                rowMax = max(rowMax, arena[base + j]);
            }
            float sum = 0f;
            for (int j = 0; j < width; j++) {
                sum += exp(arena[base + j] - rowMax);
            }
            int out = dst + row * width;
            for (int j = 0; j < width; j++) {
                arena[out + j] = exp(arena[base + j] - rowMax) / sum;
            }
        }
    }

    /**
     * One work-item per output value; the window is read in row-major tap order, padding never
     * contributes, and an average divides by the taps inside the input.
     */
    private void pool(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int inHeight = params[launchBase + Param.IN_HEIGHT];
        int inWidth = params[launchBase + Param.IN_WIDTH];
        int kernelH = params[launchBase + Param.KERNEL_H];
        int kernelW = params[launchBase + Param.KERNEL_W];
        int strideH = params[launchBase + Param.STRIDE_H];
        int strideW = params[launchBase + Param.STRIDE_W];
        int padH = params[launchBase + Param.PAD_H];
        int padW = params[launchBase + Param.PAD_W];
        int outHeight = params[launchBase + Param.OUT_HEIGHT];
        int outWidth = params[launchBase + Param.OUT_WIDTH];
        int poolMax = params[launchBase + Param.POOL_MAX];
        int i = item();
        if (i < count) {
            int ox = i % outWidth;
            int rest = i / outWidth;
            int oy = rest % outHeight;
            int plane = rest / outHeight;
            int base = src + plane * inHeight * inWidth;
            float acc = poolMax == 1 ? -3.4028235E38f : 0f;
            boolean seen = false;
            int inside = 0;
            for (int r = 0; r < kernelH; r++) {
                int iy = oy * strideH - padH + r;
                if (iy >= 0 && iy < inHeight) {
                    for (int s = 0; s < kernelW; s++) {
                        int ix = ox * strideW - padW + s;
                        if (ix >= 0 && ix < inWidth) {
                            float v = arena[base + iy * inWidth + ix];
                            if (poolMax == 1) {
                                acc = seen ? max(acc, v) : v;
                            } else {
                                acc += v;
                            }
                            seen = true;
                            inside++;
                        }
                    }
                }
            }
            arena[dst + i] = poolMax == 1 ? acc : acc / inside;
        }
    }

    /** One work-item per output value: {@code out[t, d] = table[id(t), d]}. */
    private void embedding(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int src = params[launchBase + Param.SRC];
        int dst = params[launchBase + Param.DST];
        int width = params[launchBase + Param.WIDTH];
        int tableOffset = params[launchBase + Param.TABLE_OFFSET];
        int i = item();
        if (i < count) {
            int token = i / width;
            int d = i % width;
            int id = (int) arena[src + token];
            arena[dst + i] = weights[tableOffset + id * width + d];
        }
    }

    /**
     * One LSTM step for (example, unit): gates i, f, g, o from the input projection at step
     * {@link Param#TIME_STEP} plus the recurrent product; {@code c = f c + i g}, {@code h = o tanh(c)}.
     */
    private void lstmCell(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int units = params[launchBase + Param.UNITS];
        int steps = params[launchBase + Param.STEPS];
        int timeStep = params[launchBase + Param.TIME_STEP];
        int projOffset = params[launchBase + Param.PROJ_OFFSET];
        int recOffset = params[launchBase + Param.REC_OFFSET];
        int cellOffset = params[launchBase + Param.CELL_OFFSET];
        int hiddenOffset = params[launchBase + Param.HIDDEN_OFFSET];
        int seqOffset = params[launchBase + Param.SEQ_OFFSET];
        int returnSequences = params[launchBase + Param.RETURN_SEQUENCES];
        int i = item();
        if (i < count) {
            int b = i / units;
            int j = i % units;
            int p = projOffset + (b * steps + timeStep) * 4 * units + j;
            int r = recOffset + b * 4 * units + j;
            float gi = sigmoid(arena[p] + arena[r]);
            float gf = sigmoid(arena[p + units] + arena[r + units]);
            float gg = tanh(arena[p + 2 * units] + arena[r + 2 * units]);
            float go = sigmoid(arena[p + 3 * units] + arena[r + 3 * units]);
            float c = gf * arena[cellOffset + i] + gi * gg;
            arena[cellOffset + i] = c;
            float h = go * tanh(c);
            arena[hiddenOffset + i] = h;
            if (returnSequences == 1) {
                arena[seqOffset + (b * steps + timeStep) * units + j] = h;
            }
        }
    }

    /**
     * One GRU step for (example, unit), "reset after": z, r and n from the input projection at
     * step {@link Param#TIME_STEP} and the recurrent product (its bias included); {@code n = tanh(a_n + r
     * b_n)}, {@code h = (1 - z) n + z h}.
     */
    private void gruCell(int launchBase) {
        int count = params[launchBase + Param.COUNT];
        int units = params[launchBase + Param.UNITS];
        int steps = params[launchBase + Param.STEPS];
        int timeStep = params[launchBase + Param.TIME_STEP];
        int projOffset = params[launchBase + Param.PROJ_OFFSET];
        int recOffset = params[launchBase + Param.REC_OFFSET];
        int hiddenOffset = params[launchBase + Param.HIDDEN_OFFSET];
        int seqOffset = params[launchBase + Param.SEQ_OFFSET];
        int returnSequences = params[launchBase + Param.RETURN_SEQUENCES];
        int i = item();
        if (i < count) {
            int b = i / units;
            int j = i % units;
            int p = projOffset + (b * steps + timeStep) * 3 * units + j;
            int r = recOffset + b * 3 * units + j;
            float z = sigmoid(arena[p] + arena[r]);
            float reset = sigmoid(arena[p + units] + arena[r + units]);
            float cand = tanh(arena[p + 2 * units] + reset * arena[r + 2 * units]);
            float h = (1f - z) * cand + z * arena[hiddenOffset + i];
            arena[hiddenOffset + i] = h;
            if (returnSequences == 1) {
                arena[seqOffset + (b * steps + timeStep) * units + j] = h;
            }
        }
    }

    /**
     * {@code C = A B (+ bias) (ReLU)}, one 64 x 128 tile of C per 8 x 8 work-group; the third range
     * dimension is the convolution group (0 for a plain GEMM). Every work-item reaches both
     * barriers the same number of times: out-of-range loads read 0 and only the stores are
     * guarded.
     */
    private void gemm(int launchBase) {
        int op = params[launchBase + Param.OP];
        int m = params[launchBase + Param.M];
        int n = params[launchBase + Param.N];
        int k = params[launchBase + Param.K];
        int aOffset = params[launchBase + Param.A_OFFSET];
        int aRowStride = params[launchBase + Param.A_ROW_STRIDE];
        int bOffset = params[launchBase + Param.B_OFFSET];
        int bTransposed = params[launchBase + Param.B_TRANSPOSED];
        int gatherConv = params[launchBase + Param.GATHER_CONV];
        int channelsPerGroup = params[launchBase + Param.CHANNELS_PER_GROUP];
        int inHeight = params[launchBase + Param.IN_HEIGHT];
        int inWidth = params[launchBase + Param.IN_WIDTH];
        int kernelH = params[launchBase + Param.KERNEL_H];
        int kernelW = params[launchBase + Param.KERNEL_W];
        int strideH = params[launchBase + Param.STRIDE_H];
        int strideW = params[launchBase + Param.STRIDE_W];
        int padH = params[launchBase + Param.PAD_H];
        int padW = params[launchBase + Param.PAD_W];
        int outHeight = params[launchBase + Param.OUT_HEIGHT];
        int outWidth = params[launchBase + Param.OUT_WIDTH];
        int inExampleStride = params[launchBase + Param.IN_EXAMPLE_STRIDE];
        int outChannelsPerGroup = params[launchBase + Param.OUT_CHANNELS_PER_GROUP];
        int lx = getLocalId(0);
        int ly = getLocalId(1);
        int lid = ly * TILE_THREADS + lx;
        int col0 = getGroupId(0) * TILE_COLS;
        int row0 = getGroupId(1) * TILE_ROWS;
        int group = getGroupId(2);
        int bBase = bOffset + group * outChannelsPerGroup * k;
        int windowArea = kernelH * kernelW;
        int gatherRow = row0 + lid;
        int gatherBase = 0;
        int iy0 = 0;
        int ix0 = 0;
        if (op == OP_GEMM && gatherConv == 1 && gatherRow < m) {
            int pixels = outHeight * outWidth;
            int example = gatherRow / pixels;
            int pixel = gatherRow % pixels;
            iy0 = (pixel / outWidth) * strideH - padH;
            ix0 = (pixel % outWidth) * strideW - padW;
            gatherBase = aOffset + example * inExampleStride + group * channelsPerGroup * inHeight * inWidth;
        }
        float c0_0 = 0f; float c0_1 = 0f; float c0_2 = 0f; float c0_3 = 0f;
        float c0_4 = 0f; float c0_5 = 0f; float c0_6 = 0f; float c0_7 = 0f;
        float c0_8 = 0f; float c0_9 = 0f; float c0_10 = 0f; float c0_11 = 0f;
        float c0_12 = 0f; float c0_13 = 0f; float c0_14 = 0f; float c0_15 = 0f;
        float c1_0 = 0f; float c1_1 = 0f; float c1_2 = 0f; float c1_3 = 0f;
        float c1_4 = 0f; float c1_5 = 0f; float c1_6 = 0f; float c1_7 = 0f;
        float c1_8 = 0f; float c1_9 = 0f; float c1_10 = 0f; float c1_11 = 0f;
        float c1_12 = 0f; float c1_13 = 0f; float c1_14 = 0f; float c1_15 = 0f;
        float c2_0 = 0f; float c2_1 = 0f; float c2_2 = 0f; float c2_3 = 0f;
        float c2_4 = 0f; float c2_5 = 0f; float c2_6 = 0f; float c2_7 = 0f;
        float c2_8 = 0f; float c2_9 = 0f; float c2_10 = 0f; float c2_11 = 0f;
        float c2_12 = 0f; float c2_13 = 0f; float c2_14 = 0f; float c2_15 = 0f;
        float c3_0 = 0f; float c3_1 = 0f; float c3_2 = 0f; float c3_3 = 0f;
        float c3_4 = 0f; float c3_5 = 0f; float c3_6 = 0f; float c3_7 = 0f;
        float c3_8 = 0f; float c3_9 = 0f; float c3_10 = 0f; float c3_11 = 0f;
        float c3_12 = 0f; float c3_13 = 0f; float c3_14 = 0f; float c3_15 = 0f;
        float c4_0 = 0f; float c4_1 = 0f; float c4_2 = 0f; float c4_3 = 0f;
        float c4_4 = 0f; float c4_5 = 0f; float c4_6 = 0f; float c4_7 = 0f;
        float c4_8 = 0f; float c4_9 = 0f; float c4_10 = 0f; float c4_11 = 0f;
        float c4_12 = 0f; float c4_13 = 0f; float c4_14 = 0f; float c4_15 = 0f;
        float c5_0 = 0f; float c5_1 = 0f; float c5_2 = 0f; float c5_3 = 0f;
        float c5_4 = 0f; float c5_5 = 0f; float c5_6 = 0f; float c5_7 = 0f;
        float c5_8 = 0f; float c5_9 = 0f; float c5_10 = 0f; float c5_11 = 0f;
        float c5_12 = 0f; float c5_13 = 0f; float c5_14 = 0f; float c5_15 = 0f;
        float c6_0 = 0f; float c6_1 = 0f; float c6_2 = 0f; float c6_3 = 0f;
        float c6_4 = 0f; float c6_5 = 0f; float c6_6 = 0f; float c6_7 = 0f;
        float c6_8 = 0f; float c6_9 = 0f; float c6_10 = 0f; float c6_11 = 0f;
        float c6_12 = 0f; float c6_13 = 0f; float c6_14 = 0f; float c6_15 = 0f;
        float c7_0 = 0f; float c7_1 = 0f; float c7_2 = 0f; float c7_3 = 0f;
        float c7_4 = 0f; float c7_5 = 0f; float c7_6 = 0f; float c7_7 = 0f;
        float c7_8 = 0f; float c7_9 = 0f; float c7_10 = 0f; float c7_11 = 0f;
        float c7_12 = 0f; float c7_13 = 0f; float c7_14 = 0f; float c7_15 = 0f;
        int depth = op == OP_GEMM ? k : 0;
        for (int t = 0; t < depth; t += TILE_K) {
            if (gatherConv == 1) {
                int channel = t / windowArea;
                int tap = t % windowArea;
                int wr = tap / kernelW;
                int ws = tap % kernelW;
                for (int p = 0; p < TILE_K; p++) {
                    float v = 0f;
                    int iy = iy0 + wr;
                    int ix = ix0 + ws;
                    if (gatherRow < m && t + p < k && iy >= 0 && iy < inHeight && ix >= 0 && ix < inWidth) {
                        v = arena[gatherBase + (channel * inHeight + iy) * inWidth + ix];
                    }
                    tileA_$local$[p * TILE_ROWS + lid] = v;
                    ws++;
                    if (ws == kernelW) {
                        ws = 0;
                        wr++;
                        if (wr == kernelH) {
                            wr = 0;
                            channel++;
                        }
                    }
                }
            } else {
                for (int e = lid; e < TILE_ROWS * TILE_K; e += TILE_THREADS * TILE_THREADS) {
                    int r = e / TILE_K;
                    int p = e % TILE_K;
                    int row = row0 + r;
                    int kk = t + p;
                    tileA_$local$[p * TILE_ROWS + r] = row < m && kk < k ? arena[aOffset + row * aRowStride + kk] : 0f;
                }
            }
            if (bTransposed == 1) {
                for (int e = lid; e < TILE_COLS * TILE_K; e += TILE_THREADS * TILE_THREADS) {
                    int c = e / TILE_K;
                    int p = e % TILE_K;
                    int col = col0 + c;
                    int kk = t + p;
                    tileB_$local$[p * TILE_COLS + c] = col < n && kk < k ? weights[bBase + col * k + kk] : 0f;
                }
            } else {
                for (int e = lid; e < TILE_COLS * TILE_K; e += TILE_THREADS * TILE_THREADS) {
                    int p = e / TILE_COLS;
                    int c = e % TILE_COLS;
                    int col = col0 + c;
                    int kk = t + p;
                    tileB_$local$[p * TILE_COLS + c] = col < n && kk < k ? weights[bBase + kk * n + col] : 0f;
                }
            }
            localBarrier();
            {
                int at = ly;
                int bt = lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 1 * TILE_ROWS + ly;
                int bt = 1 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 2 * TILE_ROWS + ly;
                int bt = 2 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 3 * TILE_ROWS + ly;
                int bt = 3 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 4 * TILE_ROWS + ly;
                int bt = 4 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 5 * TILE_ROWS + ly;
                int bt = 5 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 6 * TILE_ROWS + ly;
                int bt = 6 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 7 * TILE_ROWS + ly;
                int bt = 7 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 8 * TILE_ROWS + ly;
                int bt = 8 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 9 * TILE_ROWS + ly;
                int bt = 9 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 10 * TILE_ROWS + ly;
                int bt = 10 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 11 * TILE_ROWS + ly;
                int bt = 11 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 12 * TILE_ROWS + ly;
                int bt = 12 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 13 * TILE_ROWS + ly;
                int bt = 13 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 14 * TILE_ROWS + ly;
                int bt = 14 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            {
                int at = 15 * TILE_ROWS + ly;
                int bt = 15 * TILE_COLS + lx;
                float a0 = tileA_$local$[at], a1 = tileA_$local$[at + 8], a2 = tileA_$local$[at + 16];
                float a3 = tileA_$local$[at + 24], a4 = tileA_$local$[at + 32], a5 = tileA_$local$[at + 40];
                float a6 = tileA_$local$[at + 48], a7 = tileA_$local$[at + 56];
                float b0 = tileB_$local$[bt], b1 = tileB_$local$[bt + 8], b2 = tileB_$local$[bt + 16];
                float b3 = tileB_$local$[bt + 24], b4 = tileB_$local$[bt + 32], b5 = tileB_$local$[bt + 40];
                float b6 = tileB_$local$[bt + 48], b7 = tileB_$local$[bt + 56], b8 = tileB_$local$[bt + 64];
                float b9 = tileB_$local$[bt + 72], b10 = tileB_$local$[bt + 80], b11 = tileB_$local$[bt + 88];
                float b12 = tileB_$local$[bt + 96], b13 = tileB_$local$[bt + 104], b14 = tileB_$local$[bt + 112];
                float b15 = tileB_$local$[bt + 120];
                c0_0 += a0 * b0; c0_1 += a0 * b1; c0_2 += a0 * b2; c0_3 += a0 * b3;
                c0_4 += a0 * b4; c0_5 += a0 * b5; c0_6 += a0 * b6; c0_7 += a0 * b7;
                c0_8 += a0 * b8; c0_9 += a0 * b9; c0_10 += a0 * b10; c0_11 += a0 * b11;
                c0_12 += a0 * b12; c0_13 += a0 * b13; c0_14 += a0 * b14; c0_15 += a0 * b15;
                c1_0 += a1 * b0; c1_1 += a1 * b1; c1_2 += a1 * b2; c1_3 += a1 * b3;
                c1_4 += a1 * b4; c1_5 += a1 * b5; c1_6 += a1 * b6; c1_7 += a1 * b7;
                c1_8 += a1 * b8; c1_9 += a1 * b9; c1_10 += a1 * b10; c1_11 += a1 * b11;
                c1_12 += a1 * b12; c1_13 += a1 * b13; c1_14 += a1 * b14; c1_15 += a1 * b15;
                c2_0 += a2 * b0; c2_1 += a2 * b1; c2_2 += a2 * b2; c2_3 += a2 * b3;
                c2_4 += a2 * b4; c2_5 += a2 * b5; c2_6 += a2 * b6; c2_7 += a2 * b7;
                c2_8 += a2 * b8; c2_9 += a2 * b9; c2_10 += a2 * b10; c2_11 += a2 * b11;
                c2_12 += a2 * b12; c2_13 += a2 * b13; c2_14 += a2 * b14; c2_15 += a2 * b15;
                c3_0 += a3 * b0; c3_1 += a3 * b1; c3_2 += a3 * b2; c3_3 += a3 * b3;
                c3_4 += a3 * b4; c3_5 += a3 * b5; c3_6 += a3 * b6; c3_7 += a3 * b7;
                c3_8 += a3 * b8; c3_9 += a3 * b9; c3_10 += a3 * b10; c3_11 += a3 * b11;
                c3_12 += a3 * b12; c3_13 += a3 * b13; c3_14 += a3 * b14; c3_15 += a3 * b15;
                c4_0 += a4 * b0; c4_1 += a4 * b1; c4_2 += a4 * b2; c4_3 += a4 * b3;
                c4_4 += a4 * b4; c4_5 += a4 * b5; c4_6 += a4 * b6; c4_7 += a4 * b7;
                c4_8 += a4 * b8; c4_9 += a4 * b9; c4_10 += a4 * b10; c4_11 += a4 * b11;
                c4_12 += a4 * b12; c4_13 += a4 * b13; c4_14 += a4 * b14; c4_15 += a4 * b15;
                c5_0 += a5 * b0; c5_1 += a5 * b1; c5_2 += a5 * b2; c5_3 += a5 * b3;
                c5_4 += a5 * b4; c5_5 += a5 * b5; c5_6 += a5 * b6; c5_7 += a5 * b7;
                c5_8 += a5 * b8; c5_9 += a5 * b9; c5_10 += a5 * b10; c5_11 += a5 * b11;
                c5_12 += a5 * b12; c5_13 += a5 * b13; c5_14 += a5 * b14; c5_15 += a5 * b15;
                c6_0 += a6 * b0; c6_1 += a6 * b1; c6_2 += a6 * b2; c6_3 += a6 * b3;
                c6_4 += a6 * b4; c6_5 += a6 * b5; c6_6 += a6 * b6; c6_7 += a6 * b7;
                c6_8 += a6 * b8; c6_9 += a6 * b9; c6_10 += a6 * b10; c6_11 += a6 * b11;
                c6_12 += a6 * b12; c6_13 += a6 * b13; c6_14 += a6 * b14; c6_15 += a6 * b15;
                c7_0 += a7 * b0; c7_1 += a7 * b1; c7_2 += a7 * b2; c7_3 += a7 * b3;
                c7_4 += a7 * b4; c7_5 += a7 * b5; c7_6 += a7 * b6; c7_7 += a7 * b7;
                c7_8 += a7 * b8; c7_9 += a7 * b9; c7_10 += a7 * b10; c7_11 += a7 * b11;
                c7_12 += a7 * b12; c7_13 += a7 * b13; c7_14 += a7 * b14; c7_15 += a7 * b15;
            }
            localBarrier();
        }
        int pixels = outHeight * outWidth;
        int colStride = params[launchBase + Param.OUTPUT_NCHW] == 1 ? pixels : 1;
        int relu = params[launchBase + Param.RELU_EPILOGUE];
        int r0 = rowBase(launchBase, row0 + ly);
        int r1 = rowBase(launchBase, row0 + ly + 8);
        int r2 = rowBase(launchBase, row0 + ly + 16);
        int r3 = rowBase(launchBase, row0 + ly + 24);
        int r4 = rowBase(launchBase, row0 + ly + 32);
        int r5 = rowBase(launchBase, row0 + ly + 40);
        int r6 = rowBase(launchBase, row0 + ly + 48);
        int r7 = rowBase(launchBase, row0 + ly + 56);
        int k0 = colIndex(launchBase, col0 + lx, group, colStride);
        int k1 = colIndex(launchBase, col0 + lx + 8, group, colStride);
        int k2 = colIndex(launchBase, col0 + lx + 16, group, colStride);
        int k3 = colIndex(launchBase, col0 + lx + 24, group, colStride);
        int k4 = colIndex(launchBase, col0 + lx + 32, group, colStride);
        int k5 = colIndex(launchBase, col0 + lx + 40, group, colStride);
        int k6 = colIndex(launchBase, col0 + lx + 48, group, colStride);
        int k7 = colIndex(launchBase, col0 + lx + 56, group, colStride);
        int k8 = colIndex(launchBase, col0 + lx + 64, group, colStride);
        int k9 = colIndex(launchBase, col0 + lx + 72, group, colStride);
        int k10 = colIndex(launchBase, col0 + lx + 80, group, colStride);
        int k11 = colIndex(launchBase, col0 + lx + 88, group, colStride);
        int k12 = colIndex(launchBase, col0 + lx + 96, group, colStride);
        int k13 = colIndex(launchBase, col0 + lx + 104, group, colStride);
        int k14 = colIndex(launchBase, col0 + lx + 112, group, colStride);
        int k15 = colIndex(launchBase, col0 + lx + 120, group, colStride);
        float d0 = bias(launchBase, col0 + lx, group);
        float d1 = bias(launchBase, col0 + lx + 8, group);
        float d2 = bias(launchBase, col0 + lx + 16, group);
        float d3 = bias(launchBase, col0 + lx + 24, group);
        float d4 = bias(launchBase, col0 + lx + 32, group);
        float d5 = bias(launchBase, col0 + lx + 40, group);
        float d6 = bias(launchBase, col0 + lx + 48, group);
        float d7 = bias(launchBase, col0 + lx + 56, group);
        float d8 = bias(launchBase, col0 + lx + 64, group);
        float d9 = bias(launchBase, col0 + lx + 72, group);
        float d10 = bias(launchBase, col0 + lx + 80, group);
        float d11 = bias(launchBase, col0 + lx + 88, group);
        float d12 = bias(launchBase, col0 + lx + 96, group);
        float d13 = bias(launchBase, col0 + lx + 104, group);
        float d14 = bias(launchBase, col0 + lx + 112, group);
        float d15 = bias(launchBase, col0 + lx + 120, group);
        store(r0, k0, c0_0 + d0, relu); store(r0, k1, c0_1 + d1, relu);
        store(r0, k2, c0_2 + d2, relu); store(r0, k3, c0_3 + d3, relu);
        store(r0, k4, c0_4 + d4, relu); store(r0, k5, c0_5 + d5, relu);
        store(r0, k6, c0_6 + d6, relu); store(r0, k7, c0_7 + d7, relu);
        store(r0, k8, c0_8 + d8, relu); store(r0, k9, c0_9 + d9, relu);
        store(r0, k10, c0_10 + d10, relu); store(r0, k11, c0_11 + d11, relu);
        store(r0, k12, c0_12 + d12, relu); store(r0, k13, c0_13 + d13, relu);
        store(r0, k14, c0_14 + d14, relu); store(r0, k15, c0_15 + d15, relu);
        store(r1, k0, c1_0 + d0, relu); store(r1, k1, c1_1 + d1, relu);
        store(r1, k2, c1_2 + d2, relu); store(r1, k3, c1_3 + d3, relu);
        store(r1, k4, c1_4 + d4, relu); store(r1, k5, c1_5 + d5, relu);
        store(r1, k6, c1_6 + d6, relu); store(r1, k7, c1_7 + d7, relu);
        store(r1, k8, c1_8 + d8, relu); store(r1, k9, c1_9 + d9, relu);
        store(r1, k10, c1_10 + d10, relu); store(r1, k11, c1_11 + d11, relu);
        store(r1, k12, c1_12 + d12, relu); store(r1, k13, c1_13 + d13, relu);
        store(r1, k14, c1_14 + d14, relu); store(r1, k15, c1_15 + d15, relu);
        store(r2, k0, c2_0 + d0, relu); store(r2, k1, c2_1 + d1, relu);
        store(r2, k2, c2_2 + d2, relu); store(r2, k3, c2_3 + d3, relu);
        store(r2, k4, c2_4 + d4, relu); store(r2, k5, c2_5 + d5, relu);
        store(r2, k6, c2_6 + d6, relu); store(r2, k7, c2_7 + d7, relu);
        store(r2, k8, c2_8 + d8, relu); store(r2, k9, c2_9 + d9, relu);
        store(r2, k10, c2_10 + d10, relu); store(r2, k11, c2_11 + d11, relu);
        store(r2, k12, c2_12 + d12, relu); store(r2, k13, c2_13 + d13, relu);
        store(r2, k14, c2_14 + d14, relu); store(r2, k15, c2_15 + d15, relu);
        store(r3, k0, c3_0 + d0, relu); store(r3, k1, c3_1 + d1, relu);
        store(r3, k2, c3_2 + d2, relu); store(r3, k3, c3_3 + d3, relu);
        store(r3, k4, c3_4 + d4, relu); store(r3, k5, c3_5 + d5, relu);
        store(r3, k6, c3_6 + d6, relu); store(r3, k7, c3_7 + d7, relu);
        store(r3, k8, c3_8 + d8, relu); store(r3, k9, c3_9 + d9, relu);
        store(r3, k10, c3_10 + d10, relu); store(r3, k11, c3_11 + d11, relu);
        store(r3, k12, c3_12 + d12, relu); store(r3, k13, c3_13 + d13, relu);
        store(r3, k14, c3_14 + d14, relu); store(r3, k15, c3_15 + d15, relu);
        store(r4, k0, c4_0 + d0, relu); store(r4, k1, c4_1 + d1, relu);
        store(r4, k2, c4_2 + d2, relu); store(r4, k3, c4_3 + d3, relu);
        store(r4, k4, c4_4 + d4, relu); store(r4, k5, c4_5 + d5, relu);
        store(r4, k6, c4_6 + d6, relu); store(r4, k7, c4_7 + d7, relu);
        store(r4, k8, c4_8 + d8, relu); store(r4, k9, c4_9 + d9, relu);
        store(r4, k10, c4_10 + d10, relu); store(r4, k11, c4_11 + d11, relu);
        store(r4, k12, c4_12 + d12, relu); store(r4, k13, c4_13 + d13, relu);
        store(r4, k14, c4_14 + d14, relu); store(r4, k15, c4_15 + d15, relu);
        store(r5, k0, c5_0 + d0, relu); store(r5, k1, c5_1 + d1, relu);
        store(r5, k2, c5_2 + d2, relu); store(r5, k3, c5_3 + d3, relu);
        store(r5, k4, c5_4 + d4, relu); store(r5, k5, c5_5 + d5, relu);
        store(r5, k6, c5_6 + d6, relu); store(r5, k7, c5_7 + d7, relu);
        store(r5, k8, c5_8 + d8, relu); store(r5, k9, c5_9 + d9, relu);
        store(r5, k10, c5_10 + d10, relu); store(r5, k11, c5_11 + d11, relu);
        store(r5, k12, c5_12 + d12, relu); store(r5, k13, c5_13 + d13, relu);
        store(r5, k14, c5_14 + d14, relu); store(r5, k15, c5_15 + d15, relu);
        store(r6, k0, c6_0 + d0, relu); store(r6, k1, c6_1 + d1, relu);
        store(r6, k2, c6_2 + d2, relu); store(r6, k3, c6_3 + d3, relu);
        store(r6, k4, c6_4 + d4, relu); store(r6, k5, c6_5 + d5, relu);
        store(r6, k6, c6_6 + d6, relu); store(r6, k7, c6_7 + d7, relu);
        store(r6, k8, c6_8 + d8, relu); store(r6, k9, c6_9 + d9, relu);
        store(r6, k10, c6_10 + d10, relu); store(r6, k11, c6_11 + d11, relu);
        store(r6, k12, c6_12 + d12, relu); store(r6, k13, c6_13 + d13, relu);
        store(r6, k14, c6_14 + d14, relu); store(r6, k15, c6_15 + d15, relu);
        store(r7, k0, c7_0 + d0, relu); store(r7, k1, c7_1 + d1, relu);
        store(r7, k2, c7_2 + d2, relu); store(r7, k3, c7_3 + d3, relu);
        store(r7, k4, c7_4 + d4, relu); store(r7, k5, c7_5 + d5, relu);
        store(r7, k6, c7_6 + d6, relu); store(r7, k7, c7_7 + d7, relu);
        store(r7, k8, c7_8 + d8, relu); store(r7, k9, c7_9 + d9, relu);
        store(r7, k10, c7_10 + d10, relu); store(r7, k11, c7_11 + d11, relu);
        store(r7, k12, c7_12 + d12, relu); store(r7, k13, c7_13 + d13, relu);
        store(r7, k14, c7_14 + d14, relu); store(r7, k15, c7_15 + d15, relu);
    }

    /** Where row {@code row} of C starts in the arena, or -1 when the row is outside C (or no GEMM runs). */
    private int rowBase(int launchBase, int row) {
        int base = -1;
        if (params[launchBase + Param.OP] == OP_GEMM && row < params[launchBase + Param.M]) {
            int cOffset = params[launchBase + Param.C_OFFSET];
            if (params[launchBase + Param.OUTPUT_NCHW] == 1) {
                int pixels = params[launchBase + Param.OUT_HEIGHT] * params[launchBase + Param.OUT_WIDTH];
                base = cOffset + (row / pixels) * params[launchBase + Param.OUT_CHANNELS] * pixels + row % pixels;
            } else {
                base = cOffset + row * params[launchBase + Param.C_ROW_STRIDE];
            }
        }
        return base;
    }

    /** Where column {@code col} of C goes relative to its row's start, or -1 when it is outside C. */
    private int colIndex(int launchBase, int col, int group, int colStride) {
        return col < params[launchBase + Param.N]
                ? (group * params[launchBase + Param.OUT_CHANNELS_PER_GROUP] + col) * colStride : -1;
    }

    /** The bias of column {@code col} (0 without a bias, outside C, or when no GEMM runs). */
    private float bias(int launchBase, int col, int group) {
        int biasOffset = params[launchBase + Param.BIAS_OFFSET];
        return params[launchBase + Param.OP] == OP_GEMM && biasOffset >= 0 && col < params[launchBase + Param.N]
                ? weights[biasOffset + group * params[launchBase + Param.OUT_CHANNELS_PER_GROUP] + col] : 0f;
    }

    /** Writes one value of C, after the fused ReLU when {@code relu} is 1, if its row and column are inside C. */
    private void store(int rowBase, int colIndex, float value, int relu) {
        if (rowBase >= 0 && colIndex >= 0) {
            arena[rowBase + colIndex] = value > 0f || relu == 0 ? value : 0f;
        }
    }
}
