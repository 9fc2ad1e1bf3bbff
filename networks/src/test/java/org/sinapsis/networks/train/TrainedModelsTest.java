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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Network;
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
    void theCourseNetworksShipWithTheModelsTheirCommandsMade() {
        assertTrue(TrainedModels.bundled(CourseNetworks.lenet5()).isEmpty());
        for (Network network : List.of(CourseNetworks.perceptron(), CourseNetworks.fashionMlp(),
                CourseNetworks.fashionCnn())) {
            TrainedModel m = TrainedModels.bundled(network).orElseThrow();
            assertEquals("bundled model " + network.name() + ".safetensors", m.source());
            assertEquals(network.nodes(), m.parameters().network().nodes());
            assertTrue(m.info().get("trained_with").startsWith("sinapsis train --net " + network.name() + " --epochs "),
                    m.info().toString());
            assertTrue(m.info().get("dataset").startsWith("fashion-mnist train (55000 trained, 5000 held out"),
                    m.info().toString());
        }
    }
}
