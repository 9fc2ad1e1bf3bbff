// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.InvalidInputException;

class TpuEncodingTest {

    @Test
    void matrixMultiplyIsTwelveBytesAsInThePaper() {
        assertEquals(12, TpuOpcode.MATRIX_MULTIPLY.encodedBytes());
        byte[] bytes = TpuBinary.encode(List.of(TpuInstruction.matrixMultiply(TpuFlags.SWITCH | TpuFlags.ACCUMULATE,
                0x0A0B0C, 0x0102, 0x11223344)));
        byte[] body = Arrays.copyOfRange(bytes, 8, bytes.length);
        assertArrayEquals(new byte[] {0x04, 0x03, 0x00, 0x0C, 0x0B, 0x0A, 0x02, 0x01, 0x44, 0x33, 0x22, 0x11}, body);
    }

    @Test
    void everyOpcodeRoundTripsThroughBinaryAndAssembly() {
        Random random = new Random(4);
        for (int trial = 0; trial < 50; trial++) {
            List<TpuInstruction> code = new ArrayList<>();
            for (TpuOpcode op : TpuOpcode.values()) {
                long[] values = new long[op.operands().size()];
                for (int f = 0; f < values.length; f++) {
                    TpuOperand o = op.operands().get(f);
                    values[f] = o.field() == TpuField.FLAGS ? random.nextInt(4)
                            : o.field() == TpuField.MASK ? 1 + random.nextInt(15)
                            : (random.nextLong() >>> 1) % (o.max() + 1);
                }
                code.add(new TpuInstruction(op, values));
            }
            assertEquals(code, TpuBinary.decode("t.bin", TpuBinary.encode(code)).instructions());
            assertEquals(code, TpuAssembly.parse("t.s", TpuAssembly.format(code)).instructions());
        }
    }

    @Test
    void assemblyIsReadable() {
        TpuListing l = TpuAssembly.parse("p.s", """
                # one tile
                rw weights=0x100 rows=256 cols=128
                mm flags=switch ub=0 acc=0 length=200   # first tile
                sync mask=mxu|act
                halt
                """);
        assertEquals(List.of(2, 3, 4, 5), l.lines());
        assertEquals("mm flags=switch ub=0 acc=0 length=200", l.instructions().get(1).toString());
        assertEquals("sync mask=mxu|act", l.instructions().get(2).toString());
        assertEquals(256, l.instructions().get(0).get(TpuField.WEIGHT_ADDRESS));
    }

    @Test
    void assemblyErrorsNameTheLineAndOperand() {
        assertError("p.s:2: acc: expected a number, got 'x'", "nop\nmm ub=0 acc=x length=1\n");
        assertError("p.s:1: unknown instruction 'mul'; known: nop, rhm, whm, rw, mm, conv, act, vec, sync, setcfg, halt",
                "mul a=1\n");
        assertError("p.s:1: length: missing; mm takes flags, ub, acc, length", "mm ub=0 acc=0\n");
        assertError("p.s:1: acc: must be in [0, 65535], got 70000", "mm ub=0 acc=70000 length=1\n");
        assertError("p.s:1: flags: unknown flag 'fast'; known: accumulate, switch", "mm flags=fast ub=0 acc=0 length=1\n");
        assertError("p.s:1: mask: unknown unit 'gpu'; known: host, weights, mxu, act", "sync mask=gpu\n");
        assertError("p.s:1: bytes: act has no operand 'bytes'; it takes acc, ub, length, config", "act bytes=3\n");
        assertError("p.s:1: ub: given twice", "mm ub=0 ub=1 acc=0 length=1\n");
    }

    @Test
    void binaryErrorsNameTheInstruction() {
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> TpuBinary.decode("p.bin", new byte[] {'S', 'T', 'P', 'U', 1, 0, 0, 0, 0x0F, 0x33}));
        assertEquals("p.bin: instruction 1 (byte 9): unknown opcode 0x33", bad.getMessage());
        InvalidInputException cut = assertThrows(InvalidInputException.class,
                () -> TpuBinary.decode("p.bin", new byte[] {'S', 'T', 'P', 'U', 1, 0, 0, 0, 0x04, 1, 2}));
        assertEquals("p.bin: instruction 0 (byte 8): mm needs 12 bytes, only 3 left", cut.getMessage());
        InvalidInputException header = assertThrows(InvalidInputException.class,
                () -> TpuBinary.decode("p.bin", new byte[] {1, 2, 3}));
        assertEquals("p.bin: header: not a TPU instruction stream (expected the 8-byte header starting with 'STPU')",
                header.getMessage());
    }

    private static void assertError(String expected, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TpuAssembly.parse("p.s", text));
        assertEquals(expected, e.getMessage());
    }
}
