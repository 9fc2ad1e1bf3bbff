// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.InvalidInputException;

/**
 * Reads YAML into a {@link ConfigNode} tree with line numbers, through Jackson's streaming YAML
 * parser. Duplicate keys, anchors used as values and multiple documents are rejected with the
 * line they appear on.
 */
public final class YamlConfigReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlConfigReader() {
    }

    /** Reads {@code file}; a missing or unreadable file is an {@link InvalidInputException}. */
    public static ConfigNode read(Path file) {
        String source = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(source, reader);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, null, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a class-path resource (for built-in presets). */
    public static ConfigNode readResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return read(resource, new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in resource " + resource, e);
        }
    }

    /** Reads YAML text from {@code reader}; {@code source} names it in errors. */
    public static ConfigNode read(String source, Reader reader) throws IOException {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InvalidInputException(source, 0, null, "the file is empty");
            }
            ConfigNode root = value(source, p, "");
            if (p.nextToken() != null) {
                throw new InvalidInputException(source, line(p), null, "expected one YAML document, found more");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int lineNr = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            String column = loc == null || loc.getColumnNr() < 1 ? "" : " (column " + loc.getColumnNr() + ")";
            throw new InvalidInputException(source, lineNr, null, "not valid YAML: " + first + column);
        }
    }

    private static ConfigNode value(String source, JsonParser p, String path) throws IOException {
        int line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, ConfigNode> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p);
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw new InvalidInputException(source, keyLine, childPath, "duplicate key");
                    }
                    p.nextToken();
                    entries.put(key, value(source, p, childPath));
                }
                return ConfigNode.map(source, line, path, entries);
            }
            case START_ARRAY -> {
                List<ConfigNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(source, p, path + "[" + i++ + "]"));
                }
                return ConfigNode.list(source, line, path, items);
            }
            case VALUE_NULL -> {
                return ConfigNode.scalar(source, line, path, null);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return ConfigNode.scalar(source, line, path, p.getText());
            }
            default -> throw new InvalidInputException(source, line, path.isEmpty() ? null : path,
                    "unsupported YAML value " + t);
        }
    }

    private static int line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }
}
