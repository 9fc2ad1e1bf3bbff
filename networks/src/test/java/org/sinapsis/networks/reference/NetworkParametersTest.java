// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;

class NetworkParametersTest {
    private static final Network NET = Network.builder("p").input("x", 50)
            .add("hidden", Dense.of(100)).add("relu", Activation.relu())
            .add("out", Dense.of(10))
            .build();

    @Test
    void initializationIsDeterministicPerSeedAndPerTensor() {
        float[] a = NetworkParameters.initialize(NET, 7).get("hidden", "weight");
        assertArrayEquals(a, NetworkParameters.initialize(NET, 7).get("hidden", "weight"));
        assertFalse(Arrays.equals(a, NetworkParameters.initialize(NET, 8).get("hidden", "weight")));
        Network longer = Network.builder("p").input("x", 50)
                .add("hidden", Dense.of(100)).add("relu", Activation.relu())
                .add("extra", Dense.of(100)).add("out", Dense.of(10))
                .build();
        assertArrayEquals(a, NetworkParameters.initialize(longer, 7).get("hidden", "weight"));
    }

    @Test
    void reluFedLayersGetHeAndOthersGlorotRanges() {
        NetworkParameters p = NetworkParameters.initialize(NET, 1);
        assertRange(p.get("hidden", "weight"), Math.sqrt(6.0 / 50));
        assertRange(p.get("out", "weight"), Math.sqrt(6.0 / 110));
        assertArrayEquals(new float[10], p.get("out", "bias"));
        Network conv = Network.builder("c").input("x", 4, 8, 8)
                .add("conv", Conv2D.of(6, 3).groups(2)).add("relu", Activation.relu()).build();
        assertRange(NetworkParameters.initialize(conv, 2).get("conv", "weight"), Math.sqrt(6.0 / (2 * 9)));
        Network seq = Network.builder("s").input("t", 5)
                .add("emb", new Embedding(30, 8)).add("lstm", new Lstm(6, false))
                .build();
        NetworkParameters ps = NetworkParameters.initialize(seq, 3);
        assertRange(ps.get("emb", "table"), 0.05);
        assertRange(ps.get("lstm", "kernel"), Math.sqrt(6.0 / (8 + 24)));
        assertRange(ps.get("lstm", "recurrent"), Math.sqrt(6.0 / (6 + 24)));
    }

    @Test
    void valuesAreCopiedInAndOut() {
        Map<String, List<float[]>> values = new LinkedHashMap<>(NetworkParameters.initialize(NET, 1).toMap());
        values.put("out", List.of(new float[1000], new float[10]));
        NetworkParameters p = NetworkParameters.of(NET, values);
        values.get("out").get(0)[0] = 5;
        assertEquals(0, p.get("out", "weight")[0]);
        p.get("out", "weight")[1] = 5;
        assertEquals(0, p.get("out", "weight")[1]);
        assertThrows(IllegalArgumentException.class, () -> p.get("out", "kernel"));
    }

    @Test
    void ofRejectsValuesThatDoNotFitTheNetwork() {
        Map<String, List<float[]>> good = NetworkParameters.initialize(NET, 1).toMap();
        assertMessage("network 'p': layer 'out': missing parameters weight [100, 10], bias [10]", without(good, "out"));
        Map<String, List<float[]>> unknown = new LinkedHashMap<>(good);
        unknown.put("nope", List.of(new float[1]));
        assertMessage("network 'p': layer 'nope': no such layer in the network", unknown);
        Map<String, List<float[]>> noParams = new LinkedHashMap<>(good);
        noParams.put("relu", List.of(new float[1]));
        assertMessage("network 'p': layer 'relu': ReLU has no parameters, got 1 tensor(s)", noParams);
        Map<String, List<float[]>> count = new LinkedHashMap<>(good);
        count.put("out", List.of(new float[1000]));
        assertMessage("network 'p': layer 'out': expected 2 parameter tensor(s) weight [100, 10], bias [10], got 1",
                count);
        Map<String, List<float[]>> length = new LinkedHashMap<>(good);
        length.put("out", List.of(new float[999], new float[10]));
        assertMessage("network 'p': layer 'out' parameter 'weight': expected 1000 values for shape [100, 10], got 999",
                length);
        Map<String, List<float[]>> nan = new LinkedHashMap<>(good);
        float[] bias = new float[10];
        bias[3] = Float.NaN;
        nan.put("out", List.of(new float[1000], bias));
        assertMessage("network 'p': layer 'out' parameter 'bias': value 3 is NaN", nan);
    }

    private static Map<String, List<float[]>> without(Map<String, List<float[]>> values, String node) {
        Map<String, List<float[]>> copy = new LinkedHashMap<>(values);
        copy.remove(node);
        return copy;
    }

    private static void assertMessage(String expected, Map<String, List<float[]>> values) {
        assertEquals(expected, assertThrows(InvalidInputException.class, () -> NetworkParameters.of(NET, values))
                .getMessage());
    }

    /** Every value within the limit, and the extremes close to it (the draw is uniform). */
    private static void assertRange(float[] values, double limit) {
        double max = 0;
        for (float v : values) {
            assertTrue(Math.abs(v) <= limit + 1e-6, v + " beyond " + limit);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.9 * limit, "largest " + max + " for limit " + limit);
    }
}
