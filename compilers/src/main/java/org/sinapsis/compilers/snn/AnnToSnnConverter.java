// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.ActivationFunction;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Input;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

/**
 * Converts a ReLU network to integrate-and-fire layers with data-based normalization (Diehl et
 * al., IJCNN 2015; Rueckauer et al., Front. Neurosci. 2017):
 * <pre>
 * lambda_l  = the p-th percentile of layer l's positive activations on the calibration inputs
 *             (lambda_0 = 1: inputs are taken to lie in [0, 1])
 * W'_l      = W_l lambda_{l-1} / lambda_l,   b'_l = b_l / lambda_l,   threshold 1
 * </pre>
 * With reset by subtraction a neuron then fires at rate {@code a_l / lambda_l} (clipped to one
 * spike per tick), so rates carry the ANN's activations layer by layer.
 *
 * <p>Supported: Input, Flatten, Dense and Conv2D followed by ReLU (or ending the network, with an
 * optional softmax, which argmax makes unnecessary), and average pooling (its output is
 * non-negative, so it needs no ReLU). Refused with an {@link InfeasibleException} naming the
 * layer: max pooling (a spiking max needs gating circuits this compiler does not build; retrain
 * with average pooling), tanh and sigmoid, residual additions, recurrent layers and embeddings,
 * and a linear layer not followed by ReLU in the middle of the network.
 *
 * <p>Not modelled: batch-norm layers (fold them into the weights first), biases spread over time
 * (a bias is a constant current every tick).
 */
final class AnnToSnnConverter {

    /** The converted layers, and for each the calibration activations of its source, in ANN units. */
    record Conversion(List<SpikingLayer> layers, List<Tensor> sourceActivations) {
    }

    private AnnToSnnConverter() {
    }

