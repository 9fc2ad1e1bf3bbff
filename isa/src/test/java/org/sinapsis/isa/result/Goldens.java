// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Goldens live in {@code src/test/resources/golden/}; to accept a
 * deliberate format change, run {@code mvn -pl isa test -Dsinapsis.updateGoldens=true}, review the
 * diff and commit it. A changed golden is a change to the contract users script against.
 */
final class Goldens {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Goldens() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("sinapsis.updateGoldens")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file);
    }
}
