// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One TPU instruction: an opcode and its operand values in the opcode's field order. Immutable;
 * the factories below build each kind with named arguments.
 *
 * @param opcode the instruction
 * @param operands one value per {@link TpuOpcode#operands()} entry, each within its width (copied)
 */
public record TpuInstruction(TpuOpcode opcode, long[] operands) {

    /** Validates the operand count and each value's range, and copies the array. */
    public TpuInstruction {
        Objects.requireNonNull(opcode, "opcode");
        List<TpuOperand> fields = opcode.operands();
        if (operands.length != fields.size()) {
            throw new IllegalArgumentException(opcode.mnemonic() + " takes " + fields.size() + " operands, got "
                    + operands.length);
        }
        for (int i = 0; i < operands.length; i++) {
            TpuOperand f = fields.get(i);
            if (operands[i] < 0 || operands[i] > f.max()) {
                throw new IllegalArgumentException(opcode.mnemonic() + " " + f.field().key() + " must be in [0, "
                        + f.max() + "], got " + operands[i]);
            }
        }
        operands = operands.clone();
    }

    /** The value of {@code field}. */
    public long get(TpuField field) {
        int i = opcode.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(opcode.mnemonic() + " has no field " + field.key());
        }
        return operands[i];
    }

    /** The value of {@code field} as an int (every field but host and weight addresses fits). */
    public int getInt(TpuField field) {
        return Math.toIntExact(get(field));
    }

    /** Whether flag bit {@code flag} is set (matrix instructions). */
    public boolean flag(int flag) {
        return (get(TpuField.FLAGS) & flag) != 0;
    }

    /** A copy of the operand values. */
    @Override
    public long[] operands() {
        return operands.clone();
    }

    /** Read_Host_Memory of {@code rows} rows from host byte {@code host} into UB row {@code ub}. */
    public static TpuInstruction readHostMemory(long host, long ub, long rows) {
        return new TpuInstruction(TpuOpcode.READ_HOST_MEMORY, new long[] {host, ub, rows});
    }

    /** Write_Host_Memory of UB rows {@code ub..ub+rows-1} to host byte {@code host}. */
    public static TpuInstruction writeHostMemory(long ub, long host, long rows) {
        return new TpuInstruction(TpuOpcode.WRITE_HOST_MEMORY, new long[] {ub, host, rows});
    }

    /** Read_Weights of a {@code rows x cols} tile at weight byte {@code address}. */
    public static TpuInstruction readWeights(long address, int rows, int cols) {
        return new TpuInstruction(TpuOpcode.READ_WEIGHTS, new long[] {address, rows, cols});
    }

    /** MatrixMultiply with {@link TpuFlags} {@code flags}. */
    public static TpuInstruction matrixMultiply(int flags, long ub, int acc, long length) {
        return new TpuInstruction(TpuOpcode.MATRIX_MULTIPLY, new long[] {flags, ub, acc, length});
    }

    /** Convolve with {@link TpuFlags} {@code flags}. */
    public static TpuInstruction convolve(int flags, long ub, int acc, long pixel, long pixels, int chunk, int group,
            int config) {
        return new TpuInstruction(TpuOpcode.CONVOLVE, new long[] {flags, ub, acc, pixel, pixels, chunk, group, config});
    }

    /** Activate of {@code rows} rows from accumulator {@code acc} to UB {@code ub} with configuration {@code config}. */
    public static TpuInstruction activate(int acc, long ub, long rows, int config) {
        return new TpuInstruction(TpuOpcode.ACTIVATE, new long[] {acc, ub, rows, config});
    }

    /** A vector operation writing {@code rows} rows from {@code dst}, reading from {@code src}. */
    public static TpuInstruction vector(long src, long dst, long rows, int config) {
        return new TpuInstruction(TpuOpcode.VECTOR, new long[] {src, dst, rows, config});
    }

    /** Sync on the units whose {@link TpuUnit#maskBit()}s are in {@code mask}. */
    public static TpuInstruction sync(int mask) {
        return new TpuInstruction(TpuOpcode.SYNC, new long[] {mask});
    }

    /** Set_Config of slot {@code slot} from the {@code bytes}-byte block at host byte {@code host}. */
    public static TpuInstruction setConfig(int slot, long host, long bytes) {
        return new TpuInstruction(TpuOpcode.SET_CONFIG, new long[] {slot, host, bytes});
    }

    /** No operation. */
    public static TpuInstruction nop() {
        return new TpuInstruction(TpuOpcode.NOP, new long[0]);
    }

    /** Halt. */
    public static TpuInstruction halt() {
        return new TpuInstruction(TpuOpcode.HALT, new long[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TpuInstruction i && i.opcode == opcode && Arrays.equals(i.operands, operands);
    }

    @Override
    public int hashCode() {
        return 31 * opcode.hashCode() + Arrays.hashCode(operands);
    }

    /** The instruction in assembly syntax, such as {@code mm flags=switch ub=0 acc=0 length=200}. */
    @Override
    public String toString() {
        return TpuAssembly.format(this);
    }
}
