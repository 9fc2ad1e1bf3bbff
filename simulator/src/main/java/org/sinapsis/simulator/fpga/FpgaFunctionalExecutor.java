// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.Int8Arithmetic;
import org.sinapsis.networks.reference.Int8Tensor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.QuantizedAdd;
import org.sinapsis.networks.reference.QuantizedEmbedding;
import org.sinapsis.networks.reference.QuantizedInput;
import org.sinapsis.networks.reference.QuantizedLayer;
import org.sinapsis.networks.reference.QuantizedMatrixLayer;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.QuantizedRecurrentLayer;
import org.sinapsis.networks.reference.QuantizedSoftmax;
import org.sinapsis.networks.reference.QuantizedTableActivation;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.reference.TwoTermMultiplier;

/**
 * Runs a network on the FPGA machine functionally, in the program's number format: every
 * convolution, dense layer and recurrent matrix-vector step on the PE array
 * ({@link FpgaMatrixUnit}, in the program's input-channel tiling), everything else on the
 * element-wise unit.
 *
 * <ul>
 *   <li><b>int8</b>: the network of {@link QuantizedNetwork} (the workload's one quantization);
 *       int8 x int8 products accumulate exactly, then bias, requantization, pooling, tables and
 *       recurrent gate math follow {@link Int8Arithmetic}, so the codes equal the int8 reference
 *       executor's bit for bit (a test checks it).</li>
 *   <li><b>fp32</b>: fp32 products, summed per input-channel tile in lane order and accumulated in
 *       the tile order; differences from the fp32 reference are rounding only.</li>
 *   <li><b>fixed point</b> ({@code int16}, {@code fixed18}): inputs and weights quantized per
 *       tensor ({@link FpgaNumberFormats}; activation ranges from the fp32 reference on the
 *       calibration inputs), exact products and sums in the DSP accumulator, the output rounded to
 *       its tensor's format. Recurrent gate pre-activations keep the accumulator's precision.</li>
 *   <li><b>block floating point</b> ({@code bfp8}): blocks of input channels (and of each output
 *       channel's weights, per kernel tap) share an exponent; mantissa products sum exactly within a
 *       block and accumulate in fp32 across blocks; bias added in fp32.</li>
 * </ul>
 * In the non-int8 formats the element-wise layers (activations, pooling, adds, softmax,
 * embeddings) and the recurrent gate math run in fp32 with the reference's own code (the host or
 * a float element-wise unit).
 *
 * <p>Not modelled: the shared exponent's limited range, accumulator overflow beyond 63 bits,
 * float16 in Brainwave's vector units.
 */
public final class FpgaFunctionalExecutor {
    private final Network network;
    private final FpgaMatrixUnit unit;
    private final FpgaDatapath datapath;
    private final QuantizedNetwork quantized;
    private final NetworkParameters parameters;
    private final Map<String, Double> ranges;
    private final Map<String, Fp32Executor> hostLayers = new HashMap<>();
    private final Map<String, List<float[]>> weights = new HashMap<>();

    private FpgaFunctionalExecutor(Network network, FpgaProgram program, FpgaDatapath datapath,
            QuantizedNetwork quantized, NetworkParameters parameters, Map<String, Double> ranges) {
        this.network = network;
        this.datapath = datapath;
        this.quantized = quantized;
        this.parameters = parameters;
        this.ranges = ranges;
        this.unit = new FpgaMatrixUnit(program.tn());
        Set<String> kernels = new HashSet<>();
        for (FpgaKernel k : program.kernels()) {
            kernels.add(k.node());
        }
        for (Node n : network.layers()) {
            if (n.layer().matrixWork() && !kernels.contains(n.name())) {
                throw new IllegalArgumentException("the program has no kernel for layer '" + n.name() + "'");
            }
        }
    }

    /**
     * An int8 run of {@code quantized} under {@code program}.
     *
     * @throws IllegalArgumentException when the program is not int8 or lacks a kernel of the network
     */
    public static FpgaFunctionalExecutor int8(FpgaProgram program, FpgaDatapath datapath, QuantizedNetwork quantized) {
        if (program.precision() != Precision.INT8 || datapath.precision() != Precision.INT8) {
            throw new IllegalArgumentException("an int8 run needs an int8 program and datapath");
        }
        return new FpgaFunctionalExecutor(quantized.network(), program, datapath, quantized, null, Map.of());
    }

