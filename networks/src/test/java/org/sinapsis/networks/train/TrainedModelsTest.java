// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.zoo.CourseNetworks;

class TrainedModelsTest {

    @Test
    void parametersSurviveAFileRoundTrip(@TempDir Path dir) throws Exception {
        NetworkParameters p = NetworkParameters.initialize(CourseNetworks.fashionCnn(), 9);
        Path file = dir.resolve("cnn.safetensors");
        try (var out = Files.newOutputStream(file)) {
            TrainedModels.write(p, Map.of("note", "test"), out);
        }
        TrainedModel m = TrainedModels.read(file, CourseNetworks.fashionCnn());
        assertEquals(file.toString(), m.source());
        assertEquals(Map.of("note", "test"), m.info());
        p.toMap().forEach((node, tensors) -> {
            for (int i = 0; i < tensors.size(); i++) {
                assertArrayEquals(tensors.get(i), m.parameters().toMap().get(node).get(i), node);
            }
        });
        assertEquals(dir.resolve("none") + ": no such file", assertThrows(InvalidInputException.class,
                () -> TrainedModels.read(dir.resolve("none"), CourseNetworks.fashionCnn())).getMessage());
    }

    @Test
    void aNonFiniteValueNamesTheFileAndLayer() throws Exception {
        NetworkParameters p = NetworkParameters.initialize(CourseNetworks.perceptron(), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainedModels.write(p, Map.of(), out);
        byte[] bytes = out.toByteArray();
        int header = (int) ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(8 + header + 4 * 3, Float.NaN);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TrainedModels.read(
                new ByteArrayInputStream(bytes), "p.safetensors", CourseNetworks.perceptron()));
        assertEquals("p.safetensors: layer 'fc' parameter 'weight': value 3 is NaN", e.getMessage());
    }

    @Test
    void onlyTrainedZooNetworksHaveABundledModel() {
        assertTrue(TrainedModels.bundled(CourseNetworks.lenet5()).isEmpty());
    }
}
