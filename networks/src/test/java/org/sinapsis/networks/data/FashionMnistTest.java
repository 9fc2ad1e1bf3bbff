// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs where Debian's dataset-fashion-mnist is installed (CI installs it); skips elsewhere. */
class FashionMnistTest {

    @Test
    void locatesAndReadsTheInstalledSet() {
        Optional<MnistFiles> files = FashionMnist.locate();
        assumeTrue(files.isPresent(), FashionMnist.missingMessage());
        assertEquals(FashionMnist.NAME, files.get().name());
        ImageDataset test = files.get().test();
        assertEquals(10_000, test.size());
        assertEquals(28, test.height());
        assertEquals(28, test.width());
        int[] perClass = new int[10];
        for (int i = 0; i < test.size(); i++) {
            perClass[test.label(i)]++;
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(1000, perClass[c], "class " + c);
        }
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(test.label(0)));
    }

    @Test
    void theMissingMessageSaysHowToInstall() {
        String m = FashionMnist.missingMessage();
        assertTrue(m.contains("apt-get install dataset-fashion-mnist") && m.contains("--data DIR"), m);
        assertTrue(!m.contains("\n"));
    }
}