    /**
     * A run in fp32, fixed point or block floating point.
     *
     * @param calibration inputs whose fp32 activations set the fixed-point formats (unused otherwise)
     */
    public static FpgaFunctionalExecutor floating(FpgaProgram program, FpgaDatapath datapath, Network network,
            NetworkParameters parameters, Map<String, Tensor> calibration) {
        if (program.precision() == Precision.INT8 || datapath.precision() != program.precision()) {
            throw new IllegalArgumentException("a floating run needs a non-int8 program of the datapath's precision");
        }
        Map<String, Double> ranges = new HashMap<>();
        if (fixedPoint(datapath.precision())) {
            new Fp32Executor(network, parameters, 1).runAll(calibration)
                    .forEach((name, t) -> ranges.put(name, FpgaNumberFormats.maxAbs(t.data())));
        }
        return new FpgaFunctionalExecutor(network, program, datapath, null, parameters, ranges);
    }

    private static boolean fixedPoint(Precision p) {
        return p == Precision.INT16 || p == Precision.FIXED18;
    }

    /** Runs one batch; the result has every output node's values (and codes in an int8 run). */
    public FpgaFunctionalResult run(Map<String, Tensor> inputs) {
        return quantized != null ? runInt8(inputs) : runFloat(inputs);
    }

    private FpgaFunctionalResult runFloat(Map<String, Tensor> inputs) {
        Map<String, Tensor> values = new LinkedHashMap<>();
        for (Node n : network.nodes()) {
            if (n.layer().arity() == 0) {
                values.put(n.name(), inputs.get(n.name()));
            } else if (n.layer().matrixWork()) {
                values.put(n.name(), matrixFloat(n, values.get(n.inputs().get(0))));
            } else {
                values.put(n.name(), host(n, values));
            }
        }
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        for (Node n : network.outputs()) {
            outputs.put(n.name(), values.get(n.name()));
        }
        return new FpgaFunctionalResult(outputs, Map.of());
    }

    /** A layer without matrix work, run by the fp32 reference on a network of that one layer. */
    private Tensor host(Node n, Map<String, Tensor> values) {
        Fp32Executor executor;
        synchronized (hostLayers) {
            executor = hostLayers.computeIfAbsent(n.name(), k -> hostExecutor(n));
        }
        Map<String, Tensor> args = new LinkedHashMap<>();
        for (int i = 0; i < n.inputs().size(); i++) {
            args.put("in" + i, values.get(n.inputs().get(i)));
        }
        return executor.run(args).get(n.name());
    }

    private Fp32Executor hostExecutor(Node n) {
        Network.Builder b = Network.builder(n.name());
        String[] names = new String[n.inputs().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "in" + i;
            b.input(names[i], n.inputShapes().get(i).dims().stream().mapToInt(Integer::intValue).toArray());
        }
        Network one = b.add(n.name(), n.layer(), names).build();
        Map<String, List<float[]>> p = new LinkedHashMap<>();
        if (!n.parameterSpecs().isEmpty()) {
            p.put(n.name(), parameters(n));
        }
        return new Fp32Executor(one, NetworkParameters.of(one, p), 1);
    }

    private List<float[]> parameters(Node n) {
        synchronized (weights) {
            return weights.computeIfAbsent(n.name(), k -> n.parameterSpecs().stream()
                    .map(s -> parameters.get(n.name(), s.name())).toList());
        }
    }

