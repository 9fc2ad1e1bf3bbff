// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with golden files in the module's {@code src/test/resources/golden/},
 * shared by every module's tests (the {@code traces} test jar).
 *
 * <p>To regenerate the goldens after an intended format change, run
 * <pre>
 * mvn -q -B -pl MODULE -am test -Dsinapsis.updateGoldens=true
 * </pre>
 * which rewrites every golden file the tests touch instead of comparing, then review the change
 * with {@code git diff} before committing it: a changed golden is a change to a format users
 * script against. Without the property, tests only compare. Golden directories are marked
 * {@code -text} in the root {@code .gitattributes} so that Git never changes line ends.
 */
public final class Goldens {
    /** The system property that switches from comparing to rewriting. */
    public static final String UPDATE_PROPERTY = "sinapsis.updateGoldens";

    /** Relative to the module directory, which is the working directory of Maven's test runs. */
    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private Goldens() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
            return;
        }
        assertTrue(Files.exists(file), "missing golden file " + file.toAbsolutePath()
                + "; create it with -D" + UPDATE_PROPERTY + "=true");
        byte[] expected = Files.readAllBytes(file);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                "output differs from golden " + file + " (regenerate with -D" + UPDATE_PROPERTY + "=true)");
        assertArrayEquals(expected, actual, "bytes differ from golden " + file);
    }

    /** Asserts that {@code actual} (written as UTF-8) equals the golden file {@code name}, or rewrites it. */
    public static void assertMatches(String name, String actual) throws IOException {
        assertMatches(name, actual.getBytes(StandardCharsets.UTF_8));
    }
}
