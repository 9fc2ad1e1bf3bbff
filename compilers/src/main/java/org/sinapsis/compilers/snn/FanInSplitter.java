// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.reference.Tensor;

/**
 * Splits layers whose fan-in does not fit one core's axons into signed partial sums and a merge
 * layer, since a neuron can only integrate the axons of its own core:
 * <pre>
 * p_jg      = sum over chunk g of row j (W_ij a_i)  (+ b_j for g = 0)
 * partial   p+_jg fires at rate relu(p_jg) / lambda_p,  p-_jg at relu(-p_jg) / lambda_p
 * merge     n_j integrates sum_g (lambda_p / lambda_l) (r(p+_jg) - r(p-_jg)) = sum_g p_jg / lambda_l = z_j / lambda_l
 * lambda_p  = the p-th percentile of |p_jg| over the calibration inputs
 * </pre>
 * so the merge neuron sees exactly the original pre-activation, at the cost of one more layer of
 * latency, the partial neurons' rate quantization and their saturation above {@code lambda_p}.
 * Chunks are consecutive runs of a row's synapses, {@code maxSources} long.
 */
final class FanInSplitter {
    private FanInSplitter() {
    }

    /**
     * @param maxSources sources one neuron may read from one core (axons per core / axons per source)
     * @param axonsPerCore axons of a core (a merge neuron reads one axon per partial)
     */
    static List<SpikingLayer> split(String target, AnnToSnnConverter.Conversion conversion, int maxSources,
            int axonsPerCore, double percentile) {
        List<SpikingLayer> out = new ArrayList<>();
        int[] newIndex = new int[conversion.layers().size()];
        for (int l = 0; l < conversion.layers().size(); l++) {
            SpikingLayer layer = conversion.layers().get(l);
            int source = layer.source < 0 ? -1 : newIndex[layer.source];
            int maxFanIn = 0;
            for (int j = 0; j < layer.size; j++) {
                maxFanIn = Math.max(maxFanIn, layer.fanIn(j));
            }
            if (maxFanIn <= maxSources) {
                out.add(withSource(layer, source));
            } else {
                int chunks = (maxFanIn + maxSources - 1) / maxSources;
                if (2 * chunks > axonsPerCore) {
                    throw new InfeasibleException(target, "layer '" + layer.name + "' fan-in", maxFanIn + " inputs need "
                            + chunks + " partial sums of " + maxSources + "; their " + 2 * chunks
                            + " signed halves exceed the " + axonsPerCore + " axons of a merge core");
                }
                double lambdaP = partialLambda(layer, conversion.sourceActivations().get(l), maxSources, percentile);
                out.add(partial(layer, source, maxSources, lambdaP));
                out.add(merge(layer, out.size() - 1, out.get(out.size() - 1).size, maxSources, lambdaP));
            }
            newIndex[l] = out.size() - 1;
        }
        return out;
    }

    private static SpikingLayer withSource(SpikingLayer l, int source) {
        return new SpikingLayer(l.name, l.node, l.size, source, l.sourceSize, l.rowStart, l.src, l.weight, l.bias,
                l.paramIndex, l.biasIndex, l.sign, l.scaleGroup, l.annPerNormalized, l.lambda, l.output);
    }

    private static int chunksOf(SpikingLayer l, int j, int maxSources) {
        return Math.max(1, (l.fanIn(j) + maxSources - 1) / maxSources);
    }

    private static double partialLambda(SpikingLayer l, Tensor input, int maxSources, double percentile) {
        int examples = input.batch();
        int n = input.exampleSize();
        float[] a = input.data();
        List<float[]> all = new ArrayList<>();
        float[] buf = new float[1 << 16];
        int used = 0;
        for (int e = 0; e < examples; e++) {
            for (int j = 0; j < l.size; j++) {
                int g = 0;
                for (int s0 = l.rowStart[j]; s0 < l.rowStart[j + 1]; s0 += maxSources, g++) {
                    double p = g == 0 ? l.bias[j] * l.lambda : 0;
                    for (int s = s0; s < Math.min(s0 + maxSources, l.rowStart[j + 1]); s++) {
                        p += l.weight[s] * l.annPerNormalized * a[e * n + l.src[s]];
                    }
                    if (used == buf.length) {
                        all.add(buf);
                        buf = new float[buf.length];
                        used = 0;
                    }
                    buf[used++] = (float) Math.abs(p);
                }
            }
        }
        all.add(Arrays.copyOf(buf, used));
        int total = 0;
        for (float[] f : all) {
            total += f.length;
        }
        float[] values = new float[total];
        int k = 0;
        for (float[] f : all) {
            System.arraycopy(f, 0, values, k, f.length);
            k += f.length;
        }
        return AnnToSnnConverter.percentile(values, percentile);
    }

