// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.List;
import org.sinapsis.isa.arch.Precision;

/**
 * An FPGA tile program: one array of {@code Tm x Tn} MAC lanes in one number format (one
 * bitstream), buffers of fixed depth, and the network's layers as tiled kernels in execution order
 * with the element-wise work between them. The compiler writes it; the machine runs it, and a
 * hand-written one as well. Serialized as YAML and printed as loop nests by {@link FpgaPrograms}.
 *
 * @param network the network's name
 * @param target the target it was compiled for
 * @param precision the number format of the array
 * @param tm output-channel lanes
 * @param tn input-channel lanes
 * @param inputWordsPerBank depth of each of the Tn input banks, in values
 * @param weightWordsPerBank depth of each of the Tm x Tn weight banks, in values
 * @param outputWordsPerBank depth of each of the Tm output banks, in partial sums
 * @param doubleBuffered whether the buffers are ping-pong pairs (loads and stores overlap compute)
 * @param leadingOps element-wise layers before the first kernel
 * @param kernels the tiled layers, in execution order
 */
public record FpgaProgram(String network, String target, Precision precision, int tm, int tn,
        long inputWordsPerBank, long weightWordsPerBank, long outputWordsPerBank, boolean doubleBuffered,
        List<FpgaVectorOp> leadingOps, List<FpgaKernel> kernels) {

    /** Validates that every kernel's tiles fit the buffers. */
    public FpgaProgram {
        if (network == null || target == null || precision == null) {
            throw new IllegalArgumentException("a program needs a network, a target and a precision");
        }
        if (tm < 1 || tn < 1) {
            throw new IllegalArgumentException("Tm and Tn must be >= 1");
        }
        if (kernels == null || kernels.isEmpty()) {
            throw new IllegalArgumentException("a program needs at least one kernel");
        }
        leadingOps = List.copyOf(leadingOps);
        kernels = List.copyOf(kernels);
        long residentWords = 0;
        for (FpgaKernel k : kernels) {
            if (k.weightsResident() != kernels.get(0).weightsResident()) {
                throw new IllegalArgumentException("kernel '" + k.node() + "': weights_resident must be the same for "
                        + "every kernel (one weight buffer organization per bitstream)");
            }
            if (k.doubleBuffered() != doubleBuffered) {
                throw new IllegalArgumentException("kernel '" + k.node() + "': double_buffered must match the program's");
            }
            FpgaBufferNeeds needs = FpgaBufferNeeds.of(k.shape(), new FpgaTiling(precision, tm, tn, k.tr(), k.tc(),
                    k.weightsResident()));
            if (needs.inputWordsPerBank() > inputWordsPerBank || needs.outputWordsPerBank() > outputWordsPerBank
                    || !k.weightsResident() && needs.weightWordsPerBank() > weightWordsPerBank) {
                throw new IllegalArgumentException("kernel '" + k.node() + "': its tiles need " + needs.inputWordsPerBank()
                        + " input, " + needs.weightWordsPerBank() + " weight and " + needs.outputWordsPerBank()
                        + " output words per bank; the buffers hold " + inputWordsPerBank + ", " + weightWordsPerBank
                        + " and " + outputWordsPerBank);
            }
            if (k.weightsResident()) {
                residentWords += needs.weightWordsPerBank();
            }
        }
        if (residentWords > weightWordsPerBank) {
            throw new IllegalArgumentException("resident weights need " + residentWords
                    + " words per weight bank; the buffer holds " + weightWordsPerBank);
        }
    }

    /** The mapping of {@code kernel} (one of this program's). */
    public FpgaTiling tiling(FpgaKernel kernel) {
        return new FpgaTiling(precision, tm, tn, kernel.tr(), kernel.tc(), kernel.weightsResident());
    }

    /** The buffers the program declares, as needs (for the resource estimate). */
    public FpgaBufferNeeds buffers() {
        return new FpgaBufferNeeds(inputWordsPerBank, weightWordsPerBank, outputWordsPerBank,
                kernels.get(0).weightsResident());
    }

    /** Multiply-accumulates of all kernels. */
    public long macs() {
        return kernels.stream().mapToLong(k -> k.shape().macs()).sum();
    }
}
