// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.networks.InvalidInputException;

/**
 * The TPU's text assembly: one instruction per line, the mnemonic followed by
 * {@code key=value} operands in any order; {@code #} starts a comment. Numbers are decimal or
 * {@code 0x} hexadecimal, with optional underscores. Flags and sync masks are written as names
 * joined by {@code |} ({@code flags=switch|accumulate}, {@code mask=mxu|act}) or as numbers; a
 * missing {@code flags} is 0, every other operand must be given.
 *
 * <pre>
 * rw      weights=0 rows=256 cols=256
 * mm      flags=switch ub=0 acc=0 length=200
 * act     acc=0 ub=1024 length=200 config=0
 * sync    mask=act
 * halt
 * </pre>
 *
 * {@link #format} writes every operand in encoding order, so {@code parse(format(x))} is x.
 */
public final class TpuAssembly {
    private TpuAssembly() {
    }

    /**
     * Parses assembly text.
     *
     * @param source the file name, for messages
     * @throws InvalidInputException naming the line and the operand for any syntax error
     */
    public static TpuListing parse(String source, String text) {
        List<TpuInstruction> instructions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] rows = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String line = rows[i];
            int hash = line.indexOf('#');
            String code = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (code.isEmpty()) {
                continue;
            }
            instructions.add(parseLine(source, i + 1, code));
            lines.add(i + 1);
        }
        return new TpuListing(source, instructions, lines);
    }

    private static TpuInstruction parseLine(String source, int line, String code) {
        String[] words = code.split("\\s+");
        TpuOpcode opcode = TpuOpcode.byMnemonic(words[0]).orElseThrow(() -> new InvalidInputException(source, line,
                null, "unknown instruction '" + words[0] + "'; known: " + mnemonics()));
        Map<TpuField, Long> values = new HashMap<>();
        for (int w = 1; w < words.length; w++) {
            String word = words[w];
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(source, line, null, "expected key=value, got '" + word + "'");
            }
            String key = word.substring(0, eq);
            String value = word.substring(eq + 1);
            TpuOperand operand = operand(opcode, key);
            if (operand == null) {
                throw new InvalidInputException(source, line, key, opcode.mnemonic() + " has no operand '" + key
                        + "'; it takes " + keys(opcode));
            }
            if (values.containsKey(operand.field())) {
                throw new InvalidInputException(source, line, key, "given twice");
            }
            long v = parseValue(source, line, operand.field(), value);
            if (v < 0 || v > operand.max()) {
                throw new InvalidInputException(source, line, key, "must be in [0, " + operand.max() + "], got " + v);
            }
            values.put(operand.field(), v);
        }
        long[] operands = new long[opcode.operands().size()];
        for (int i = 0; i < operands.length; i++) {
            TpuField f = opcode.operands().get(i).field();
            Long v = values.get(f);
            if (v == null && f != TpuField.FLAGS) {
                throw new InvalidInputException(source, line, f.key(), "missing; " + opcode.mnemonic() + " takes "
                        + keys(opcode));
            }
            operands[i] = v == null ? 0 : v;
        }
        return new TpuInstruction(opcode, operands);
    }

    private static long parseValue(String source, int line, TpuField field, String text) {
        if (field == TpuField.FLAGS || field == TpuField.MASK) {
            if (!text.isEmpty() && Character.isLetter(text.charAt(0))) {
                long bits = 0;
                for (String name : text.split("\\|")) {
                    bits |= field == TpuField.FLAGS ? flagBit(source, line, name) : unitBit(source, line, name);
                }
                return bits;
            }
        }
        String digits = text.replace("_", "");
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                return Long.parseLong(digits.substring(2), 16);
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, line, field.key(), "expected a number, got '" + text + "'");
        }
    }

    private static long flagBit(String source, int line, String name) {
        for (int b = 0; b < TpuFlags.NAMES.length; b++) {
            if (TpuFlags.NAMES[b].equals(name)) {
                return 1L << b;
            }
        }
        throw new InvalidInputException(source, line, "flags", "unknown flag '" + name + "'; known: "
                + String.join(", ", TpuFlags.NAMES));
    }

    private static long unitBit(String source, int line, String name) {
        TpuUnit u = TpuUnit.byKey(name);
        if (u == null) {
            List<String> known = new ArrayList<>();
            for (TpuUnit unit : TpuUnit.values()) {
                known.add(unit.key());
            }
            throw new InvalidInputException(source, line, "mask", "unknown unit '" + name + "'; known: "
                    + String.join(", ", known));
        }
        return u.maskBit();
    }

    private static TpuOperand operand(TpuOpcode opcode, String key) {
        for (TpuOperand o : opcode.operands()) {
            if (o.field().key().equals(key)) {
                return o;
            }
        }
        return null;
    }

    private static String keys(TpuOpcode opcode) {
        if (opcode.operands().isEmpty()) {
            return "no operands";
        }
        List<String> keys = new ArrayList<>();
        for (TpuOperand o : opcode.operands()) {
            keys.add(o.field().key());
        }
        return String.join(", ", keys);
    }

    private static String mnemonics() {
        List<String> names = new ArrayList<>();
        for (TpuOpcode o : TpuOpcode.values()) {
            names.add(o.mnemonic());
        }
        return String.join(", ", names);
    }

    /** One instruction in assembly syntax, every operand in encoding order. */
    public static String format(TpuInstruction instruction) {
        StringBuilder sb = new StringBuilder(instruction.opcode().mnemonic());
        List<TpuOperand> fields = instruction.opcode().operands();
        long[] values = instruction.operands();
        for (int i = 0; i < fields.size(); i++) {
            TpuField f = fields.get(i).field();
            sb.append(' ').append(f.key()).append('=');
            if (f == TpuField.FLAGS) {
                sb.append(names(values[i], TpuFlags.NAMES));
            } else if (f == TpuField.MASK) {
                String[] units = new String[TpuUnit.values().length];
                for (TpuUnit u : TpuUnit.values()) {
                    units[u.ordinal()] = u.key();
                }
                sb.append(names(values[i], units));
            } else {
                sb.append(values[i]);
            }
        }
        return sb.toString();
    }

    /** A listing, one instruction per line, each line ending in {@code \n}. */
    public static String format(List<TpuInstruction> instructions) {
        StringBuilder sb = new StringBuilder();
        for (TpuInstruction i : instructions) {
            sb.append(format(i)).append('\n');
        }
        return sb.toString();
    }

    private static String names(long bits, String[] names) {
        if (bits == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        long rest = bits;
        for (int b = 0; b < names.length; b++) {
            if ((bits & (1L << b)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(names[b]);
                rest &= ~(1L << b);
            }
        }
        return rest == 0 ? sb.toString() : String.valueOf(bits);
    }
}