    static Conversion convert(String target, Network network, NetworkParameters parameters,
            Map<String, Tensor> calibration, double percentile) {
        if (network.inputs().size() != 1 || network.outputs().size() != 1) {
            throw new InfeasibleException(target, "network '" + network.name() + "'",
                    "a spiking chip runs networks with one input and one output");
        }
        List<Node> nodes = network.nodes();
        checkSupported(target, nodes);
        Map<String, Tensor> acts = new Fp32Executor(network, parameters, 1).runAll(calibration);
        List<SpikingLayer> layers = new ArrayList<>();
        List<Tensor> sources = new ArrayList<>();
        Node input = network.inputs().get(0);
        TensorShape shape = input.outputShape();
        Tensor current = acts.get(input.name());
        double lambdaPrev = 1.0;
        int source = -1;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.layer() instanceof Input || n.layer() instanceof Flatten || n.layer() instanceof Activation) {
                if (n.layer() instanceof Flatten) {
                    shape = n.outputShape();
                }
                continue;
            }
            boolean last = isLastLinear(nodes, i);
            Node activated = activationNode(nodes, i);
            Rows rows = rows(target, n, shape, parameters);
            double lambda = percentile(acts.get(activated.name()).data(), percentile);
            double factor = lambdaPrev / lambda;
            float[] w = new float[rows.weight.length];
            for (int s = 0; s < w.length; s++) {
                w[s] = (float) (rows.weight[s] * factor);
            }
            float[] b = new float[rows.bias.length];
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) (rows.bias[j] / lambda);
            }
            int[] sign = new int[rows.size];
            Arrays.fill(sign, 1);
            layers.add(new SpikingLayer(n.name(), n.name(), rows.size, source, (int) shape.elements(), rows.rowStart,
                    rows.src, w, b, rows.paramIndex, rows.biasIndex, sign, rows.scaleGroup, lambda / lambdaPrev, lambda,
                    last));
            sources.add(current);
            current = acts.get(activated.name());
            shape = n.outputShape();
            lambdaPrev = lambda;
            source = layers.size() - 1;
        }
        return new Conversion(layers, sources);
    }

    private static void checkSupported(String target, List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String what = "layer '" + n.name() + "' (" + n.layer().kind() + ")";
            if (n.layer() instanceof Pool2D p && p.mode() == PoolMode.MAX) {
                throw new InfeasibleException(target, what, "max pooling has no spiking equivalent in this compiler"
                        + " (it would need gating neurons); use average pooling");
            }
            if (n.layer() instanceof Activation a) {
                boolean lastSoftmax = a.function() == ActivationFunction.SOFTMAX && i == nodes.size() - 1;
                if (a.function() != ActivationFunction.RELU && !lastSoftmax) {
                    throw new InfeasibleException(target, what, "integrate-and-fire neurons carry ReLU activations"
                            + " only; " + a.function().displayName() + " cannot be converted");
                }
                continue;
            }
            boolean supported = n.layer() instanceof Input || n.layer() instanceof Flatten
                    || n.layer() instanceof Dense || n.layer() instanceof Conv2D || n.layer() instanceof Pool2D;
            if (!supported) {
                throw new InfeasibleException(target, what, "not supported by the ANN-to-SNN conversion (Dense,"
                        + " Conv2D, average pooling, Flatten and ReLU are)");
            }
            if (n.inputs().size() > 1) {
                throw new InfeasibleException(target, what, "layers with several inputs are not supported");
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String what = "layer '" + n.name() + "' (" + n.layer().kind() + ")";
            boolean linear = n.layer() instanceof Dense || n.layer() instanceof Conv2D;
            if (linear && !isLastLinear(nodes, i) && !followedByRelu(nodes, i)) {
                throw new InfeasibleException(target, what, "a linear layer inside the network must be followed by"
                        + " ReLU: spiking rates cannot carry negative activations");
            }
        }
    }

    private static boolean followedByRelu(List<Node> nodes, int i) {
        return i + 1 < nodes.size() && nodes.get(i + 1).layer() instanceof Activation a
                && a.function() == ActivationFunction.RELU;
    }

    /** Whether no Dense, Conv2D or Pool2D follows node {@code i}. */
    private static boolean isLastLinear(List<Node> nodes, int i) {
        for (int k = i + 1; k < nodes.size(); k++) {
            var l = nodes.get(k).layer();
            if (l instanceof Dense || l instanceof Conv2D || l instanceof Pool2D) {
                return false;
            }
        }
        return true;
    }

    /** The node holding layer {@code i}'s activation: its ReLU when it has one, else itself. */
    private static Node activationNode(List<Node> nodes, int i) {
        return followedByRelu(nodes, i) ? nodes.get(i + 1) : nodes.get(i);
    }

    /** The {@code p}-th percentile (nearest rank) of the positive values, or 1 when there are none. */
    static double percentile(float[] values, double p) {
        int n = 0;
        for (float v : values) {
            if (v > 0) {
                n++;
            }
        }
        if (n == 0) {
            return 1.0;
        }
        float[] pos = new float[n];
        int k = 0;
        for (float v : values) {
            if (v > 0) {
                pos[k++] = v;
            }
        }
        Arrays.sort(pos);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return pos[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** A linear layer as fan-in rows in ANN units. */
    private record Rows(int size, int[] rowStart, int[] src, double[] weight, double[] bias, int[] paramIndex,
            int[] biasIndex, int[] scaleGroup) {
    }

    private static Rows rows(String target, Node n, TensorShape in, NetworkParameters parameters) {
        if (n.layer() instanceof Dense d) {
            int f = in.last();
            if (in.rank() != 1) {
                throw new InfeasibleException(target, "layer '" + n.name() + "' (Dense)", "expects a flat input, got " + in);
            }
            float[] w = parameters.get(n.name(), "weight");
            float[] b = d.bias() ? parameters.get(n.name(), "bias") : new float[d.units()];
            int units = d.units();
            int[] start = new int[units + 1];
            int[] src = new int[units * f];
            double[] weight = new double[units * f];
            int[] pidx = new int[units * f];
            int[] bidx = new int[units];
            int[] group = new int[units];
            double[] bias = new double[units];
            int s = 0;
            for (int j = 0; j < units; j++) {
                for (int i = 0; i < f; i++) {
                    src[s] = i;
                    weight[s] = w[i * units + j];
                    pidx[s] = i * units + j;
                    s++;
                }
                start[j + 1] = s;
                bias[j] = b[j];
                bidx[j] = d.bias() ? j : -1;
                group[j] = j;
            }
            return new Rows(units, start, src, weight, bias, pidx, bidx, group);
        }
        if (n.layer() instanceof Conv2D c) {
            float[] w = parameters.get(n.name(), "weight");
            float[] b = c.bias() ? parameters.get(n.name(), "bias") : new float[c.outChannels()];
            return convRows(n, in, c, w, b);
        }
        Pool2D p = (Pool2D) n.layer();
        return poolRows(n, in, p);
    }

    private static Rows convRows(Node n, TensorShape in, Conv2D c, float[] w, float[] b) {
        int cin = in.dim(0);
        int h = in.dim(1);
        int wd = in.dim(2);
        TensorShape out = n.outputShape();
        int m = out.dim(0);
        int pq = out.dim(1) * out.dim(2);
        int cpg = cin / c.groups();
        int mpg = m / c.groups();
        int size = m * pq;
        int[] start = new int[size + 1];
        IntBuffer src = new IntBuffer();
        IntBuffer pidx = new IntBuffer();
        double[] weight = new double[size * cpg * c.kernelH() * c.kernelW()];
        double[] bias = new double[size];
        int[] bidx = new int[size];
        int[] group = new int[size];
        int s = 0;
        for (int oc = 0; oc < m; oc++) {
            int g = oc / mpg;
            for (int p = 0; p < out.dim(1); p++) {
                for (int q = 0; q < out.dim(2); q++) {
                    int o = oc * pq + p * out.dim(2) + q;
                    for (int cl = 0; cl < cpg; cl++) {
                        int ch = g * cpg + cl;
                        for (int r = 0; r < c.kernelH(); r++) {
                            int y = p * c.strideH() - c.padH() + r;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            for (int t = 0; t < c.kernelW(); t++) {
                                int x = q * c.strideW() - c.padW() + t;
                                if (x < 0 || x >= wd) {
                                    continue;
                                }
                                int wi = ((oc * cpg + cl) * c.kernelH() + r) * c.kernelW() + t;
                                src.add(ch * h * wd + y * wd + x);
                                pidx.add(wi);
                                weight[s++] = w[wi];
                            }
                        }
                    }
                    start[o + 1] = s;
                    bias[o] = b[oc];
                    bidx[o] = c.bias() ? oc : -1;
                    group[o] = oc;
                }
            }
        }
        return new Rows(size, start, src.toArray(), Arrays.copyOf(weight, s), bias, pidx.toArray(), bidx, group);
    }

    private static Rows poolRows(Node n, TensorShape in, Pool2D p) {
        int ch = in.dim(0);
        int h = in.dim(1);
        int wd = in.dim(2);
        TensorShape out = n.outputShape();
        int pq = out.dim(1) * out.dim(2);
        int size = ch * pq;
        int[] start = new int[size + 1];
        IntBuffer src = new IntBuffer();
        List<Double> weights = new ArrayList<>();
        for (int c = 0; c < ch; c++) {
            for (int y0 = 0; y0 < out.dim(1); y0++) {
                for (int x0 = 0; x0 < out.dim(2); x0++) {
                    int o = c * pq + y0 * out.dim(2) + x0;
                    int first = src.size();
                    for (int r = 0; r < p.kernelH(); r++) {
                        int y = y0 * p.strideH() - p.padH() + r;
                        for (int t = 0; t < p.kernelW(); t++) {
                            int x = x0 * p.strideW() - p.padW() + t;
                            if (y >= 0 && y < h && x >= 0 && x < wd) {
                                src.add(c * h * wd + y * wd + x);
                            }
                        }
                    }
                    int count = src.size() - first;
                    for (int k = 0; k < count; k++) {
                        weights.add(1.0 / count);
                    }
                    start[o + 1] = src.size();
                }
            }
        }
        double[] weight = weights.stream().mapToDouble(Double::doubleValue).toArray();
        int[] pidx = new int[weight.length];
        Arrays.fill(pidx, -1);
        int[] bidx = new int[size];
        Arrays.fill(bidx, -1);
        return new Rows(size, start, src.toArray(), weight, new double[size], pidx, bidx, new int[size]);
    }

    /** A growable int array. */
    static final class IntBuffer {
        private int[] v = new int[64];
        private int n;

        void add(int x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(v, n);
        }
    }
}