    private Tensor matrixFloat(Node n, Tensor x) {
        List<float[]> p = parameters(n);
        double inRange = ranges.getOrDefault(n.inputs().get(0), 0.0);
        double outRange = ranges.getOrDefault(n.name(), Double.NaN);
        if (n.layer() instanceof Conv2D c) {
            FpgaMatrixUnit.Conv conv = conv(n, c, x.batch());
            float[] out = product(conv, x.data(), p.get(0), c.bias() ? p.get(1) : null, inRange, outRange);
            return new Tensor(x.batch(), n.outputShape(), out);
        }
        if (n.layer() instanceof Dense d) {
            int features = x.shape().last();
            int rows = x.batch() * (x.exampleSize() / features);
            float[] out = product(FpgaMatrixUnit.Conv.dense(rows, features, d.units()), x.data(),
                    transpose(p.get(0), features, d.units()), d.bias() ? p.get(1) : null, inRange, outRange);
            return new Tensor(x.batch(), n.outputShape(), out);
        }
        return recurrentFloat(n, x, p, inRange);
    }

    private static FpgaMatrixUnit.Conv conv(Node n, Conv2D c, int batch) {
        TensorShape in = n.inputShapes().get(0);
        TensorShape out = n.outputShape();
        return new FpgaMatrixUnit.Conv(batch, c.groups(), in.dim(0) / c.groups(), in.dim(1), in.dim(2),
                c.outChannels() / c.groups(), out.dim(1), out.dim(2), c.kernelH(), c.kernelW(), c.strideH(),
                c.strideW(), c.padH(), c.padW());
    }

    /** One matrix product in the datapath's format; {@code outRange} NaN keeps the accumulator's precision. */
    private float[] product(FpgaMatrixUnit.Conv p, float[] x, float[] w, float[] bias,
            double inRange, double outRange) {
        switch (datapath.precision()) {
            case FP32 -> {
                return unit.convFloat(p, x, w, bias);
            }
            case BFP8 -> {
                return blockFloat(p, x, w, bias);
            }
            default -> {
                return fixed(p, x, w, bias, inRange, outRange);
            }
        }
    }

    private float[] fixed(FpgaMatrixUnit.Conv p, float[] x, float[] w, float[] bias,
            double inRange, double outRange) {
        int bits = datapath.operandBits();
        int fx = FpgaNumberFormats.fractionalBits(bits, Math.max(inRange, FpgaNumberFormats.maxAbs(x)));
        int fw = FpgaNumberFormats.fractionalBits(bits, FpgaNumberFormats.maxAbs(w));
        long[] xq = FpgaNumberFormats.toFixed(x, bits, fx);
        long[] wq = FpgaNumberFormats.toFixed(w, bits, fw);
        long[] b = null;
        if (bias != null) {
            b = new long[bias.length];
            for (int i = 0; i < bias.length; i++) {
                b[i] = FpgaNumberFormats.toFixed(bias[i], 63, fx + fw);
            }
        }
        long[] acc = unit.convInteger(p, xq, wq, b, 0, null, null, null);
        long limit = (1L << (Math.min(63, datapath.accumulatorBits()) - 1)) - 1;
        float[] out = new float[acc.length];
        int fo = Double.isNaN(outRange) ? 0 : FpgaNumberFormats.fractionalBits(bits, outRange);
        for (int i = 0; i < acc.length; i++) {
            double v = Math.scalb((double) Math.max(-limit, Math.min(limit, acc[i])), -(fx + fw));
            out[i] = Double.isNaN(outRange) ? (float) v
                    : (float) Math.scalb((double) FpgaNumberFormats.toFixed(v, bits, fo), -fo);
        }
        return out;
    }

