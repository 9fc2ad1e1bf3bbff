// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;

/**
 * Reads a SCALE-Sim v2 topology CSV into a {@link Network}, so that published layer tables can be
 * typed in directly and SCALE-Sim's own inputs run unchanged.
 *
 * <p>The network is called after the file without its extension ({@code alexnet.csv} gives
 * {@code alexnet}). As in SCALE-Sim, the layers are independent: each row becomes its own
 * {@code Input} node {@code <layer>.input} and one matrix layer named after the row, so every
 * layer is an output of the network and the rows keep their order.
 * <ul>
 *   <li><b>conv</b> row {@code name, H, W, R, S, C, N, stride[, stride W]}: input
 *       {@code [C, H, W]}, {@code Conv2D} with N filters of {@code R x S}, the given strides (one
 *       stride means both) and no bias. SCALE-Sim does not pad, but sizes the output as
 *       {@code E = ceil((H - R + strideH) / strideH) = ceil((H - R) / strideH) + 1}
 *       ({@code topology_utils.py}), which is the valid-convolution extent
 *       {@code floor((H - R) / strideH) + 1} only when the stride divides {@code H - R}; otherwise
 *       its last window overhangs the bottom (right) edge and reads nothing there (its operand
 *       matrix marks those elements as padding). AlexNet's {@code 224, 11x11, stride 4} gives 55,
 *       not 54. The IR pads symmetrically, so such an axis gets {@code pad = ceil((s - d) / 2)}
 *       with {@code d = (H - R) mod s}: the smallest padding with SCALE-Sim's extent; an axis
 *       whose stride divides {@code H - R} gets none (a valid convolution). So P, Q, the MACs
 *       {@code P Q R S C N} (SCALE-Sim's {@code P*K*N}) and the GEMM view are SCALE-Sim's.</li>
 *   <li><b>depthwise</b>: a conv row whose name contains {@code DP} (case-sensitive, SCALE-Sim's
 *       rule). SCALE-Sim expands it into C single-channel layers of N filters each; here it is
 *       one {@code Conv2D} with {@code groups = C} and {@code C * N} output channels, which has
 *       the same MACs and weights, and a GEMM view of C instances of SCALE-Sim's per-channel
 *       layer.</li>
 *   <li><b>gemm</b> row {@code name, M, N, K}: input {@code [M, K]} and {@code Dense(N)} without
 *       bias, so MACs {@code M N K} and the GEMM view {@code m = M, n = N, k = K}, as SCALE-Sim's
 *       conversion to a {@code M x K} ifmap with one {@code 1 x K} filter per output.</li>
 * </ul>
 *
 * <p>Text rules: UTF-8; the first line is the header and is skipped (it must not look like a
 * layer row, so a forgotten header does not silently drop the first layer); empty lines are
 * skipped; a {@code #} starts a comment that runs to the end of the line (the shipped
 * {@code mobilnet_paper.csv} tags rows with {@code ,#dw}; SCALE-Sim drops that as the last
 * field); fields are separated by commas and trimmed; one trailing comma is allowed but not
 * needed (SCALE-Sim drops the last field of every row, so it needs one; here a row without it
 * keeps its stride); {@code \n}, {@code \r\n} and {@code \r} line ends are all accepted.
 *
 * <p>Extra columns are an error, not ignored: SCALE-Sim's shipped {@code Resnet50.csv} carries
 * {@code ,,,Eh,Ew,e2} columns and an all-comma line, which crash SCALE-Sim's own parser; a file
 * whose columns do not line up is more likely misaligned than annotated, so it is refused with
 * the line and column rather than read in a way that may be wrong. Delete the extra columns (as
 * in the cleaned {@code Resnet50_clean.csv} of the SCALE-Sim oracle runs) to import it.
 *
 * <p>Every problem is an {@link InvalidInputException} of one line naming the file as given,
 * the line and the column, such as {@code alexnet.csv:3: column 4 'Filter Height': expected a
 * positive integer, got 'x'}: an unreadable or empty file, a file with no layer rows, a missing
 * or extra column, an empty name, a value that is not a positive integer, a filter larger than
 * the ifmap (SCALE-Sim asserts the same), and a layer name used twice (or clashing with another
 * layer's {@code .input} node).
 *
 * <p>Not modelled: SCALE-Sim's expansion of a {@code DP} layer into separately simulated
 * layers (the layer count and names differ; the work is the same); where a layer is padded (see
 * above) the zeros sit on both sides instead of only below and right of the ifmap, so the
 * windows start {@code pad} elements earlier than SCALE-Sim's (same count, shifted positions).
 */
