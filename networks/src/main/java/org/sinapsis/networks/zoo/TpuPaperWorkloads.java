// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;

/**
 * Stand-ins for the six production applications of Table 1 of the TPU paper (Jouppi et al.,
 * "In-Datacenter Performance Analysis of a Tensor Processing Unit", ISCA 2017). Google never
 * published these networks; each stand-in is shaped so that, counted by
 * {@link org.sinapsis.networks.ir.LayerCensus}, it has Table 1's layer counts and kinds, and its
 * weights and ops per weight byte are within 2% of the table:
 *
 * <table>
 *   <caption>Table 1 and the stand-ins (ops per weight byte = MACs of one batch / int8 weight bytes)</caption>
 *   <tr><th>name</th><th>Table 1 layers</th><th>weights: table / here</th>
 *       <th>ops/weight byte: table / here</th><th>batch</th></tr>
 *   <tr><td>mlp0</td><td>5 FC</td><td>20M / 20.01M</td><td>200 / 199.9</td><td>200</td></tr>
 *   <tr><td>mlp1</td><td>4 FC</td><td>5M / 5.02M</td><td>168 / 167.8</td><td>168</td></tr>
 *   <tr><td>lstm0</td><td>58 (24 FC + 34 vector)</td><td>52M / 51.96M</td><td>64 / 63.9</td><td>64</td></tr>
 *   <tr><td>lstm1</td><td>56 (37 FC + 19 vector)</td><td>34M / 33.99M</td><td>96 / 95.9</td><td>96</td></tr>
 *   <tr><td>cnn0</td><td>16 conv</td><td>8M / 7.98M</td><td>2888 / 2886</td><td>8</td></tr>
 *   <tr><td>cnn1</td><td>89 (72 conv + 4 FC + 13 pool)</td><td>100M / 100.02M</td><td>1750 / 1753</td>
 *       <td>32</td></tr>
 * </table>
 *
 * <p>"Weights" counts every parameter, biases included, at one byte each (the TPU runs int8).
 * For the MLPs and LSTMs Table 1's ops per weight byte equals the batch: every weight is used
 * exactly once per example per call. For the LSTMs this means one time step per call: the
 * server invokes the TPU once per decoding step, with the batch's state, so the stand-ins take
 * a sequence of length 1 ({@code [1, F]}) and their MACs per example equal their matrix weights.
 * The nonlinearities follow Table 1: ReLU for MLPs and CNNs (fused into the layer by the census
 * rule), sigmoid and tanh inside the LSTM cells.
 */
public final class TpuPaperWorkloads {

    /** {@link #cnn1()} has a max pool after every 5th convolution. */
    private static final int CNN1_CONVS_PER_POOL = 5;
    /** {@link #cnn1()}'s pool count (Table 1); the last one follows conv65. */
    private static final int CNN1_POOLS = 13;

    private TpuPaperWorkloads() {
    }

    /** {@code mlp0}: 5 Dense 2000 on a 2000-wide input. */
    public static Network mlp0() {
        return mlp("mlp0", 5, 2000, "MLP0 (RankBrain, 61% of the TPU workload with MLP1 in July 2016): 5 FC"
                + " layers, 20M weights, batch 200, ops per weight byte 200. Stand-in: a 2000-wide input and 5"
                + " Dense layers of 2000 units (5 x (2000 x 2000 + 2000) = 20.01M weights), ReLU after all"
                + " but the last (the output is a raw score vector).");
    }

    /** {@code mlp1}: 4 Dense 1120 on a 1120-wide input. */
    public static Network mlp1() {
        return mlp("mlp1", 4, 1120, "MLP1: 4 FC layers, 5M weights, batch 168, ops per weight byte 168."
                + " Stand-in: a 1120-wide input and 4 Dense layers of 1120 units (4 x (1120 x 1120 + 1120)"
                + " = 5.02M weights), ReLU after all but the last.");
    }

    private static Network mlp(String name, int layers, int width, String sourceNote) {
        Network.Builder b = Network.builder(name)
                .description("Stand-in for the TPU paper's " + sourceNote + " The real network was never"
                        + " published; only its layer count, weights and ops per weight byte (Jouppi et al."
                        + " 2017, Table 1) are matched.")
                .input("input", width);
        for (int i = 1; i <= layers; i++) {
            b.add("fc" + i, Dense.of(width));
            if (i < layers) {
                b.add("fc" + i + "_relu", Activation.relu());
            }
        }
        return b.build();
    }