    private float[] blockFloat(FpgaMatrixUnit.Conv p, float[] x, float[] w, float[] bias) {
        int block = datapath.blockSize();
        int m = datapath.mantissaBits();
        int blocks = (p.inChannels() + block - 1) / block;
        int plane = p.height() * p.width();
        long[] xq = new long[x.length];
        int[] xExp = new int[p.batch() * p.groups() * blocks * plane];
        int[] at = new int[block];
        for (int bg = 0; bg < p.batch() * p.groups(); bg++) {
            for (int k = 0; k < blocks; k++) {
                for (int px = 0; px < plane; px++) {
                    int count = 0;
                    for (int n = k * block; n < Math.min(p.inChannels(), (k + 1) * block); n++) {
                        at[count++] = (bg * p.inChannels() + n) * plane + px;
                    }
                    xExp[(bg * blocks + k) * plane + px] = FpgaNumberFormats.toBlock(x, at, count, m, xq);
                }
            }
        }
        int taps = p.kernelH() * p.kernelW();
        long[] wq = new long[w.length];
        int[] wExp = new int[p.groups() * p.outChannels() * blocks * taps];
        for (int gm = 0; gm < p.groups() * p.outChannels(); gm++) {
            for (int k = 0; k < blocks; k++) {
                for (int tap = 0; tap < taps; tap++) {
                    int count = 0;
                    for (int n = k * block; n < Math.min(p.inChannels(), (k + 1) * block); n++) {
                        at[count++] = (gm * p.inChannels() + n) * taps + tap;
                    }
                    wExp[(gm * blocks + k) * taps + tap] = FpgaNumberFormats.toBlock(w, at, count, m, wq);
                }
            }
        }
        float[] out = new float[p.batch() * p.outputSize()];
        unit.convInteger(p, xq, wq, null, block, xExp, wExp, out);
        if (bias != null) {
            int pixels = p.outRows() * p.outCols();
            for (int i = 0; i < out.length; i++) {
                out[i] += bias[i / pixels % (p.groups() * p.outChannels())];
            }
        }
        return out;
    }

