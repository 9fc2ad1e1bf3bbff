// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.ParameterSpec;

class ModelFileTest {
    private static final Network NET = Network.builder("tiny").input("x", 1, 4, 4).add("conv", Conv2D.of(2, 3))
            .add("relu", Activation.relu()).add("flat", new Flatten()).add("fc", Dense.of(3))
            .add("softmax", Activation.softmax()).build();
    private static final Network OTHER = Network.builder("other").input("x", 1, 4, 4).add("conv", Conv2D.of(2, 3))
            .add("flat", new Flatten()).add("fc", Dense.of(4)).build();

    /** Values {@code (i - 9) / 8}, {@code 0.5, -0.25}, ... as the Python fixture holds them. */
    private static Map<String, List<float[]>> values() {
        Map<String, List<float[]>> m = new LinkedHashMap<>();
        float[] w = new float[18];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i - 9) / 8f;
        }
        m.put("conv", List.of(w, new float[] {0.5f, -0.25f}));
        float[] fw = new float[24];
        for (int i = 0; i < fw.length; i++) {
            fw[i] = (i - 12) / 16f;
        }
        m.put("fc", List.of(fw, new float[] {1, 2, 3}));
        return m;
    }

    private static byte[] write(Network network, Map<String, List<float[]>> values, Map<String, String> info)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFileWriter.write(network, values, info, out);
        return out.toByteArray();
    }

    private static ModelFile read(byte[] bytes, Network network) {
        return ModelFileReader.read(new ByteArrayInputStream(bytes), "m.safetensors", network);
    }

    private static String error(byte[] bytes, Network network) {
        return assertThrows(InvalidInputException.class, () -> read(bytes, network)).getMessage();
    }

    @Test
    void roundTripKeepsEveryBitAndTheInfo() throws IOException {
        Map<String, List<float[]>> v = values();
        v.get("fc").get(0)[5] = Float.MIN_VALUE;
        v.get("fc").get(0)[6] = -0f;
        byte[] bytes = write(NET, v, Map.of("trained_with", "sinapsis train --net tiny"));
        ModelFile m = read(bytes, NET);
        assertEquals("tiny", m.network());
        assertEquals(Map.of("trained_with", "sinapsis train --net tiny"), m.info());
        assertEquals(List.of("conv", "fc"), new ArrayList<>(m.valuesByNode().keySet()));
        for (String node : v.keySet()) {
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(v.get(node).get(i), m.valuesByNode().get(node).get(i), node + " " + i);
            }
        }
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(m.valuesByNode().get("fc").get(0)[6]));
        assertArrayEquals(bytes, write(NET, m.valuesByNode(), m.info()), "the same model gives the same bytes");
    }

    @Test
    void theLayoutIsSafetensorsWithOurMetadata() throws IOException {
        byte[] bytes = write(NET, values(), Map.of());
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, n % 8);
        String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        assertEquals("{\"__metadata__\":{\"format\":\"sinapsis-model\",\"format_version\":\"1\",\"network\":\"tiny\"},"
                + "\"conv.weight\":{\"dtype\":\"F32\",\"shape\":[2,1,3,3],\"data_offsets\":[0,72]},"
                + "\"conv.bias\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[72,80]},"
                + "\"fc.weight\":{\"dtype\":\"F32\",\"shape\":[8,3],\"data_offsets\":[80,176]},"
                + "\"fc.bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[176,188]}}", header.stripTrailing());
        assertEquals(8 + n + 188, bytes.length);
        ByteBuffer data = ByteBuffer.wrap(bytes, 8 + (int) n, 188).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-9 / 8f, data.getFloat());
        assertEquals(0.5f, data.getFloat(8 + (int) n + 72));
    }

    @Test
    void readsAFileWrittenByPythonSafetensors() throws IOException {
        byte[] bytes;
        try (InputStream in = ModelFileTest.class.getResourceAsStream("python-safetensors.safetensors")) {
            bytes = in.readAllBytes();
        }
        ModelFile m = read(bytes, NET);
        assertEquals("", m.network());
        assertEquals(Map.of("made_by", "safetensors.numpy.save_file 0.8.0"), m.info());
        Map<String, List<float[]>> expected = values();
        for (String node : expected.keySet()) {
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(expected.get(node).get(i), m.valuesByNode().get(node).get(i), node + " " + i);
            }
        }
    }

    @Test
    void aFileForAnotherNetworkNamesTheLayer() throws IOException {
        byte[] bytes = write(NET, values(), Map.of());
        assertEquals("m.safetensors: layer 'fc': tensor 'fc.weight' has shape [8, 3], network 'other' (the file was"
                + " saved for 'tiny') needs [8, 4]", error(bytes, OTHER));
        Network renamed = Network.builder("tiny").input("x", 1, 4, 4).add("conv", Conv2D.of(2, 3))
                .add("flat", new Flatten()).add("dense", Dense.of(3)).build();
        assertEquals("m.safetensors: layer 'dense': no tensor 'dense.weight' [8, 3], which network 'tiny' needs",
                error(bytes, renamed));
        Network fewer = Network.builder("tiny").input("x", 1, 4, 4).add("conv", Conv2D.of(2, 3)).build();
        assertEquals("m.safetensors: tensor 'fc.weight': matches no parameter of network 'tiny' (nor do 1 more)",
                error(bytes, fewer));
    }

    @Test
    void brokenFilesAreNamedNeverHalfRead() throws IOException {
        byte[] good = write(NET, values(), Map.of());
        assertTrue(error(Arrays.copyOf(good, good.length - 4), NET).startsWith(
                "m.safetensors: tensor 'fc.bias': truncated: the tensor ends at data byte 188, the file holds 184"));
        assertTrue(error(Arrays.copyOf(good, 20), NET).startsWith("m.safetensors: header length: not a model file,"
                + " or truncated"));
        assertEquals("m.safetensors: not a model file: 3 byte(s), a safetensors header length alone takes 8",
                error(new byte[3], NET));
        assertEquals("m.safetensors: data: 2 byte(s) after the last tensor (corrupt file)",
                error(Arrays.copyOf(good, good.length + 2), NET));
        assertTrue(error(withHeader(good, h -> h.replace("{\"__meta", "[\"__meta")), NET).startsWith(
                "m.safetensors: header: not valid JSON"));
        assertEquals("m.safetensors: tensor 'conv.bias': dtype 'F16'; sinapsis reads float32 tensors (F32)",
                error(withHeader(good, h -> h.replace("\"dtype\":\"F32\",\"shape\":[2]",
                        "\"dtype\":\"F16\",\"shape\":[2]")), NET));
        assertEquals("m.safetensors: __metadata__.format_version: '2' is not a version this sinapsis reads (1)",
                error(withHeader(good, h -> h.replace("\"format_version\":\"1\"", "\"format_version\":\"2\"")), NET));
        assertEquals("m.safetensors: tensor 'conv.bias': starts at data byte 64, expected 72 (tensors must tile the"
                + " data without gaps or overlaps)", error(withHeader(good, h -> h.replace("[72,80]", "[64,72]")),
                NET));
        assertTrue(error(withHeader(good, h -> h.replace("\"conv.bias\"", "\"conv.weight\"")), NET)
                .startsWith("m.safetensors: header: not valid JSON: Duplicate field 'conv.weight'"));
    }

    @Test
    void theWriterChecksItsInput() {
        Map<String, List<float[]>> v = values();
        v.put("fc", List.of(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> write(NET, v, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> write(NET, values(), Map.of("network", "x")));
        for (Node n : NET.nodes()) {
            for (ParameterSpec s : n.parameterSpecs()) {
                assertTrue(s.shape().elements() > 0);
            }
        }
    }

    /** The file with its header edited (same length, re-padded). */
    private static byte[] withHeader(byte[] file, java.util.function.UnaryOperator<String> edit) {
        int n = (int) ByteBuffer.wrap(file, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = edit.apply(new String(file, 8, n, StandardCharsets.UTF_8));
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(8 + h.length + file.length - 8 - n).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(h.length).put(h).put(file, 8 + n, file.length - 8 - n);
        return out.array();
    }
}
