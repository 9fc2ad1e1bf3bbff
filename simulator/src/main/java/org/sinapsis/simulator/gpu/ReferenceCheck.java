// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

/**
 * Compares the GPU path's outputs with the fp32 reference executor's.
 *
 * <p>The measure is the normwise relative error of each output tensor, {@code max_i |y_i - r_i| /
 * max_i |r_i|} (the infinity norm of the difference over that of the reference), so an output
 * near zero is judged against the tensor's scale rather than its own. The GPU path sums in
 * another order than EJML and OpenCL's {@code exp} and {@code tanh} differ from
 * {@link StrictMath}'s by a few ulp; {@value #TOLERANCE} holds for every zoo network.
 */
final class ReferenceCheck {
    /** The largest normwise relative error accepted. */
    static final double TOLERANCE = 1e-4;

    private ReferenceCheck() {
    }

    /** {@code max |got - expected| / max |expected|} (the absolute error when {@code expected} is all zeros). */
    static double relativeError(Tensor got, Tensor expected) {
        float[] a = got.data();
        float[] b = expected.data();
        if (a.length != b.length) {
            throw new IllegalArgumentException("outputs of " + a.length + " and " + b.length + " values");
        }
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs((double) a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return scale == 0 ? diff : diff / scale;
    }

    /**
     * Runs the first {@code examples} examples of {@code inputs} through the fp32 reference and
     * checks every output against the GPU's.
     *
     * @throws IllegalStateException naming the output and its error when one exceeds the tolerance
     */
    static void check(Network network, NetworkParameters parameters, Map<String, Tensor> inputs,
            Map<String, Tensor> gpuOutputs, int examples, String target) {
        Map<String, Tensor> subset = new LinkedHashMap<>();
        inputs.forEach((name, t) -> subset.put(name, t.examples(0, examples)));
        Map<String, Tensor> reference = new Fp32Executor(network, parameters).run(subset);
        for (Map.Entry<String, Tensor> e : reference.entrySet()) {
            double error = relativeError(gpuOutputs.get(e.getKey()).examples(0, examples), e.getValue());
            if (!(error <= TOLERANCE)) {
                throw new IllegalStateException("target '" + target + "': output '" + e.getKey()
                        + "' differs from the fp32 reference executor by a relative error of " + error + " (> "
                        + TOLERANCE + ") on the first " + examples + " example(s); the run is not reported");
            }
        }
    }
}
