// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Input;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;

/**
 * Post-training quantization of a network to int8: symmetric scales, zero point 0.
 *
 * <p>Scales:
 * <ul>
 *   <li>Weights: {@code absmax / 127} per output channel (Dense unit, Conv2D filter, LSTM/GRU
 *       gate column) or per tensor; an all-zero channel gets {@code 1/127}. Codes are
 *       {@link Int8Arithmetic#quantize}; biases are {@link Int8Arithmetic#quantizeBias} at
 *       {@code inputScale weightScale}.</li>
 *   <li>Calibrated activations (the outputs of real-valued Inputs, Dense, Conv2D and Add):
 *       {@code range / 127}, where the range is the configured percentile of {@code |x|} over the
 *       fp32 activations ({@link Fp32Executor#runAll}) of the calibration inputs; a range of 0 gives
 *       scale 1. When a node's only reader is a ReLU, the ReLU's output is measured instead, so the
 *       codes are spent on the values that survive it. The calibrated scale is floored where
 *       an output step would be finer than what its inputs can resolve: a Dense or Conv2D output
 *       at least {@code inputScale * max(weightScale)} (one accumulator step of the coarsest
 *       channel, so every requantization multiplier is at most 1), an Add output at least the
 *       finer of its two input scales. Without the floor a layer whose calibrated activations are
 *       almost zero (a deep stack of small random weights) would need multipliers of 10^9 that
 *       only amplify rounding noise.</li>
 *   <li>ReLU, MaxPool, AvgPool and Flatten keep their input's scale; Sigmoid, Tanh, Softmax, LSTM
 *       and GRU outputs have the fixed scale {@code 1/127}; an Embedding's output has its table's
 *       scale; token-id inputs pass unquantized.</li>
 * </ul>
 * Every integer equation is documented on the {@link QuantizedLayer} records and implemented in
 * {@link Int8Arithmetic}.
 */
public final class Quantizer {
    /** Calibration examples run through the fp32 executor at once. */
    static final int CALIBRATION_CHUNK = 32;

    private Quantizer() {
    }

    /**
     * Quantizes a network with one input, calibrating on a batch of examples of it.
     *
     * @throws IllegalArgumentException when the network has several inputs
     */
    public static QuantizedNetwork quantize(Network network, NetworkParameters parameters, Tensor calibrationInput,
            QuantizationConfig config) {
        return quantize(network, parameters, Map.of(NetworkInputs.onlyInput(network), calibrationInput), config);
    }

    /**
     * Quantizes a network with one input, calibrating on several batches of it (concatenated).
     *
     * @throws IllegalArgumentException when the network has several inputs or the list is empty
     */
    public static QuantizedNetwork quantize(Network network, NetworkParameters parameters,
            List<Tensor> calibrationBatches, QuantizationConfig config) {
        return quantize(network, parameters, Tensor.concat(calibrationBatches), config);
    }

    /**
     * Quantizes a network, calibrating on a batch of examples of every input.
     *
     * @param calibrationInputsByInputNodeName one tensor per input node, all of the same batch;
     *     token inputs hold valid token ids
     * @throws InvalidInputException when the inputs do not fit the network, calibration gives a
     *     non-finite range, a dot product is deeper than
     *     {@link Int8Arithmetic#MAX_ACCUMULATION_DEPTH}, or an Embedding does not read token ids
     *     straight from an input read only by Embeddings
     */
    public static QuantizedNetwork quantize(Network network, NetworkParameters parameters,
            Map<String, Tensor> calibrationInputsByInputNodeName, QuantizationConfig config) {
        int batch = NetworkInputs.checkedBatch(network, calibrationInputsByInputNodeName);
        checkTokenInputs(network);
        Map<String, String> rangeSources = rangeSources(network);
        ActivationRanges ranges = calibrate(network, parameters, calibrationInputsByInputNodeName, batch,
                rangeSources, config);
        Builder builder = new Builder(network, parameters, config);
        for (Node node : network.nodes()) {
            String source = rangeSources.get(node.name());
            double scale = 1;
            if (source != null) {
                double range = ranges.range(source);
                if (!Double.isFinite(range)) {
                    throw new InvalidInputException("network '" + network.name() + "'", 0,
                            "layer '" + node.name() + "'", "calibration gave the non-finite range " + range);
                }
                scale = range > 0 ? range / Int8Arithmetic.CODE_MAX : 1;
            }
            builder.add(node, scale);
        }
        return new QuantizedNetwork(network, config, builder.layers);
    }