    private Tensor recurrentFloat(Node n, Tensor x, List<float[]> p, double inRange) {
        boolean lstm = n.layer() instanceof Lstm;
        int units = lstm ? ((Lstm) n.layer()).units() : ((Gru) n.layer()).units();
        boolean sequences = lstm ? ((Lstm) n.layer()).returnSequences() : ((Gru) n.layer()).returnSequences();
        int steps = x.shape().dim(0);
        int features = x.shape().dim(1);
        int width = (lstm ? 4 : 3) * units;
        int batch = x.batch();
        float[] kernel = transpose(p.get(0), features, width);
        float[] recurrent = transpose(p.get(1), units, width);
        float[] bias = p.get(2);
        float[] recurrentBias = lstm ? null : p.get(3);
        float[] hidden = new float[batch * units];
        float[] cell = new float[batch * units];
        float[] out = new float[sequences ? batch * steps * units : batch * units];
        float[] xt = new float[batch * features];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                System.arraycopy(x.data(), (b * steps + t) * features, xt, b * features, features);
            }
            float[] zx = product(FpgaMatrixUnit.Conv.dense(batch, features, width), xt, kernel, bias, inRange,
                    Double.NaN);
            float[] zh = product(FpgaMatrixUnit.Conv.dense(batch, units, width), hidden, recurrent,
                    recurrentBias, 1.0, Double.NaN);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < units; j++) {
                    int r = b * width;
                    int s = b * units + j;
                    if (lstm) {
                        float i = sigmoid(zx[r + j] + zh[r + j]);
                        float f = sigmoid(zx[r + units + j] + zh[r + units + j]);
                        float g = (float) StrictMath.tanh(zx[r + 2 * units + j] + zh[r + 2 * units + j]);
                        float o = sigmoid(zx[r + 3 * units + j] + zh[r + 3 * units + j]);
                        cell[s] = f * cell[s] + i * g;
                        hidden[s] = o * (float) StrictMath.tanh(cell[s]);
                    } else {
                        float z = sigmoid(zx[r + j] + zh[r + j]);
                        float reset = sigmoid(zx[r + units + j] + zh[r + units + j]);
                        float cand = (float) StrictMath.tanh(zx[r + 2 * units + j] + reset * zh[r + 2 * units + j]);
                        hidden[s] = (1 - z) * cand + z * hidden[s];
                    }
                }
                if (sequences) {
                    System.arraycopy(hidden, b * units, out, (b * steps + t) * units, units);
                }
            }
        }
        if (!sequences) {
            System.arraycopy(hidden, 0, out, 0, out.length);
        }
        return new Tensor(batch, n.outputShape(), out);
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + StrictMath.exp(-(double) x)));
    }

    /** {@code [rows][cols]} to {@code [cols][rows]}. */
    private static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
        return t;
    }

    private static long[] transpose(byte[] a, int rows, int cols) {
        long[] t = new long[a.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = a[r * cols + c];
            }
        }
        return t;
    }

    private FpgaFunctionalResult runInt8(Map<String, Tensor> inputs) {
        Map<String, Int8Tensor> codes = new LinkedHashMap<>();
        Map<String, Tensor> hostValues = new HashMap<>();
        for (Node n : network.nodes()) {
            QuantizedLayer layer = quantized.layer(n.name());
            if (layer instanceof QuantizedInput in) {
                if (!in.tokenIds()) {
                    codes.put(n.name(), quantized.quantizeInput(n.name(), inputs.get(n.name())));
                }
                continue;
            }
            Int8Tensor x = n.inputs().isEmpty() ? null : codes.get(n.inputs().get(0));
            Int8Tensor y;
            if (layer instanceof QuantizedMatrixLayer q) {
                y = matrixInt8(n, q, x);
            } else if (layer instanceof QuantizedRecurrentLayer q) {
                y = recurrentInt8(n, q, x);
            } else if (layer instanceof QuantizedTableActivation q) {
                y = FpgaInt8VectorUnit.table(q, x);
            } else if (layer instanceof QuantizedAdd q) {
                y = FpgaInt8VectorUnit.add(q, x, codes.get(n.inputs().get(1)));
            } else if (layer instanceof QuantizedSoftmax) {
                double[] prob = QuantizedSoftmax.probabilities(x);
                hostValues.put(n.name(), new Tensor(x.batch(), x.shape(), QuantizedSoftmax.values(prob)));
                y = new Int8Tensor(x.batch(), x.shape(), QuantizedSoftmax.codes(prob), Int8Arithmetic.UNIT_SCALE);
            } else if (layer instanceof QuantizedEmbedding q) {
                y = FpgaInt8VectorUnit.embedding(q, inputs.get(n.inputs().get(0)), network.name());
            } else if (n.layer() instanceof Activation a && a.function() == ActivationFunction.RELU) {
                y = FpgaInt8VectorUnit.relu(x);
            } else if (n.layer() instanceof Pool2D) {
                y = FpgaInt8VectorUnit.pool(n, x);
            } else {
                y = new Int8Tensor(x.batch(), n.outputShape(), x.codes(), x.scale());
            }
            codes.put(n.name(), y);
        }
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        Map<String, Int8Tensor> outputCodes = new LinkedHashMap<>();
        for (Node n : network.outputs()) {
            outputCodes.put(n.name(), codes.get(n.name()));
            Tensor host = hostValues.get(n.name());
            outputs.put(n.name(), host != null ? host : codes.get(n.name()).dequantize());
        }
        return new FpgaFunctionalResult(outputs, outputCodes);
    }

    private Int8Tensor matrixInt8(Node n, QuantizedMatrixLayer q, Int8Tensor x) {
        long[] xq = new long[x.codes().length];
        for (int i = 0; i < xq.length; i++) {
            xq[i] = x.codes()[i];
        }
        long[] bias = new long[q.channels()];
        int[] b = q.bias();
        for (int i = 0; i < bias.length; i++) {
            bias[i] = b[i];
        }
        FpgaMatrixUnit.Conv p;
        long[] wq;
        if (n.layer() instanceof Conv2D c) {
            p = conv(n, c, x.batch());
            byte[] w = q.weights();
            wq = new long[w.length];
            for (int i = 0; i < w.length; i++) {
                wq[i] = w[i];
            }
        } else {
            int features = x.shape().last();
            p = FpgaMatrixUnit.Conv.dense(x.batch() * (int) (x.shape().elements() / features), features, q.channels());
            wq = transpose(q.weights(), features, q.channels());
        }
        long[] acc = unit.convInteger(p, xq, wq, bias, 0, null, null, null);
        var multipliers = q.multipliers();
        int pixels = p.outRows() * p.outCols();
        byte[] out = new byte[acc.length];
        for (int i = 0; i < acc.length; i++) {
            out[i] = (byte) Int8Arithmetic.requantize(Math.toIntExact(acc[i]), multipliers[i / pixels % q.channels()]);
        }
        return new Int8Tensor(x.batch(), n.outputShape(), out, q.outputScale());
    }

    private Int8Tensor recurrentInt8(Node n, QuantizedRecurrentLayer q, Int8Tensor x) {
        int units = q.units();
        boolean lstm = q.lstm();
        boolean sequences = lstm ? ((Lstm) n.layer()).returnSequences() : ((Gru) n.layer()).returnSequences();
        int steps = x.shape().dim(0);
        int features = x.shape().dim(1);
        int width = q.gateMultipliers().length;
        int batch = x.batch();
        long[] kernel = transpose(q.kernel(), features, width);
        long[] recurrent = transpose(q.recurrent(), units, width);
        long[] kernelBias = widen(q.kernelBias());
        long[] recurrentBias = widen(q.recurrentBias());
        TwoTermMultiplier[] m = q.gateMultipliers();
        byte[] hidden = new byte[batch * units];
        int[] cell = new int[batch * units];
        byte[] out = new byte[sequences ? batch * steps * units : batch * units];
        long[] xt = new long[batch * features];
        long[] ht = new long[batch * units];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int f = 0; f < features; f++) {
                    xt[b * features + f] = x.codes()[(b * steps + t) * features + f];
                }
            }
            for (int i = 0; i < hidden.length; i++) {
                ht[i] = hidden[i];
            }
            long[] ax = unit.convInteger(FpgaMatrixUnit.Conv.dense(batch, features, width), xt, kernel, kernelBias, 0,
                    null, null, null);
            long[] ah = unit.convInteger(FpgaMatrixUnit.Conv.dense(batch, units, width), ht, recurrent, recurrentBias, 0,
                    null, null, null);
            for (int b = 0; b < batch; b++) {
                int r = b * width;
                for (int j = 0; j < units; j++) {
                    int s = b * units + j;
                    if (lstm) {
                        int i = Int8Arithmetic.sigmoidQ15(gate(ax, ah, r + j, m[j]));
                        int f = Int8Arithmetic.sigmoidQ15(gate(ax, ah, r + units + j, m[units + j]));
                        int g = Int8Arithmetic.tanhQ15(gate(ax, ah, r + 2 * units + j, m[2 * units + j]));
                        int o = Int8Arithmetic.sigmoidQ15(gate(ax, ah, r + 3 * units + j, m[3 * units + j]));
                        cell[s] = Int8Arithmetic.lstmCellQ12(f, cell[s], i, g);
                        hidden[s] = (byte) Int8Arithmetic.lstmHiddenCode(o, cell[s]);
                    } else {
                        int z = Int8Arithmetic.sigmoidQ15(gate(ax, ah, r + j, m[j]));
                        int reset = Int8Arithmetic.sigmoidQ15(gate(ax, ah, r + units + j, m[units + j]));
                        TwoTermMultiplier c = m[2 * units + j];
                        int inputPart = Int8Arithmetic.toQ12(Math.toIntExact(ax[r + 2 * units + j]), c.mantissaA(),
                                c.shift());
                        int recurrentPart = Int8Arithmetic.toQ12(Math.toIntExact(ah[r + 2 * units + j]), c.mantissaB(),
                                c.shift());
                        int cand = Int8Arithmetic.tanhQ15(Int8Arithmetic.gruCandidateQ12(inputPart, reset, recurrentPart));
                        hidden[s] = (byte) Int8Arithmetic.gruHiddenCode(z, cand, hidden[s]);
                    }
                }
                if (sequences) {
                    System.arraycopy(hidden, b * units, out, (b * steps + t) * units, units);
                }
            }
        }
        if (!sequences) {
            System.arraycopy(hidden, 0, out, 0, out.length);
        }
        return new Int8Tensor(batch, n.outputShape(), out, Int8Arithmetic.UNIT_SCALE);
    }

    private static int gate(long[] ax, long[] ah, int column, TwoTermMultiplier m) {
        return Int8Arithmetic.gatePreactivationQ12(Math.toIntExact(ax[column]), Math.toIntExact(ah[column]), m);
    }

    private static long[] widen(int[] values) {
        long[] w = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            w[i] = values[i];
        }
        return w;
    }
}
