// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The TPU instruction set: about a dozen CISC instructions sent by the host (Jouppi et al. 2017,
 * section 2), each one opcode byte followed by its operands, little-endian. MatrixMultiply is the
 * paper's 12 bytes: opcode, 2 bytes of flags, a 3-byte Unified Buffer address, a 2-byte
 * accumulator address and a 4-byte length.
 *
 * <table>
 *   <caption>Encodings (bytes including the opcode)</caption>
 *   <tr><th>opcode</th><th>mnemonic</th><th>operands</th><th>bytes</th><th>unit</th></tr>
 *   <tr><td>0x00</td><td>nop</td><td>-</td><td>1</td><td>-</td></tr>
 *   <tr><td>0x01</td><td>rhm</td><td>host 5, ub 3, length 4</td><td>13</td><td>host</td></tr>
 *   <tr><td>0x02</td><td>whm</td><td>ub 3, host 5, length 4</td><td>13</td><td>host</td></tr>
 *   <tr><td>0x03</td><td>rw</td><td>weights 5, rows 2, cols 2</td><td>10</td><td>weights</td></tr>
 *   <tr><td>0x04</td><td>mm</td><td>flags 2, ub 3, acc 2, length 4</td><td>12</td><td>mxu</td></tr>
 *   <tr><td>0x05</td><td>conv</td><td>flags 1, ub 3, acc 2, pixel 3, pixels 3, chunk 2, group 2, config 1</td>
 *       <td>18</td><td>mxu</td></tr>
 *   <tr><td>0x06</td><td>act</td><td>acc 2, ub 3, length 4, config 1</td><td>11</td><td>act</td></tr>
 *   <tr><td>0x07</td><td>vec</td><td>src 3, dst 3, length 4, config 1</td><td>12</td><td>act</td></tr>
 *   <tr><td>0x08</td><td>sync</td><td>mask 1</td><td>2</td><td>-</td></tr>
 *   <tr><td>0x09</td><td>setcfg</td><td>config 1, host 5, bytes 4</td><td>11</td><td>host</td></tr>
 *   <tr><td>0x0f</td><td>halt</td><td>-</td><td>1</td><td>-</td></tr>
 * </table>
 *
 * <p>Semantics are in each constant's Javadoc; the machine that implements them is
 * {@code org.sinapsis.simulator.systolic.TpuMachine}.
 */