    /** {@code lstm0}: a GNMT-like stack of 20 LSTM(512) with residual connections, one step per call. */
    public static Network lstm0() {
        Network.Builder b = Network.builder("lstm0")
                .description("Stand-in for the TPU paper's LSTM0 (a subset of GNMT, Google Neural Machine"
                        + " Translation; 29% of the TPU workload with LSTM1): 58 layers (24 FC + 34 vector),"
                        + " 52M weights, batch 64, ops per weight byte 64. One decoding step per call (input"
                        + " [1, 1024], sequence length 1): a Dense 1024 -> 512 input projection; encoder-like"
                        + " stack of 10 LSTM(512) with residual Adds around layers 4 to 10 (GNMT, Wu et"
                        + " al. 2016, has residual connections from the third layer up; starting at the fourth"
                        + " gives Table 1's 34 vector layers); a Dense 512 bridge; a"
                        + " decoder-like stack of 10 LSTM(512) with the same residuals; a Dense 512 and a"
                        + " Dense 17408 output projection to a sub-vocabulary, with softmax. Census: each LSTM"
                        + " is 1 FC (gate matrix) + 1 vector (gate math), so 20 + 4 = 24 FC and 20 + 14 Adds ="
                        + " 34 vector layers; the softmax is fused into the last Dense. 51.96M weights. Not"
                        + " modelled: GNMT's bidirectional first layer and attention; the real network was"
                        + " never published.")
                .input("input", 1, 1024)
                .add("proj_in", Dense.of(512));
        residualStack(b, "enc", 10, 4);
        b.add("bridge", Dense.of(512));
        residualStack(b, "dec", 10, 4);
        return b.add("proj_out", Dense.of(512))
                .add("logits", Dense.of(17408))
                .add("softmax", Activation.softmax())
                .build();
    }

    /**
     * Adds {@code depth} LSTM(512) layers {@code prefix1..prefixN} that each read the previous
     * output; from layer {@code firstResidual} on, each layer's output is added to its input
     * ({@code prefixI_res}).
     */
    private static void residualStack(Network.Builder b, String prefix, int depth, int firstResidual) {
        String x = b.last();
        for (int i = 1; i <= depth; i++) {
            String cell = prefix + i;
            b.add(cell, new Lstm(512, true), x);
            if (i >= firstResidual) {
                b.add(cell + "_res", new Add(), cell, x);
                x = cell + "_res";
            } else {
                x = cell;
            }
        }
    }

    /** {@code lstm1}: 18 LSTM(512) cells, each with a Dense 320 projection, one step per call. */
    public static Network lstm1() {
        Network.Builder b = Network.builder("lstm1")
                .description("Stand-in for the TPU paper's LSTM1: 56 layers (37 FC + 19 vector), 34M weights,"
                        + " batch 96, ops per weight byte 96. One step per call (input [1, 320], sequence"
                        + " length 1): 18 LSTM(512) cells, each followed by a Dense 320 projection in the"
                        + " style of LSTMP (Sak, Senior, Beaufays, Interspeech 2014), a residual Add of the"
                        + " 18th projection and the 9th (around the second half of the stack), and a Dense"
                        + " 1024 output with softmax. Census: 18 x (1 FC + 1 vector) + 18 projections + the"
                        + " output = 37 FC, 18 + 1 Add = 19 vector. 33.99M weights. Deviation from LSTMP: the"
                        + " projection is a separate layer after the cell and the cell's recurrence stays"
                        + " 512 wide (in LSTMP the recurrence goes through the 320-wide projection). The real"
                        + " network was never published.")
                .input("input", 1, 320);
        for (int i = 1; i <= 18; i++) {
            b.add("lstm" + i, new Lstm(512, true)).add("proj" + i, Dense.of(320));
        }
        return b.add("res", new Add(), "proj18", "proj9")
                .add("fc_out", Dense.of(1024))
                .add("softmax", Activation.softmax())
                .build();
    }

