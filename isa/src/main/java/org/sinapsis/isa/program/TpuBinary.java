// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.sinapsis.networks.InvalidInputException;

/**
 * The binary form of a TPU instruction stream, as the host sends it: an 8-byte header
 * ({@code "STPU"}, format version 1, three zero bytes) followed by the instructions, each its
 * opcode byte and its operands little-endian at the widths of {@link TpuOpcode#operands()}.
 */
public final class TpuBinary {
    /** The format version this build reads and writes. */
    public static final int VERSION = 1;
    private static final byte[] MAGIC = {'S', 'T', 'P', 'U'};
    private static final int HEADER_BYTES = 8;

    private TpuBinary() {
    }

    /** The instructions as bytes, header first. */
    public static byte[] encode(List<TpuInstruction> instructions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        out.write(VERSION);
        out.writeBytes(new byte[HEADER_BYTES - MAGIC.length - 1]);
        for (TpuInstruction i : instructions) {
            out.write(i.opcode().code());
            long[] values = i.operands();
            List<TpuOperand> fields = i.opcode().operands();
            for (int f = 0; f < values.length; f++) {
                long v = values[f];
                for (int b = 0; b < fields.get(f).bytes(); b++) {
                    out.write((int) (v >>> (8 * b)) & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes a stream written by {@link #encode}.
     *
     * @param source the file name, for messages
     * @throws InvalidInputException naming the byte offset and instruction index of a bad header,
     *     an unknown opcode or a truncated instruction
     */
    public static TpuListing decode(String source, byte[] bytes) {
        if (bytes.length < HEADER_BYTES || bytes[0] != MAGIC[0] || bytes[1] != MAGIC[1] || bytes[2] != MAGIC[2]
                || bytes[3] != MAGIC[3]) {
            throw new InvalidInputException(source, 0, "header", "not a TPU instruction stream (expected the"
                    + " 8-byte header starting with 'STPU')");
        }
        if (bytes[4] != VERSION) {
            throw new InvalidInputException(source, 0, "header", "unsupported format version " + bytes[4]
                    + "; this build reads " + VERSION);
        }
        List<TpuInstruction> instructions = new ArrayList<>();
        int pos = HEADER_BYTES;
        while (pos < bytes.length) {
            int index = instructions.size();
            int code = bytes[pos] & 0xFF;
            int at = pos;
            TpuOpcode opcode = TpuOpcode.byCode(code).orElseThrow(() -> new InvalidInputException(source, 0,
                    "instruction " + index + " (byte " + at + ")", String.format("unknown opcode 0x%02x", code)));
            if (pos + opcode.encodedBytes() > bytes.length) {
                throw new InvalidInputException(source, 0, "instruction " + index + " (byte " + at + ")",
                        opcode.mnemonic() + " needs " + opcode.encodedBytes() + " bytes, only " + (bytes.length - pos)
                                + " left");
            }
            pos++;
            long[] values = new long[opcode.operands().size()];
            for (int f = 0; f < values.length; f++) {
                int width = opcode.operands().get(f).bytes();
                long v = 0;
                for (int b = 0; b < width; b++) {
                    v |= (bytes[pos + b] & 0xFFL) << (8 * b);
                }
                values[f] = v;
                pos += width;
            }
            instructions.add(new TpuInstruction(opcode, values));
        }
        return TpuListing.of(source, instructions);
    }
}
