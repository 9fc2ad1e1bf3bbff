// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * Test-only trainer for Dense/ReLU/softmax classifiers such as fashion-mlp (mini-batch SGD with
 * momentum, softmax cross-entropy), so the conversion fidelity can be checked on a trained network
 * before the training issue's trainer and bundled models land. Deterministic: fixed seed,
 * single-threaded EJML products.
 */
final class MlpTrainer {
    private MlpTrainer() {
    }

    static NetworkParameters train(Network net, FashionMnist data, int examples, int epochs, long seed) {
        List<Node> dense = new ArrayList<>();
        for (Node n : net.nodes()) {
            if (n.layer() instanceof Dense) {
                dense.add(n);
            }
        }
        NetworkParameters init = NetworkParameters.initialize(net, seed);
        int layers = dense.size();
        FMatrixRMaj[] w = new FMatrixRMaj[layers];
        FMatrixRMaj[] b = new FMatrixRMaj[layers];
        FMatrixRMaj[] vw = new FMatrixRMaj[layers];
        FMatrixRMaj[] vb = new FMatrixRMaj[layers];
        for (int l = 0; l < layers; l++) {
            Node n = dense.get(l);
            int in = n.inputShapes().get(0).last();
            int out = ((Dense) n.layer()).units();
            w[l] = new FMatrixRMaj(in, out, true, init.get(n.name(), "weight"));
            b[l] = new FMatrixRMaj(1, out);
            vw[l] = new FMatrixRMaj(in, out);
            vb[l] = new FMatrixRMaj(1, out);
        }
        int batch = 64;
        float lr = 0.05f;
        float momentum = 0.9f;
        SplittableRandom r = new SplittableRandom(seed);
        int[] order = new int[examples];
        for (int i = 0; i < examples; i++) {
            order[i] = i;
        }
        FMatrixRMaj[] h = new FMatrixRMaj[layers + 1];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = examples - 1; i > 0; i--) {
                int k = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int start = 0; start + batch <= examples; start += batch) {
                h[0] = new FMatrixRMaj(batch, 784);
                int[] y = new int[batch];
                for (int k = 0; k < batch; k++) {
                    System.arraycopy(data.images(), order[start + k] * 784, h[0].data, k * 784, 784);
                    y[k] = data.labels()[order[start + k]];
                }
                for (int l = 0; l < layers; l++) {
                    h[l + 1] = new FMatrixRMaj(batch, w[l].numCols);
                    CommonOps_FDRM.mult(h[l], w[l], h[l + 1]);
                    for (int k = 0; k < batch; k++) {
                        for (int c = 0; c < w[l].numCols; c++) {
                            float v = h[l + 1].get(k, c) + b[l].data[c];
                            h[l + 1].set(k, c, l < layers - 1 ? Math.max(0, v) : v);
                        }
                    }
                }
                FMatrixRMaj delta = softmaxGradient(h[layers], y);
                for (int l = layers - 1; l >= 0; l--) {
                    FMatrixRMaj gw = new FMatrixRMaj(w[l].numRows, w[l].numCols);
                    CommonOps_FDRM.multTransA(h[l], delta, gw);
                    FMatrixRMaj next = null;
                    if (l > 0) {
                        next = new FMatrixRMaj(batch, w[l].numRows);
                        CommonOps_FDRM.multTransB(delta, w[l], next);
                        for (int i = 0; i < next.data.length; i++) {
                            if (h[l].data[i] <= 0) {
                                next.data[i] = 0;
                            }
                        }
                    }
                    for (int i = 0; i < gw.data.length; i++) {
                        vw[l].data[i] = momentum * vw[l].data[i] - lr * gw.data[i];
                        w[l].data[i] += vw[l].data[i];
                    }
                    for (int c = 0; c < w[l].numCols; c++) {
                        float g = 0;
                        for (int k = 0; k < batch; k++) {
                            g += delta.get(k, c);
                        }
                        vb[l].data[c] = momentum * vb[l].data[c] - lr * g;
                        b[l].data[c] += vb[l].data[c];
                    }
                    delta = next;
                }
            }
        }
        Map<String, List<float[]>> values = new LinkedHashMap<>();
        for (int l = 0; l < layers; l++) {
            values.put(dense.get(l).name(), List.of(w[l].data.clone(), b[l].data.clone()));
        }
        return NetworkParameters.of(net, values);
    }

    private static FMatrixRMaj softmaxGradient(FMatrixRMaj logits, int[] y) {
        int n = logits.numRows;
        int k = logits.numCols;
        FMatrixRMaj d = new FMatrixRMaj(n, k);
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, logits.get(i, c));
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(logits.get(i, c) - max);
            }
            for (int c = 0; c < k; c++) {
                double p = Math.exp(logits.get(i, c) - max) / sum;
                d.set(i, c, (float) ((p - (c == y[i] ? 1 : 0)) / n));
            }
        }
        return d;
    }
}
