// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.networks.InvalidInputException;

class IdxReaderTest {
    private static final byte[] PIXELS = IdxFiles.pixels(3, 4, 5);
    private static final byte[] IMAGES = IdxFiles.idx(new int[] {3, 4, 5}, PIXELS);

    private static IdxArray read(byte[] bytes) {
        return IdxReader.read(new ByteArrayInputStream(bytes), "test.idx");
    }

    private static String error(byte[] bytes) {
        return assertThrows(InvalidInputException.class, () -> read(bytes)).getMessage();
    }

    @Test
    void readsPlainAndGzipFilesAlike() {
        IdxArray plain = read(IMAGES);
        assertEquals(List.of(3, 4, 5), plain.dims());
        assertArrayEquals(PIXELS, plain.values());
        IdxArray gz = read(IdxFiles.gzip(IMAGES));
        assertEquals(plain.dims(), gz.dims());
        assertArrayEquals(PIXELS, gz.values());
        IdxArray labels = read(IdxFiles.idx(new int[] {4}, new byte[] {9, 0, (byte) 255, 3}));
        assertEquals(255, labels.values()[2] & 0xFF);
    }

    @Test
    void readsFromAPathAndNamesAMissingFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x-idx3-ubyte.gz");
        Files.write(f, IdxFiles.gzip(IMAGES));
        assertArrayEquals(PIXELS, IdxReader.read(f).values());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdxReader.read(dir.resolve("no")));
        assertEquals(dir.resolve("no") + ": no such file", e.getMessage());
    }

    @Test
    void truncatedDataIsAnErrorNotAPartialArray() {
        assertEquals("test.idx: data: truncated: the header announces 3x4x5 = 60 values, the file holds 59",
                error(Arrays.copyOf(IMAGES, IMAGES.length - 1)));
        assertEquals("test.idx: header: truncated: the header announces 3 dimensions but ends after 6 bytes of"
                + " extents", error(Arrays.copyOf(IMAGES, 10)));
        assertEquals("test.idx: header: truncated: 2 byte(s), an IDX header needs at least 4",
                error(new byte[] {0, 0}));
    }

    @Test
    void aCutGzipStreamIsTruncated() {
        byte[] gz = IdxFiles.gzip(IMAGES);
        String m = error(Arrays.copyOf(gz, gz.length - 12));
        assertTrue(m.startsWith("test.idx: truncated") || m.startsWith("test.idx: data: truncated"), m);
    }

    @Test
    void aCorruptGzipStreamIsAnError() {
        byte[] gz = IdxFiles.gzip(IMAGES);
        gz[gz.length - 6] ^= 0x55;
        assertTrue(error(gz).startsWith("test.idx: corrupt gzip data: "), error(gz));
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] longer = Arrays.copyOf(IMAGES, IMAGES.length + 3);
        assertEquals("test.idx: data: 3 byte(s) after the 3x4x5 values the header announces (corrupt, or not an"
                + " IDX file)", error(longer));
    }

    @Test
    void badHeadersAreNamed() {
        byte[] magic = IMAGES.clone();
        magic[0] = 0x1a;
        assertEquals("test.idx: header: not an IDX file: it starts with 1a 00, IDX files start with 00 00",
                error(magic));
        byte[] floats = IMAGES.clone();
        floats[2] = 0x0D;
        assertTrue(error(floats).startsWith("test.idx: element type: 0x0d is not supported"), error(floats));
        byte[] rank = IMAGES.clone();
        rank[3] = 0;
        assertEquals("test.idx: dimensions: the header announces 0 dimensions; expected 1 to 4", error(rank));
        assertTrue(error(IdxFiles.idx(new int[] {3, 0, 5}, new byte[0])).startsWith("test.idx: dimension 2: extent 0"));
        assertTrue(error(IdxFiles.idx(new int[] {65536, 65536}, new byte[0])).contains("more values than one array"));
    }
}