    /**
     * The activation ranges of the calibration inputs, run through the fp32 executor in chunks. A
     * method of its own so the executor (a copy of every weight) is garbage before the int8
     * parameters are built.
     */
    private static ActivationRanges calibrate(Network network, NetworkParameters parameters,
            Map<String, Tensor> calibrationInputsByInputNodeName, int batch, Map<String, String> rangeSources,
            QuantizationConfig config) {
        Fp32Executor fp32 = new Fp32Executor(network, parameters);
        ActivationRanges ranges = new ActivationRanges(config.clipPercentile());
        for (int from = 0; from < batch; from += CALIBRATION_CHUNK) {
            int count = Math.min(CALIBRATION_CHUNK, batch - from);
            Map<String, Tensor> chunk = new LinkedHashMap<>();
            for (Map.Entry<String, Tensor> e : calibrationInputsByInputNodeName.entrySet()) {
                chunk.put(e.getKey(), count == batch ? e.getValue() : e.getValue().examples(from, count));
            }
            Map<String, Tensor> activations = fp32.runAll(chunk);
            for (String source : rangeSources.values()) {
                ranges.add(source, activations.get(source).data());
            }
        }
        return ranges;
    }

    /** For every calibrated node, the node whose fp32 output gives its range. */
    private static Map<String, String> rangeSources(Network network) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            boolean calibrated = node.layer() instanceof Dense || node.layer() instanceof Conv2D
                    || node.layer() instanceof Add || node.layer() instanceof Input && !readByEmbedding(network, node);
            if (!calibrated) {
                continue;
            }
            List<Node> readers = network.consumers(node.name());
            boolean reluOnly = readers.size() == 1 && readers.get(0).layer() instanceof Activation a
                    && a.function() == ActivationFunction.RELU;
            sources.put(node.name(), reluOnly ? readers.get(0).name() : node.name());
        }
        return sources;
    }

    private static boolean readByEmbedding(Network network, Node node) {
        return network.consumers(node.name()).stream().anyMatch(c -> c.layer() instanceof Embedding);
    }

    private static void checkTokenInputs(Network network) {
        String source = "network '" + network.name() + "'";
        for (Node node : network.nodes()) {
            if (node.layer() instanceof Embedding && !(network.node(node.inputs().get(0)).layer() instanceof Input)) {
                throw new InvalidInputException(source, 0, "layer '" + node.name() + "'",
                        "int8 needs an Embedding to read token ids straight from a network input");
            }
            if (node.layer() instanceof Input && readByEmbedding(network, node)
                    && !network.consumers(node.name()).stream().allMatch(c -> c.layer() instanceof Embedding)) {
                throw new InvalidInputException(source, 0, "input '" + node.name() + "'",
                        "int8 needs an input of token ids to be read only by Embedding layers");
            }
        }
    }

    /** Builds the quantized layers node by node, in network order. */
    private static final class Builder {
        private final Network network;
        private final NetworkParameters parameters;
        private final QuantizationConfig config;
        private final Map<String, Double> scales = new HashMap<>();
        private final List<QuantizedLayer> layers = new ArrayList<>();

        Builder(Network network, NetworkParameters parameters, QuantizationConfig config) {
            this.network = network;
            this.parameters = parameters;
            this.config = config;
        }

        /** @param calibratedScale the node's calibrated output scale, used where it has one */
        void add(Node node, double calibratedScale) {
            QuantizedLayer q = build(node, calibratedScale);
            scales.put(node.name(), q.outputScale());
            layers.add(q);
        }

        private QuantizedLayer build(Node node, double calibratedScale) {
            double in = node.inputs().isEmpty() ? 0 : scales.get(node.inputs().get(0));
            if (node.layer() instanceof Input) {
                boolean tokens = readByEmbedding(network, node);
                return new QuantizedInput(node, tokens ? 1 : calibratedScale, tokens);
            }
            if (node.layer() instanceof Dense || node.layer() instanceof Conv2D) {
                return matrix(node, in, calibratedScale);
            }
            if (node.layer() instanceof Add) {
                double b = scales.get(node.inputs().get(1));
                double out = Math.max(calibratedScale, Math.min(in, b));
                return new QuantizedAdd(node, in, b, out,
                        multiplier(node, () -> TwoTermMultiplier.of(in / out, b / out)));
            }
            if (node.layer() instanceof Activation a) {
                return switch (a.function()) {
                    case RELU -> new QuantizedSameScale(node, in);
                    case SIGMOID, TANH -> new QuantizedTableActivation(node, in,
                            Int8Arithmetic.activationTable(a.function(), in));
                    case SOFTMAX -> new QuantizedSoftmax(node, in);
                };
            }
            if (node.layer() instanceof Pool2D || node.layer() instanceof Flatten) {
                return new QuantizedSameScale(node, in);
            }
            if (node.layer() instanceof Embedding) {
                float[] table = parameters.view(node.name(), "table");
                double[] scale = weightScales(table, 1, table.length, true);
                return new QuantizedEmbedding(node, codes(table, scale, 1, true), scale[0]);
            }
            return recurrent(node, in);
        }

        private QuantizedMatrixLayer matrix(Node node, double in, double calibratedScale) {
            float[] w = parameters.view(node.name(), "weight");
            boolean conv = node.layer() instanceof Conv2D;
            int channels = conv ? ((Conv2D) node.layer()).outChannels() : ((Dense) node.layer()).units();
            int depth = w.length / channels;
            checkDepth(node, depth);
            double[] ws = weightScales(w, channels, depth, !conv);
            double out = Math.max(calibratedScale, in * Arrays.stream(ws).max().orElseThrow());
            boolean hasBias = conv ? ((Conv2D) node.layer()).bias() : ((Dense) node.layer()).bias();
            float[] b = hasBias ? parameters.view(node.name(), "bias") : new float[channels];
            int[] bias = new int[channels];
            FixedPointMultiplier[] m = new FixedPointMultiplier[channels];
            for (int c = 0; c < channels; c++) {
                bias[c] = Int8Arithmetic.quantizeBias(b[c], in * ws[c], depth);
                double real = in * ws[c] / out;
                m[c] = multiplier(node, () -> FixedPointMultiplier.of(real));
            }
            return new QuantizedMatrixLayer(node, in, out, codes(w, ws, channels, !conv), ws, bias, m);
        }

        private QuantizedRecurrentLayer recurrent(Node node, double in) {
            boolean lstm = node.layer() instanceof Lstm;
            float[] kernel = parameters.view(node.name(), "kernel");
            float[] rec = parameters.view(node.name(), "recurrent");
            float[] bias = parameters.view(node.name(), "bias");
            int columns = bias.length;
            int features = kernel.length / columns;
            int units = rec.length / columns;
            checkDepth(node, Math.max(features, units));
            double[] ks = weightScales(kernel, columns, features, true);
            double[] rs = weightScales(rec, columns, units, true);
            float[] recBias = lstm ? new float[columns] : parameters.view(node.name(), "recurrentBias");
            int[] kb = new int[columns];
            int[] rb = new int[columns];
            TwoTermMultiplier[] m = new TwoTermMultiplier[columns];
            double hidden = Int8Arithmetic.UNIT_SCALE;
            for (int j = 0; j < columns; j++) {
                kb[j] = Int8Arithmetic.quantizeBias(bias[j], in * ks[j], features);
                rb[j] = Int8Arithmetic.quantizeBias(recBias[j], hidden * rs[j], units);
                double a = in * ks[j] * Int8Arithmetic.Q12_ONE;
                double b = hidden * rs[j] * Int8Arithmetic.Q12_ONE;
                m[j] = multiplier(node, () -> TwoTermMultiplier.of(a, b));
            }
            return new QuantizedRecurrentLayer(node, in, codes(kernel, ks, columns, true), ks,
                    codes(rec, rs, columns, true), rs, kb, rb, m);
        }

        /**
         * Scales of a weight tensor, one per channel (all equal for per-tensor quantization).
         *
         * @param channelIsColumn true for {@code [depth, channels]} (Dense, recurrent), false for
         *     {@code [channels, depth]} (Conv2D filters, or a whole table as one channel)
         */
        private double[] weightScales(float[] w, int channels, int depth, boolean channelIsColumn) {
            double[] max = new double[channels];
            for (int i = 0; i < w.length; i++) {
                int c = channelIsColumn ? i % channels : i / depth;
                max[c] = Math.max(max[c], Math.abs(w[i]));
            }
            if (!config.perChannelWeights()) {
                double all = 0;
                for (double m : max) {
                    all = Math.max(all, m);
                }
                Arrays.fill(max, all);
            }
            double[] scales = new double[channels];
            for (int c = 0; c < channels; c++) {
                scales[c] = (max[c] > 0 ? max[c] : 1) / Int8Arithmetic.CODE_MAX;
            }
            return scales;
        }

        private static byte[] codes(float[] w, double[] scales, int channels, boolean channelIsColumn) {
            int depth = w.length / channels;
            byte[] q = new byte[w.length];
            for (int i = 0; i < w.length; i++) {
                q[i] = (byte) Int8Arithmetic.quantize(w[i], scales[channelIsColumn ? i % channels : i / depth]);
            }
            return q;
        }

        private void checkDepth(Node node, int depth) {
            if (depth > Int8Arithmetic.MAX_ACCUMULATION_DEPTH) {
                throw new InvalidInputException("network '" + network.name() + "'", 0, "layer '" + node.name() + "'",
                        "a dot product of depth " + depth + " can overflow an int32 accumulator (at most "
                                + Int8Arithmetic.MAX_ACCUMULATION_DEPTH + ")");
            }
        }

        private <T> T multiplier(Node node, Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("network '" + network.name() + "'", 0, "layer '" + node.name() + "'",
                        "cannot represent a requantization multiplier: " + e.getMessage(), e);
            }
        }
    }
}
