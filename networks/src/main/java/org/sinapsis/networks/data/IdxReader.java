// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sinapsis.networks.InvalidInputException;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST (LeCun et al., "THE MNIST DATABASE of
 * handwritten digits", yann.lecun.com/exdb/mnist), plain or gzip-compressed.
 *
 * <p>Layout: two zero bytes; the element type ({@code 0x08} unsigned byte, the only type these
 * data sets use and the only one read here); the number of dimensions {@code d}; {@code d}
 * big-endian 32-bit extents; then the values in row-major order, nothing after them. A gzip file
 * is recognized by its magic bytes {@code 1f 8b}, whatever its name.
 *
 * <p>A file is read whole before anything is returned: a truncated file (too few values, a cut
 * gzip stream), trailing bytes, a corrupt gzip stream or a bad header is an
 * {@link InvalidInputException} naming the file and what is wrong, never a partly filled array.
 */
public final class IdxReader {
    /** The IDX element type of unsigned bytes. */
    public static final int UNSIGNED_BYTE = 0x08;
    private static final int MAX_DIMENSIONS = 4;

    private IdxReader() {
    }

    /**
     * Reads an IDX file, decompressing it when it is gzip.
     *
     * @throws InvalidInputException when the file is missing, unreadable or not a complete IDX
     *     file of unsigned bytes
     */
    public static IdxArray read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads an IDX file from a stream (plain or gzip), to its end. The stream is not closed.
     *
     * @param source the file name for error messages
     * @throws InvalidInputException when the contents are not a complete IDX file of unsigned bytes
     */
    public static IdxArray read(InputStream stream, String source) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(stream, 1 << 16);
            buffered.mark(2);
            int b0 = buffered.read();
            int b1 = buffered.read();
            buffered.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            return readIdx(in, source);
        } catch (EOFException e) {
            throw new InvalidInputException(source, 0, null, "truncated: the gzip stream ends early");
        } catch (ZipException e) {
            throw new InvalidInputException(source, 0, null, "corrupt gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(source, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static IdxArray readIdx(InputStream in, String source) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length < 4) {
            throw new InvalidInputException(source, 0, "header", "truncated: " + head.length
                    + " byte(s), an IDX header needs at least 4");
        }
        if (head[0] != 0 || head[1] != 0) {
            throw new InvalidInputException(source, 0, "header", String.format(Locale.ROOT,
                    "not an IDX file: it starts with %02x %02x, IDX files start with 00 00", head[0] & 0xFF,
                    head[1] & 0xFF));
        }
        int type = head[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new InvalidInputException(source, 0, "element type", String.format(Locale.ROOT,
                    "0x%02x is not supported; sinapsis reads IDX files of unsigned bytes (0x08), as MNIST and"
                            + " Fashion-MNIST images and labels are", type));
        }
        int rank = head[3] & 0xFF;
        if (rank < 1 || rank > MAX_DIMENSIONS) {
            throw new InvalidInputException(source, 0, "dimensions", "the header announces " + rank
                    + " dimensions; expected 1 to " + MAX_DIMENSIONS);
        }
        byte[] extents = in.readNBytes(4 * rank);
        if (extents.length < 4 * rank) {
            throw new InvalidInputException(source, 0, "header", "truncated: the header announces " + rank
                    + " dimensions but ends after " + extents.length + " bytes of extents");
        }
        List<Integer> dims = new ArrayList<>();
        long count = 1;
        for (int d = 0; d < rank; d++) {
            int i = 4 * d;
            int extent = (extents[i] & 0xFF) << 24 | (extents[i + 1] & 0xFF) << 16 | (extents[i + 2] & 0xFF) << 8
                    | extents[i + 3] & 0xFF;
            if (extent < 1) {
                throw new InvalidInputException(source, 0, "dimension " + (d + 1), "extent " + extent
                        + " (as unsigned: " + Integer.toUnsignedString(extent) + "); expected at least 1");
            }
            dims.add(extent);
            count *= extent;
            if (count > Integer.MAX_VALUE - 16) {
                throw new InvalidInputException(source, 0, "dimensions", "the header announces " + dims
                        + "..., more values than one array can hold");
            }
        }
        byte[] values = in.readNBytes((int) count);
        if (values.length < count) {
            throw new InvalidInputException(source, 0, "data", "truncated: the header announces " + shape(dims)
                    + " = " + count + " values, the file holds " + values.length);
        }
        long extra = 0;
        byte[] rest = new byte[8192];
        for (int n = in.read(rest); n >= 0; n = in.read(rest)) {
            extra += n;
        }
        if (extra > 0) {
            throw new InvalidInputException(source, 0, "data", extra + " byte(s) after the " + shape(dims)
                    + " values the header announces (corrupt, or not an IDX file)");
        }
        return new IdxArray(dims, values);
    }

    private static String shape(List<Integer> dims) {
        StringBuilder sb = new StringBuilder();
        for (int d : dims) {
            sb.append(sb.length() == 0 ? "" : "x").append(d);
        }
        return sb.toString();
    }
}
