// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;

class YamlConfigReaderTest {

    private static ConfigNode read(String yaml) throws Exception {
        return YamlConfigReader.read("spec.yaml", new StringReader(yaml));
    }

    @Test
    void keepsLinesAndPaths() throws Exception {
        ConfigNode root = read("version: 1\nmemory:\n  sram_kib: 24\n  banks: [1, 2]\n");
        ConfigNode sram = root.get("memory").get("sram_kib");
        assertEquals(3, sram.line());
        assertEquals("memory.sram_kib", sram.path());
        assertEquals(24, sram.asInt());
        assertEquals(2, root.get("memory").get("banks").items().size());
    }

    @Test
    void wrongTypeNamesFileLineAndField() throws Exception {
        ConfigNode root = read("version: 1\nrows: many\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> root.get("rows").asInt());
        assertEquals("spec.yaml:2: rows: expected an integer, got 'many'", e.getMessage());
    }

    @Test
    void missingFieldNamesTheMapping() throws Exception {
        ConfigNode root = read("version: 1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> root.get("rows"));
        assertEquals("spec.yaml:1: rows: missing field", e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("a: 1\nb: 2\na: 3\n"));
        assertEquals("spec.yaml:3: a: duplicate key", e.getMessage());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("a: 1\nb: [1, 2\nc: 3\n"));
        assertTrue(e.getMessage().startsWith("spec.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(e.line() >= 2, e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void emptyFileIsAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(""));
        assertEquals("spec.yaml: the file is empty", e.getMessage());
    }

    @Test
    void numbersAcceptUnderscoresAndExponents() throws Exception {
        ConfigNode root = read("a: 24_000\nb: 7e8\nc: .inf\n");
        assertEquals(24000, root.get("a").asLong());
        assertEquals(7e8, root.get("b").asDouble());
        assertThrows(InvalidInputException.class, () -> root.get("c").asDouble());
    }
}