    /** {@code cnn0}: 16 Inception-v3-like convolutions on a 19x19 map, no pooling or FC. */
    public static Network cnn0() {
        Network.Builder b = Network.builder("cnn0")
                .description("Stand-in for the TPU paper's CNN0 (Inception-derived; 5% of the TPU workload with"
                        + " CNN1): 16 conv layers, 8M weights, batch 8, ops per weight byte 2888. 2888 / 8 = 361"
                        + " = 19 x 19 MACs per weight per example: every weight is applied at 19 x 19 output"
                        + " positions, so the stand-in keeps a 19x19 map throughout (same padding). Its layers"
                        + " follow Inception-v3's factorized 7x7 blocks (1x1, 1x7, 7x1; Szegedy et al., CVPR"
                        + " 2016) at widths that are multiples of 256, as CNN0's 78% MXU utilization"
                        + " (Table 3) implies wide layers: input [48,19,19]; conv1 256@3x3; four blocks of"
                        + " 256@1x1, 256@1x7, 256@7x1; 512@3x3; 512@3x3; 768@1x1; each followed by ReLU, no"
                        + " pooling or FC layer (Table 1 lists only conv layers). 7.98M weights, 2.88 G MACs"
                        + " per example, 2886 ops per weight byte at batch 8. Inception's parallel branches and"
                        + " concatenations are not modelled; the real network was never published.")
                .input("input", 48, 19, 19);
        Conv2D[] convs = new Conv2D[16];
        convs[0] = Conv2D.of(256, 3).same();
        for (int block = 0; block < 4; block++) {
            convs[1 + 3 * block] = Conv2D.of(256, 1);
            convs[2 + 3 * block] = Conv2D.of(256, 1, 7).same();
            convs[3 + 3 * block] = Conv2D.of(256, 7, 1).same();
        }
        convs[13] = Conv2D.of(512, 3).same();
        convs[14] = Conv2D.of(512, 3).same();
        convs[15] = Conv2D.of(768, 1);
        for (int i = 0; i < convs.length; i++) {
            String name = "conv" + (i + 1);
            b.add(name, convs[i]).add(name + "_relu", Activation.relu());
        }
        return b.build();
    }

    /** {@code cnn1}: 72 convolutions on the 19x19 Go board, 13 max pools, 4 FC layers. */
    public static Network cnn1() {
        Network.Builder b = Network.builder("cnn1")
                .description("Stand-in for the TPU paper's CNN1 (DeepMind AlphaGo): 89 layers (72 conv + 4 FC"
                        + " + 13 pool), 100M weights, batch 32, ops per weight byte 1750. Input [48,19,19]:"
                        + " AlphaGo's 48 feature planes of the 19x19 board (Silver et al., Nature 2016). conv1"
                        + " 152@5x5 pad 2, then 71 convs 152@3x3 pad 1, all with ReLU and all keeping 19x19;"
                        + " a max pool 3x3 stride 1 pad 1 (keeps 19x19) after every 5th conv (conv5, conv10,"
                        + " ..., conv65: 13 pools); then 152 x 19 x 19 = 54872 -> Dense 1536 ReLU -> Dense 384"
                        + " ReLU -> Dense 256 ReLU -> Dense 361 (a policy over the board points) -> softmax."
                        + " 100.02M weights (84.3M of them in the first FC layer), 5.48 G MACs per position,"
                        + " 1753 ops per weight byte at batch 32. AlphaGo's published policy network (13 conv"
                        + " layers of 192 filters, no FC) is much smaller; the production network was never"
                        + " published.")
                .input("input", 48, 19, 19)
                .add("conv1", Conv2D.of(152, 5).pad(2))
                .add("conv1_relu", Activation.relu());
        for (int i = 2; i <= 72; i++) {
            b.add("conv" + i, Conv2D.of(152, 3).pad(1)).add("conv" + i + "_relu", Activation.relu());
            int pool = i / CNN1_CONVS_PER_POOL;
            if (i % CNN1_CONVS_PER_POOL == 0 && pool <= CNN1_POOLS) {
                b.add("pool" + pool, Pool2D.max(3, 1).pad(1));
            }
        }
        return b.add("flatten", new Flatten())
                .add("fc1", Dense.of(1536))
                .add("fc1_relu", Activation.relu())
                .add("fc2", Dense.of(384))
                .add("fc2_relu", Activation.relu())
                .add("fc3", Dense.of(256))
                .add("fc3_relu", Activation.relu())
                .add("policy", Dense.of(361))
                .add("softmax", Activation.softmax())
                .build();
    }
}