    /**
     * The partial layer, chunk-major: all halves of chunk 0 (neuron by neuron, + then -), then of
     * chunk 1, so neurons reading the same inputs sit next to each other and share cores.
     */
    private static SpikingLayer partial(SpikingLayer l, int source, int maxSources, double lambdaP) {
        int maxChunks = 0;
        int size = 0;
        for (int j = 0; j < l.size; j++) {
            maxChunks = Math.max(maxChunks, chunksOf(l, j, maxSources));
            size += 2 * chunksOf(l, j, maxSources);
        }
        int[] start = new int[size + 1];
        int[] src = new int[l.synapses() * 2];
        float[] w = new float[src.length];
        int[] pidx = new int[src.length];
        float[] bias = new float[size];
        int[] bidx = new int[size];
        int[] sign = new int[size];
        int[] group = new int[size];
        Map<Long, Integer> groups = new HashMap<>();
        double factor = l.lambda / lambdaP;
        int neuron = 0;
        int s = 0;
        for (int g = 0; g < maxChunks; g++) {
            for (int j = 0; j < l.size; j++) {
                if (g >= chunksOf(l, j, maxSources)) {
                    continue;
                }
                int s0 = l.rowStart[j] + g * maxSources;
                int s1 = Math.min(s0 + maxSources, l.rowStart[j + 1]);
                for (int sg : new int[] {1, -1}) {
                    for (int t = s0; t < s1; t++) {
                        src[s] = l.src[t];
                        w[s] = (float) (sg * l.weight[t] * factor);
                        pidx[s] = l.paramIndex[t];
                        s++;
                    }
                    start[neuron + 1] = s;
                    bias[neuron] = g == 0 ? (float) (sg * l.bias[j] * factor) : 0f;
                    bidx[neuron] = g == 0 ? l.biasIndex[j] : -1;
                    sign[neuron] = sg;
                    long key = ((long) l.scaleGroup[j] << 32) | ((long) g << 1) | (sg < 0 ? 1 : 0);
                    group[neuron] = groups.computeIfAbsent(key, k -> groups.size());
                    neuron++;
                }
            }
        }
        return new SpikingLayer(l.name + "/partial", l.node, size, source, l.sourceSize, start, Arrays.copyOf(src, s),
                Arrays.copyOf(w, s), bias, Arrays.copyOf(pidx, s), bidx, sign, group,
                lambdaP / (l.lambda / l.annPerNormalized), lambdaP, false);
    }

    private static SpikingLayer merge(SpikingLayer l, int partialIndex, int partialSize, int maxSources,
            double lambdaP) {
        int maxChunks = 0;
        for (int j = 0; j < l.size; j++) {
            maxChunks = Math.max(maxChunks, chunksOf(l, j, maxSources));
        }
        int[][] first = new int[l.size][maxChunks];
        int neuron = 0;
        for (int g = 0; g < maxChunks; g++) {
            for (int j = 0; j < l.size; j++) {
                if (g < chunksOf(l, j, maxSources)) {
                    first[j][g] = neuron;
                    neuron += 2;
                }
            }
        }
        int[] start = new int[l.size + 1];
        int[] src = new int[partialSize];
        float[] w = new float[partialSize];
        int p = 0;
        for (int j = 0; j < l.size; j++) {
            for (int g = 0; g < chunksOf(l, j, maxSources); g++) {
                for (int h = 0; h < 2; h++) {
                    src[p] = first[j][g] + h;
                    w[p] = (float) ((h == 0 ? 1 : -1) * lambdaP / l.lambda);
                    p++;
                }
            }
            start[j + 1] = p;
        }
        int[] pidx = new int[partialSize];
        Arrays.fill(pidx, -1);
        int[] bidx = new int[l.size];
        Arrays.fill(bidx, -1);
        int[] sign = new int[l.size];
        Arrays.fill(sign, 1);
        int[] group = new int[l.size];
        for (int j = 0; j < l.size; j++) {
            group[j] = j;
        }
        return new SpikingLayer(l.name + "/merge", null, l.size, partialIndex, partialSize, start, src, w,
                new float[l.size], pidx, bidx, sign, group, l.lambda / lambdaP, l.lambda, l.output);
    }
}
