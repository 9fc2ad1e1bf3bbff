// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.config.ConfigNode;
import org.sinapsis.isa.config.RecordBinder;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.config.YamlConfigWriter;

/**
 * Reads, writes and prints {@link FpgaProgram}s. The YAML form is the records' fields in
 * snake_case under a {@code version} header, so a program can be saved, edited by hand and run
 * again; the text dump shows each kernel as its loop nest of tile instructions.
 */
public final class FpgaPrograms {
    /** The schema version this build reads and writes. */
    public static final int VERSION = 1;

    private FpgaPrograms() {
    }

    /** The program as YAML that {@link #parse(Path)} reads back to an equal program. */
    public static String toYaml(FpgaProgram program) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", VERSION);
        map.putAll(RecordBinder.unbind(program));
        return YamlConfigWriter.write(map);
    }

    /** Reads a program file; errors name the file, line and field. */
    public static FpgaProgram parse(Path file) {
        return parse(YamlConfigReader.read(file));
    }

    /** Builds a program from a parsed tree. */
    public static FpgaProgram parse(ConfigNode root) {
        if (root.type() != ConfigNode.Type.MAP) {
            throw root.error(null, "expected a mapping with version and the program's fields");
        }
        ConfigNode version = root.get("version");
        if (version.asInt() != VERSION) {
            throw version.error("version", "unsupported program version " + version.asString() + "; this build reads "
                    + VERSION);
        }
        return RecordBinder.bind(root, FpgaProgram.class, Set.of("version"));
    }

    /** The program as text: a header, then every kernel's loop nest and element-wise work. */
    public static String dump(FpgaProgram p) {
        StringBuilder sb = new StringBuilder();
        String buffering = p.doubleBuffered() ? "ping-pong" : "single";
        sb.append("# FPGA tile program v").append(VERSION).append(": network ").append(p.network()).append(", target ")
                .append(p.target()).append(", ").append(p.precision().label()).append('\n');
        sb.append("# PE array Tm x Tn = ").append(p.tm()).append(" x ").append(p.tn()).append(" (")
                .append((long) p.tm() * p.tn()).append(" MAC lanes)\n");
        sb.append("# buffers per bank: input ").append(p.inputWordsPerBank()).append(", weights ")
                .append(p.weightWordsPerBank()).append(p.kernels().get(0).weightsResident() ? " (resident)" : "")
                .append(", output ").append(p.outputWordsPerBank()).append(" values; ").append(buffering)
                .append(" buffers\n");
        for (FpgaVectorOp op : p.leadingOps()) {
            vector(sb, "", op);
        }
        for (FpgaKernel k : p.kernels()) {
            kernel(sb, p, k, buffering);
        }
        return sb.toString();
    }

    private static void kernel(StringBuilder sb, FpgaProgram p, FpgaKernel k, String buffering) {
        FpgaLayerShape s = k.shape();
        sb.append("kernel ").append(k.node()).append(" (").append(k.layer()).append("): ").append(s).append('\n');
        sb.append("  tile Tr x Tc = ").append(k.tr()).append(" x ").append(k.tc()).append("; ")
                .append(tiles(s.outRows(), k.tr())).append(" x ").append(tiles(s.outCols(), k.tc())).append(" x ")
                .append(tiles(s.outChannels(), p.tm())).append(" x ").append(tiles(s.inChannels(), p.tn()))
                .append(" tiles (row x col x to x ti)\n");
        String indent = "  ";
        if (s.kind() == FpgaLayerKind.RECURRENT) {
            recurrent(sb, p, k, buffering);
            return;
        }
        if (s.batch() > 1) {
            sb.append(indent).append("for b in [0, ").append(s.batch()).append(")\n");
            indent += " ";
        }
        if (s.groups() > 1) {
            sb.append(indent).append("for g in [0, ").append(s.groups()).append(")\n");
            indent += " ";
        }
        indent = loop(sb, indent, "row", s.outRows(), k.tr());
        indent = loop(sb, indent, "col", s.outCols(), k.tc());
        indent = loop(sb, indent, "to", s.outChannels(), p.tm());
        String storeIndent = indent;
        indent = loop(sb, indent, "ti", s.inChannels(), p.tn());
        sb.append(indent).append("LOAD_INPUT   ").append(p.tn()).append(" x ").append(s.inputTileRows(k.tr()))
                .append(" x ").append(s.inputTileCols(k.tc())).append(" values -> input buffer (").append(buffering)
                .append(")\n");
        sb.append(indent).append("LOAD_WEIGHT  ").append(p.tm()).append(" x ").append(p.tn()).append(" x ")
                .append(s.kernelH()).append(" x ").append(s.kernelW()).append(" values -> weight buffer (")
                .append(k.weightsResident() ? "resident: loaded once" : buffering).append(")\n");
        sb.append(indent).append("COMPUTE      ").append(s.kernelH()).append(" x ").append(s.kernelW()).append(" x ")
                .append(k.tr()).append(" x ").append(k.tc()).append(" cycles of ").append(p.tm()).append(" x ")
                .append(p.tn()).append(" MACs\n");
        sb.append(storeIndent).append("STORE_OUTPUT ").append(p.tm()).append(" x ").append(k.tr()).append(" x ")
                .append(k.tc()).append(" values <- output buffer (").append(buffering).append(")\n");
        for (FpgaVectorOp op : k.vectorOps()) {
            vector(sb, "  ", op);
        }
    }

    /** A recurrent layer: per step, load x_t, run the tiles with h_{t-1} on chip, gate math, store h_t. */
    private static void recurrent(StringBuilder sb, FpgaProgram p, FpgaKernel k, String buffering) {
        FpgaLayerShape s = k.shape();
        int hidden = s.recurrentUnits();
        int features = s.inChannels() - hidden;
        sb.append("  for t in [0, ").append(s.timesteps()).append(")  dependent steps\n");
        sb.append("   LOAD_INPUT   x_t: ").append(s.outRows()).append(" x ").append(features)
                .append(" values -> input buffer (h_{t-1}: ").append(s.outRows()).append(" x ").append(hidden)
                .append(" values already on chip)\n");
        String indent = loop(sb, "   ", "row", s.outRows(), k.tr());
        indent = loop(sb, indent, "to", s.outChannels(), p.tm());
        String gatesIndent = indent;
        indent = loop(sb, indent, "ti", s.inChannels(), p.tn());
        sb.append(indent).append("LOAD_WEIGHT  ").append(p.tm()).append(" x ").append(p.tn())
                .append(" values -> weight buffer (")
                .append(k.weightsResident() ? "resident: loaded once" : buffering).append(")\n");
        sb.append(indent).append("COMPUTE      ").append(k.tr()).append(" cycles of ").append(p.tm()).append(" x ")
                .append(p.tn()).append(" MACs\n");
        sb.append(gatesIndent).append("GATES        ").append(p.tm()).append(" x ").append(k.tr())
                .append(" pre-activations -> element-wise unit\n");
        sb.append("   VECTOR       gate math, ").append((long) s.outRows() * s.outChannels())
                .append(" element ops; h_t stays on chip\n");
        sb.append("   STORE_OUTPUT h_t: ").append(s.outRows()).append(" x ").append(hidden).append(" values\n");
        for (FpgaVectorOp op : k.vectorOps()) {
            vector(sb, "  ", op);
        }
    }

    private static String loop(StringBuilder sb, String indent, String name, int bound, int step) {
        sb.append(indent).append("for ").append(name).append(" in [0, ").append(bound).append(") step ").append(step)
                .append('\n');
        return indent + " ";
    }

    private static void vector(StringBuilder sb, String indent, FpgaVectorOp op) {
        sb.append(indent).append("VECTOR ").append(op.node()).append(": ").append(op.operation()).append(", ")
                .append(op.elementOps()).append(" element ops\n");
    }

    private static long tiles(int extent, int step) {
        return (extent + step - 1) / step;
    }
}