public final class TopologyCsvReader {

    private static final String INPUT_SUFFIX = ".input";

    private TopologyCsvReader() {
    }

    /**
     * Reads {@code file} in the given format.
     *
     * @param file the topology CSV; its path as given is the source of error messages
     * @param format conv or gemm, as SCALE-Sim's {@code -i} option
     * @return a network with one input and one layer per row, named after the file
     * @throws InvalidInputException when the file cannot be read or any row is malformed
     */
    public static Network read(Path file, TopologyFormat format) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        String source = file.toString();
        List<String> lines = decode(readBytes(file, source), source).lines().toList();
        return parse(source, networkName(file), lines, format);
    }

    private static byte[] readBytes(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(source, 0, null, "cannot read the file: it is a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, 0, null, "cannot read the file: no such file", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(source, 0, null, "cannot read the file: permission denied", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw new InvalidInputException(source, 0, null, "cannot read the file: " + reason, e);
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new InvalidInputException(source, 0, null, "cannot read the file: " + reason, e);
        }
    }

    /** Strict UTF-8 decoding that names the line of the first bad byte. */
    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(source, line, null, "not UTF-8 text");
        }
        return out.flip().toString();
    }

    private static String networkName(Path file) {
        Path leaf = file.getFileName();
        String name = leaf == null ? file.toString() : leaf.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Network parse(String source, String networkName, List<String> lines, TopologyFormat format) {
        if (lines.isEmpty()) {
            throw new InvalidInputException(source, 0, null,
                    "the file is empty; expected a header line and one row per layer");
        }
        checkHeader(source, lines.get(0), format);
        Network.Builder builder = Network.builder(networkName);
        Map<String, Integer> nodeLines = new HashMap<>();
        int layers = 0;
        for (int i = 1; i < lines.size(); i++) {
            String text = withoutComment(lines.get(i));
            if (text.isBlank()) {
                continue;
            }
            Row row = new Row(source, i + 1, fields(text), format);
            if (format == TopologyFormat.CONV) {
                addConv(builder, row, nodeLines);
            } else {
                addGemm(builder, row, nodeLines);
            }
            layers++;
        }
        if (layers == 0) {
            throw new InvalidInputException(source, 0, null, "no layer rows after the header line");
        }
        return builder.description(description(networkName, layers, format)).build();
    }

    private static void checkHeader(String source, String header, TopologyFormat format) {
        List<String> fields = fields(withoutComment(header));
        if (fields.size() > 1 && isInteger(fields.get(1))) {
            throw new InvalidInputException(source, 1, null, "the first line is skipped as the header, but it looks"
                    + " like a layer row; start the file with a header such as '"
                    + String.join(", ", format.columns().subList(0, format.requiredColumns())) + ",'");
        }
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Trimmed comma-separated fields, without the empty field after one trailing comma. */
    private static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        for (String f : text.split(",", -1)) {
            fields.add(f.trim());
        }
        if (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    private static boolean isInteger(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void addConv(Network.Builder builder, Row row, Map<String, Integer> nodeLines) {
        String name = row.name();
        int height = row.positive(2);
        int width = row.positive(3);
        int filterHeight = row.positive(4);
        int filterWidth = row.positive(5);
        int channels = row.positive(6);
        int filters = row.positive(7);
        int strideHeight = row.positive(8);
        int strideWidth = row.columns() > 8 ? row.positive(9) : strideHeight;
        if (filterHeight > height) {
            throw row.error(4, filterHeight + " is larger than the IFMAP Height " + height);
        }
        if (filterWidth > width) {
            throw row.error(5, filterWidth + " is larger than the IFMAP Width " + width);
        }
        boolean depthwise = name.contains("DP");
        long outChannels = depthwise ? (long) channels * filters : filters;
        if (outChannels > Integer.MAX_VALUE) {
            throw row.error(7, "a depthwise layer has Channels x Num Filter = " + outChannels
                    + " output channels, more than " + Integer.MAX_VALUE);
        }
        String input = claimNames(row, name, nodeLines);
        builder.input(input, channels, height, width)
                .add(name, new Conv2D((int) outChannels, filterHeight, filterWidth, strideHeight, strideWidth,
                        scaleSimPadding(height, filterHeight, strideHeight),
                        scaleSimPadding(width, filterWidth, strideWidth), depthwise ? channels : 1, false), input);
    }

    /**
     * The smallest symmetric zero padding that gives SCALE-Sim's output extent
     * {@code ceil((in - kernel) / stride) + 1}; 0 when the stride divides {@code in - kernel}.
     */
    static int scaleSimPadding(int in, int kernel, int stride) {
        int overhang = (in - kernel) % stride;
        return overhang == 0 ? 0 : (stride - overhang + 1) / 2;
    }

    private static void addGemm(Network.Builder builder, Row row, Map<String, Integer> nodeLines) {
        String name = row.name();
        int m = row.positive(2);
        int n = row.positive(3);
        int k = row.positive(4);
        String input = claimNames(row, name, nodeLines);
        builder.input(input, m, k).add(name, new Dense(n, false), input);
    }

    /** Reserves the layer's two node names; returns the input node's name. */
    private static String claimNames(Row row, String name, Map<String, Integer> nodeLines) {
        String input = name + INPUT_SUFFIX;
        Integer earlier = nodeLines.get(name);
        if (earlier != null) {
            throw row.error(1, "'" + name + "' is already used on line " + earlier);
        }
        earlier = nodeLines.get(input);
        if (earlier != null) {
            throw row.error(1, "the input node '" + input + "' of this layer clashes with a name on line "
                    + earlier);
        }
        nodeLines.put(name, row.line());
        nodeLines.put(input, row.line());
        return input;
    }

    private static String description(String networkName, int layers, TopologyFormat format) {
        String rows = format == TopologyFormat.CONV
                ? "each row a Conv2D without bias on its own [C, H, W] input, unpadded except where SCALE-Sim's"
                        + " output extent ceil((H - R) / stride) + 1 needs a partial last window; layers whose name"
                        + " contains DP are depthwise (groups = C, C x Num Filter outputs)"
                : "each row (M x K) * (K x N) as a Dense layer of N units without bias on its own [M, K] input";
        return "Imported from the SCALE-Sim topology '" + networkName + "' (" + format.label() + " format): "
                + layers + " independent layer" + (layers == 1 ? "" : "s") + ", as SCALE-Sim simulates them, "
                + rows + ".";
    }

    /** One data row: its place in the file and its trimmed fields. */
    private static final class Row {
        private final String source;
        private final int line;
        private final List<String> fields;
        private final TopologyFormat format;

        Row(String source, int line, List<String> fields, TopologyFormat format) {
            this.source = source;
            this.line = line;
            this.fields = fields;
            this.format = format;
            List<String> columns = format.columns();
            if (fields.size() < format.requiredColumns()) {
                int missing = fields.size() + 1;
                String hint = fields.size() == 1 ? "; columns are separated by commas" : "";
                throw error(missing, "missing (the row has " + fields.size() + " column"
                        + (fields.size() == 1 ? "" : "s") + hint + ")");
            }
            if (fields.size() > columns.size()) {
                int extra = columns.size() + 1;
                throw new InvalidInputException(source, line, "column " + extra, "unexpected extra column '"
                        + fields.get(extra - 1) + "': a " + format.label() + " row has "
                        + (format.requiredColumns() == columns.size() ? String.valueOf(columns.size())
                                : format.requiredColumns() + " or " + columns.size())
                        + " columns (" + String.join(", ", columns) + ")");
            }
        }

        int line() {
            return line;
        }

        int columns() {
            return fields.size();
        }

        String name() {
            String name = fields.get(0);
            if (name.isEmpty()) {
                throw error(1, "empty; every layer needs a name");
            }
            return name;
        }

        /** The value of 1-based {@code column}, which must be an integer of at least 1. */
        int positive(int column) {
            String text = fields.get(column - 1);
            try {
                int value = Integer.parseInt(text);
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the text as written
            }
            throw error(column, "expected a positive integer, got '" + text + "'");
        }

        InvalidInputException error(int column, String detail) {
            return new InvalidInputException(source, line, "column " + column + " '"
                    + format.columns().get(column - 1) + "'", detail);
        }
    }
}
