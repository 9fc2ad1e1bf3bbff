// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;
import org.sinapsis.networks.ir.TensorShape;

/** Shared helpers for the reference tests: random parameters and inputs, closeness checks. */
final class ReferenceTesting {
    private ReferenceTesting() {
    }

    /** Every parameter, biases included, uniform in [-range, range). */
    static NetworkParameters randomParameters(Network network, long seed, float range) {
        Random random = new Random(seed);
        Map<String, List<float[]>> values = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            List<float[]> list = new ArrayList<>();
            for (ParameterSpec spec : node.parameterSpecs()) {
                list.add(uniform(random, (int) spec.shape().elements(), -range, range));
            }
            if (!list.isEmpty()) {
                values.put(node.name(), list);
            }
        }
        return NetworkParameters.of(network, values);
    }

    static float[] uniform(Random random, int n, float lo, float hi) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + (hi - lo) * random.nextFloat();
        }
        return a;
    }

    static Tensor randomTensor(long seed, int batch, TensorShape shape, float lo, float hi) {
        return new Tensor(batch, shape, uniform(new Random(seed), batch * (int) shape.elements(), lo, hi));
    }

    /** Every value of {@code actual} within {@code relative * max(1, |expected|)} of {@code expected}. */
    static void assertClose(double[] expected, float[] actual, double relative) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            double tol = relative * Math.max(1.0, Math.abs(expected[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                fail("value " + i + ": expected " + expected[i] + ", got " + actual[i]);
            }
        }
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
