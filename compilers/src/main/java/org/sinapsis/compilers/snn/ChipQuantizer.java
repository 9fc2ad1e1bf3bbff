// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroCoreSpec;
import org.sinapsis.isa.arch.SynapseEncoding;

/**
 * Quantizes normalized layers (threshold 1) to a chip's integers. Neurons of one scale group (a
 * Dense neuron alone, a conv output channel together) share one scale.
 *
 * <p>Per-synapse weights (Loihi, SpiNNaker, BrainScaleS), {@code b} weight bits:
 * <pre>
 * s = min((2^(b-1) - 1) / max|w'|, maxThreshold, maxBias / max|b'|)     per group
 * threshold = max(1, round(s)),  w = clamp(round(w' threshold)),  bias = clamp(round(b' threshold))
 * </pre>
 * Axon types (TrueNorth: a binary crossbar and, per neuron, one signed 9-bit weight per axon type,
 * Merolla 2014): with four types a neuron's types weigh {@code (+U, +2U, -U, -2U)}, so one input
 * feeding up to four axons realizes the levels {@code q in [-3, 3]} (with two types, {@code +-U}):
 * <pre>
 * delta  = the step minimizing sum (w' - q delta)^2 over steps (max|w'| / 3) x {3, 1.5, 1, 0.85, 0.7, 0.55, 0.4}
 * q      = clamp(round(w' / delta), -3, 3)
 * U      = min(floor(maxWeight / 2), maxBias delta / max|b'|, maxThreshold delta),  threshold = round(U / delta)
 * bias   = round(b' threshold)
 * </pre>
 * So TrueNorth keeps seven weight levels per neuron, against 511 on Loihi: this, and four axons
 * per input, is what its constraints cost (see {@code docs/neuromorphic.md}).
 */
final class ChipQuantizer {
    private static final double[] STEP_FACTORS = {3, 1.5, 1, 0.85, 0.7, 0.55, 0.4};

    private ChipQuantizer() {
    }

    static QuantizedLayer quantize(SpikingLayer l, NeuroChipSpec spec, SpikeCoding coding) {
        NeuroCoreSpec core = spec.core();
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int j = 0; j < l.size; j++) {
            groups.computeIfAbsent(l.scaleGroup[j], k -> new ArrayList<>()).add(j);
        }
        int[] threshold = new int[l.size];
        int[] bias = new int[l.size];
        int[] init = new int[l.size];
        int[] level = new int[l.synapses()];
        float[] realized = new float[l.synapses()];
        float[] realizedBias = new float[l.size];
        boolean types = core.synapseEncoding() == SynapseEncoding.AXON_TYPE;
        int levels = types ? (core.axonTypes() >= 4 ? 3 : 1) : 0;
        int[] unit = types ? new int[l.size] : null;
        int clippedW = 0;
        int clippedB = 0;
        for (List<Integer> members : groups.values()) {
            double maxAbs = 0;
            double maxBiasAbs = 0;
            for (int j : members) {
                for (int s = l.rowStart[j]; s < l.rowStart[j + 1]; s++) {
                    maxAbs = Math.max(maxAbs, Math.abs(l.weight[s]));
                }
                maxBiasAbs = Math.max(maxBiasAbs, Math.abs(l.bias[j]));
            }
            if (maxAbs == 0) {
                maxAbs = 1;
            }
            int theta;
            double delta = 0;
            int u = 0;
            if (types) {
                delta = bestStep(l, members, maxAbs, levels);
                double uMax = Math.floor(core.maxWeight() / (double) (levels == 3 ? 2 : 1));
                if (maxBiasAbs > 0) {
                    uMax = Math.min(uMax, Math.floor(core.maxBias() * delta / maxBiasAbs));
                }
                uMax = Math.min(uMax, Math.floor(core.maxThreshold() * delta));
                u = (int) Math.max(1, uMax);
                theta = (int) Math.max(1, Math.min(core.maxThreshold(), Math.round(u / delta)));
            } else {
                double s = core.maxWeight() / maxAbs;
                s = Math.min(s, core.maxThreshold());
                if (maxBiasAbs > 0) {
                    s = Math.min(s, core.maxBias() / maxBiasAbs);
                }
                theta = (int) Math.max(1, Math.round(s));
            }
            for (int j : members) {
                threshold[j] = theta;
                init[j] = coding == SpikeCoding.RATE_HALF_THRESHOLD ? theta / 2 : 0;
                long b = Math.round(l.bias[j] * (double) theta);
                if (Math.abs(b) > core.maxBias()) {
                    b = Long.signum(b) * core.maxBias();
                    clippedB++;
                }
                bias[j] = (int) b;
                realizedBias[j] = (float) ((double) b / theta);
                if (types) {
                    unit[j] = u;
                }
                for (int s = l.rowStart[j]; s < l.rowStart[j + 1]; s++) {
                    long q;
                    int max;
                    if (types) {
                        q = Math.round(l.weight[s] / delta);
                        max = levels;
                    } else {
                        q = Math.round(l.weight[s] * (double) theta);
                        max = core.maxWeight();
                    }
                    if (Math.abs(q) > max) {
                        q = Long.signum(q) * max;
                        clippedW++;
                    }
                    level[s] = (int) q;
                    realized[s] = (float) (types ? q * (double) u / theta : q / (double) theta);
                }
            }
        }
        return new QuantizedLayer(l, threshold, bias, init, level, unit, levels, realized, realizedBias, clippedW,
                clippedB);
    }

    private static double bestStep(SpikingLayer l, List<Integer> members, double maxAbs, int levels) {
        double best = maxAbs / levels;
        double bestError = Double.POSITIVE_INFINITY;
        for (double f : STEP_FACTORS) {
            double delta = maxAbs / levels * f / (levels == 1 ? 3 : 1);
            double error = 0;
            for (int j : members) {
                for (int s = l.rowStart[j]; s < l.rowStart[j + 1]; s++) {
                    double q = Math.max(-levels, Math.min(levels, Math.round(l.weight[s] / delta)));
                    double d = l.weight[s] - q * delta;
                    error += d * d;
                }
            }
            if (error < bestError - 1e-12 * (1 + bestError)) {
                bestError = error;
                best = delta;
            }
        }
        return best;
    }
}
