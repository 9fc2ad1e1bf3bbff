// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;

class ZooTest {

    private static final Pattern NODE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    @Test
    void listsTheNetworksInAFixedOrder() {
        assertEquals(List.of("perceptron", "fashion-mlp", "fashion-cnn", "lenet5", "imdb-lstm", "alexnet",
                "alexnet-conv", "resnet50", "mlp0", "mlp1", "lstm0", "lstm1", "cnn0", "cnn1"),
                Zoo.entries().stream().map(ZooEntry::name).toList());
    }

    @Test
    void namesAreUniqueAndLowerCaseWithDashes() {
        Set<String> seen = new HashSet<>();
        for (ZooEntry e : Zoo.entries()) {
            assertTrue(e.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), e.name());
            assertTrue(seen.add(e.name()), "duplicate " + e.name());
        }
    }

    @Test
    void everyEntryBuildsANetworkOfItsNameWithADescription() {
        for (ZooEntry e : Zoo.entries()) {
            Network n = e.network();
            assertEquals(e.name(), n.name());
            assertTrue(n.description().length() > 80, e.name() + " needs a real description");
            assertTrue(n.macs() > 0 && n.parameters() > 0, e.name());
            int independentLayers = e.name().equals("alexnet-conv") ? 5 : 1;
            assertEquals(independentLayers, n.inputs().size(), e.name());
            assertEquals(independentLayers, n.outputs().size(), e.name());
            assertNotSame(n, e.network());
        }
    }

    @Test
    void nodeNamesAreShortAndActivationsAreSeparateNodes() {
        for (ZooEntry e : Zoo.entries()) {
            Network n = e.network();
            for (Node node : n.nodes()) {
                assertTrue(NODE_NAME.matcher(node.name()).matches(), e.name() + ": " + node.name());
                assertTrue(node.name().length() <= 20, e.name() + ": " + node.name());
                if (node.layer() instanceof Activation a) {
                    String suffix = a.function().displayName().toLowerCase(Locale.ROOT);
                    assertTrue(node.name().endsWith(suffix), e.name() + ": " + node.name());
                }
            }
        }
    }

    @Test
    void defaultBatchesFollowTpuTable1ElseOne() {
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 200, 168, 64, 96, 8, 32),
                Zoo.entries().stream().map(ZooEntry::defaultBatch).toList());
    }

    @Test
    void findsByNameIgnoringCase() {
        assertEquals("alexnet", Zoo.find("alexnet").orElseThrow().name());
        assertEquals("fashion-cnn", Zoo.find("Fashion-CNN").orElseThrow().name());
        assertFalse(Zoo.find("alexnet2").isPresent());
        assertFalse(Zoo.find("").isPresent());
        assertFalse(Zoo.find(null).isPresent());
    }

    @Test
    void entriesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ZooEntry("Bad_Name", "s", 1, CourseNetworks::lenet5));
        assertThrows(IllegalArgumentException.class, () -> new ZooEntry("a--b", "s", 1, CourseNetworks::lenet5));
        assertThrows(IllegalArgumentException.class, () -> new ZooEntry("ok", " ", 1, CourseNetworks::lenet5));
        assertThrows(IllegalArgumentException.class, () -> new ZooEntry("ok", "s", 0, CourseNetworks::lenet5));
        assertThrows(NullPointerException.class, () -> new ZooEntry("ok", "s", 1, null));
        assertThrows(UnsupportedOperationException.class, () -> Zoo.entries().clear());
    }
}