public enum TpuOpcode {
    /** Does nothing for one issue slot. */
    NOP(0x00, "nop", null),
    /**
     * Read_Host_Memory: copies {@code length} Unified Buffer rows from host memory starting at
     * byte {@code host} into rows {@code ub..ub+length-1}.
     */
    READ_HOST_MEMORY(0x01, "rhm", TpuUnit.HOST_DMA, op(TpuField.HOST_ADDRESS, 5), op(TpuField.UB_ADDRESS, 3),
            op(TpuField.LENGTH, 4)),
    /** Write_Host_Memory: copies Unified Buffer rows {@code ub..ub+length-1} to host memory at byte {@code host}. */
    WRITE_HOST_MEMORY(0x02, "whm", TpuUnit.HOST_DMA, op(TpuField.UB_ADDRESS, 3), op(TpuField.HOST_ADDRESS, 5),
            op(TpuField.LENGTH, 4)),
    /**
     * Read_Weights: fetches a {@code rows x cols} weight tile (row-major bytes) from weight memory
     * at byte {@code weights} into the weight FIFO. It completes once the address is sent; the
     * matrix unit waits if the tile has not arrived when it needs it.
     */
    READ_WEIGHTS(0x03, "rw", TpuUnit.WEIGHT_DMA, op(TpuField.WEIGHT_ADDRESS, 5), op(TpuField.TILE_ROWS, 2),
            op(TpuField.TILE_COLS, 2)),
    /**
     * MatrixMultiply: multiplies Unified Buffer rows {@code ub..ub+length-1} (the first
     * {@code rows} bytes of each, {@code rows} being the active tile's) by the active weight tile
     * into accumulator rows {@code acc..acc+length-1}, one row per cycle; with
     * {@link TpuFlags#ACCUMULATE} the products are added, else they overwrite.
     */
    MATRIX_MULTIPLY(0x04, "mm", TpuUnit.MXU, op(TpuField.FLAGS, 2), op(TpuField.UB_ADDRESS, 3),
            op(TpuField.ACC_ADDRESS, 2), op(TpuField.LENGTH, 4)),
    /**
     * Convolve: like MatrixMultiply, but each input row is gathered by the systolic data setup
     * from the feature map at Unified Buffer row {@code ub}, as the convolution configuration in
     * slot {@code config} describes: output pixels {@code pixel..pixel+pixels-1}, window elements
     * {@code chunk mxuRows ..} of each (a 2-D length: pixels by window chunk), input channels of
     * channel group {@code group}.
     */
    CONVOLVE(0x05, "conv", TpuUnit.MXU, op(TpuField.FLAGS, 1), op(TpuField.UB_ADDRESS, 3), op(TpuField.ACC_ADDRESS, 2),
            op(TpuField.PIXEL, 3), op(TpuField.PIXELS, 3), op(TpuField.CHUNK, 2), op(TpuField.GROUP, 2),
            op(TpuField.CONFIG, 1)),
    /**
     * Activate: reads accumulator rows {@code acc..} and writes {@code length} Unified Buffer rows
     * from {@code ub}, applying the activation configuration in slot {@code config} (bias,
     * requantization and ReLU, or a recurrent cell's gate math).
     */
    ACTIVATE(0x06, "act", TpuUnit.ACTIVATION, op(TpuField.ACC_ADDRESS, 2), op(TpuField.UB_ADDRESS, 3),
            op(TpuField.LENGTH, 4), op(TpuField.CONFIG, 1)),
    /**
     * Vector: Unified Buffer to Unified Buffer through the activation unit's pooling and element
     * datapath: writes {@code length} rows from {@code dst}, reading from {@code src} as the vector
     * configuration in slot {@code config} says (pooling, residual add, 256-entry lookup).
     */
    VECTOR(0x07, "vec", TpuUnit.ACTIVATION, op(TpuField.SOURCE, 3), op(TpuField.DEST, 3), op(TpuField.LENGTH, 4),
            op(TpuField.CONFIG, 1)),
    /**
     * Sync: holds issue until every earlier instruction of the units in {@code mask} has completed
     * (the explicit synchronization the compiler places after a write to the Unified Buffer that a
     * later instruction reads).
     */
    SYNC(0x08, "sync", null, op(TpuField.MASK, 1)),
    /**
     * Set_Config: loads the {@code bytes}-byte configuration block at host byte {@code host} into
     * configuration slot {@code config}, over the host interface.
     */
    SET_CONFIG(0x09, "setcfg", TpuUnit.HOST_DMA, op(TpuField.CONFIG, 1), op(TpuField.HOST_ADDRESS, 5),
            op(TpuField.BYTES, 4)),
    /** Ends the program once everything issued has completed. */
    HALT(0x0F, "halt", null);

    private final int code;
    private final String mnemonic;
    private final TpuUnit unit;
    private final List<TpuOperand> operands;

    TpuOpcode(int code, String mnemonic, TpuUnit unit, TpuOperand... operands) {
        this.code = code;
        this.mnemonic = mnemonic;
        this.unit = unit;
        this.operands = List.of(operands);
    }

    private static TpuOperand op(TpuField field, int bytes) {
        return new TpuOperand(field, bytes);
    }

    /** The opcode byte. */
    public int code() {
        return code;
    }

    /** The assembly mnemonic. */
    public String mnemonic() {
        return mnemonic;
    }

    /** The unit that executes it, or empty for instructions the issue stage handles (nop, sync, halt). */
    public Optional<TpuUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /** The operands in encoding order. */
    public List<TpuOperand> operands() {
        return operands;
    }

    /** Encoded length in bytes, opcode included. */
    public int encodedBytes() {
        int n = 1;
        for (TpuOperand o : operands) {
            n += o.bytes();
        }
        return n;
    }

    /** The position of {@code field} among the operands, or -1. */
    public int indexOf(TpuField field) {
        for (int i = 0; i < operands.size(); i++) {
            if (operands.get(i).field() == field) {
                return i;
            }
        }
        return -1;
    }

    /** The opcode with byte {@code code}, or empty. */
    public static Optional<TpuOpcode> byCode(int code) {
        for (TpuOpcode o : values()) {
            if (o.code == code) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The opcode with mnemonic {@code mnemonic} (any case), or empty. */
    public static Optional<TpuOpcode> byMnemonic(String mnemonic) {
        String m = mnemonic.toLowerCase(Locale.ROOT);
        for (TpuOpcode o : values()) {
            if (o.mnemonic.equals(m)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
