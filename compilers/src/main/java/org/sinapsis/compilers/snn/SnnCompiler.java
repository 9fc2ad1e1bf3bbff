// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.SynapseEncoding;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipConfigs;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

/**
 * Compiles a ReLU network for a neuromorphic chip:
 * <ol>
 *   <li>convert to integrate-and-fire layers with data-based normalization on the calibration
 *       inputs ({@link AnnToSnnConverter});</li>
 *   <li>split layers whose fan-in exceeds a core's axons into signed partial sums
 *       ({@link FanInSplitter}; on TrueNorth an input takes up to four axons, one per type);</li>
 *   <li>quantize to the chip's weights, thresholds and biases ({@link ChipQuantizer});</li>
 *   <li>partition into cores with fan-out copies, place and route ({@link CoreMapper},
 *       {@link CorePlacer});</li>
 *   <li>check the result against the chip ({@link ChipConfigs#check}).</li>
 * </ol>
 * Deterministic: the same inputs give the same configuration.
 */
public final class SnnCompiler {
    private SnnCompiler() {
    }

    /**
     * @param calibration inputs the normalization percentiles are taken on (training examples where
     *     there are some)
     * @throws InfeasibleException naming the layer or resource when the network cannot be
     *     converted or does not fit the chip
     */
    public static SnnProgram compile(NeuroChipSpec spec, Network network, NetworkParameters parameters,
            Map<String, Tensor> calibration, SnnOptions options) {
        long capacity = (long) spec.mesh().cores() * spec.core().synapsesPerCore();
        if (network.macs() > capacity) {
            throw new InfeasibleException(spec.name(), "synapses", "network '" + network.name() + "' needs at least "
                    + network.macs() + " synapses; the chip holds " + capacity);
        }
        AnnToSnnConverter.Conversion conversion = AnnToSnnConverter.convert(spec.name(), network, parameters,
                calibration, options.percentile());
        boolean types = spec.core().synapseEncoding() == SynapseEncoding.AXON_TYPE;
        int axonsPerSource = types ? Math.min(4, spec.core().axonTypes()) : 1;
        int maxSources = spec.core().axonsPerCore() / axonsPerSource;
        List<SpikingLayer> layers = FanInSplitter.split(spec.name(), conversion, maxSources, spec.core().axonsPerCore(),
                options.percentile());
        List<QuantizedLayer> quantized = new ArrayList<>();
        List<SnnLayerSummary> summaries = new ArrayList<>();
        for (SpikingLayer l : layers) {
            QuantizedLayer q = ChipQuantizer.quantize(l, spec, options.coding());
            quantized.add(q);
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            for (int t : q.threshold) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            long nonzero = 0;
            for (int v : q.level) {
                nonzero += v != 0 ? 1 : 0;
            }
            summaries.add(new SnnLayerSummary(l.name, l.size, nonzero, l.lambda, lo, hi, q.clippedWeights,
                    q.clippedBiases));
        }
        int channels = (int) network.inputs().get(0).outputShape().elements();
        double phase = options.coding() == SpikeCoding.RATE_HALF_THRESHOLD ? 0.5 : 0.0;
        ChipConfig config = CoreMapper.map(spec.name(), quantized, channels, spec, options.encoding(), phase,
                options.designRate());
        ChipConfigs.check(config, spec);
        return new SnnProgram(config, ChipConfigs.report(config, spec), summaries,
                realized(network, parameters, quantized), options.coding());
    }

    private static NetworkParameters realized(Network network, NetworkParameters parameters,
            List<QuantizedLayer> layers) {
        Map<String, List<float[]>> values = parameters.toMap();
        for (QuantizedLayer q : layers) {
            SpikingLayer l = q.layer;
            if (l.node == null) {
                continue;
            }
            List<float[]> tensors = values.get(l.node);
            if (tensors == null) {
                continue;
            }
            float[] w = tensors.get(0);
            float[] b = tensors.size() > 1 ? tensors.get(1) : null;
            for (int j = 0; j < l.size; j++) {
                if (l.sign[j] < 0) {
                    continue;
                }
                for (int s = l.rowStart[j]; s < l.rowStart[j + 1]; s++) {
                    if (l.paramIndex[s] >= 0) {
                        w[l.paramIndex[s]] = (float) (q.realized[s] * l.annPerNormalized);
                    }
                }
                if (b != null && l.biasIndex[j] >= 0) {
                    b[l.biasIndex[j]] = (float) (q.realizedBias[j] * l.lambda);
                }
            }
        }
        return NetworkParameters.of(network, values);
    }
}
