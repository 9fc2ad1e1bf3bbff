// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;

/**
 * The resource model shared by the FPGA compiler and machine.
 *
 * <p><b>DSP</b>: {@code ceil(Tm Tn dspPerMac)}. <b>LUTs, registers</b>: the shell's plus
 * {@code Tm Tn} times the datapath's per-lane figure (an estimate; control and address logic are
 * folded into the per-lane figures). <b>Block RAM</b>: a buffer of {@code lanes} banks, each
 * delivering one {@code b}-bit value per cycle and holding {@code d} values, is built from blocks
 * at one port width {@code p} (the granule times 1, 2, 4... up to the widest port); a block at
 * width {@code p} is {@code blockBits / p} words deep and serves {@code floor(p / b)} lanes, a
 * value wider than the widest port takes {@code ceil(b / pMax)} blocks side by side, and the
 * narrowest total over the widths is taken:
 * <pre>
 * blocks(lanes, d, b) = min over p of ceil(lanes / floor(p / b)) ceil(d / (blockBits / p))
 * </pre>
 * Input and weight values are stored at the datapath's bits per value (block floating point's
 * shared exponent spread over its block), partial sums at its accumulator width; a double-buffered
 * buffer takes twice its blocks. This is Zhang et al.'s banking (their array partitioning of the
 * buffers into Tn, Tm x Tn and Tm banks). Input and output banks of at most
 * {@value #REGISTER_BANK_MAX_WORDS} values are registers instead (counted with the registers).
 *
 * <p>Not modelled: routing congestion and timing closure (the spec's usable DSP fraction stands
 * for them), LUTs used as distributed RAM, block RAM cascading limits.
 */
public final class FpgaResources {
    private FpgaResources() {
    }

    /** Block RAMs for {@code lanes} banks of {@code wordsPerBank} values of {@code bitsPerValue} bits. */
    public static long bramBlocks(FpgaSpec spec, long lanes, long wordsPerBank, double bitsPerValue) {
        long best = Long.MAX_VALUE;
        for (int p = spec.bramWidthGranuleBits(); p <= spec.bramMaxWidthBits(); p *= 2) {
            best = Math.min(best, blocksAtWidth(spec, p, lanes, wordsPerBank, bitsPerValue));
        }
        return Math.min(best, blocksAtWidth(spec, spec.bramMaxWidthBits(), lanes, wordsPerBank, bitsPerValue));
    }

    private static long blocksAtWidth(FpgaSpec spec, int width, long lanes, long words, double bits) {
        long depth = spec.bramBlockBits() / width;
        long deep = (words + depth - 1) / depth;
        if (bits > width) {
            if (width != spec.bramMaxWidthBits()) {
                return Long.MAX_VALUE;
            }
            long side = (long) Math.ceil(bits / width - 1e-9);
            return lanes * side * deep;
        }
        long lanesPerBlock = (long) Math.floor(width / bits + 1e-9);
        return (lanes + lanesPerBlock - 1) / lanesPerBlock * deep;
    }

    /**
     * The resources of an array of {@code tm x tn} lanes in {@code datapath} with buffers sized
     * for {@code needs}.
     *
     * @param doubleBuffered whether input, output and (non-resident) weight buffers are doubled
     */
    public static FpgaResourceEstimate estimate(FpgaSpec spec, FpgaDatapath datapath, int tm, int tn,
            FpgaBufferNeeds needs, boolean doubleBuffered) {
        long lanes = (long) tm * tn;
        int copies = doubleBuffered ? 2 : 1;
        double valueBits = datapath.storageBitsPerValue();
        long input = 0;
        long output = 0;
        long bufferRegisters = 0;
        if (needs.inputWordsPerBank() <= REGISTER_BANK_MAX_WORDS) {
            bufferRegisters += copies * tn * (long) Math.ceil(needs.inputWordsPerBank() * valueBits - 1e-9);
        } else {
            input = copies * bramBlocks(spec, tn, needs.inputWordsPerBank(), valueBits);
        }
        if (needs.outputWordsPerBank() <= REGISTER_BANK_MAX_WORDS) {
            bufferRegisters += copies * tm * needs.outputWordsPerBank() * datapath.accumulatorBits();
        } else {
            output = copies * bramBlocks(spec, tm, needs.outputWordsPerBank(), datapath.accumulatorBits());
        }
        long weights = (needs.weightsResident() ? 1 : copies) * bramBlocks(spec, lanes, needs.weightWordsPerBank(),
                valueBits);
        long dsp = (long) Math.ceil(lanes * datapath.dspPerMac() - 1e-9);
        long luts = spec.shellLuts() + (long) Math.ceil(lanes * datapath.lutsPerMac() - 1e-9);
        long registers = spec.shellRegisters() + (long) Math.ceil(lanes * datapath.registersPerMac() - 1e-9)
                + bufferRegisters;
        return new FpgaResourceEstimate(lanes, dsp, input, weights, output, spec.shellBramBlocks(), luts, registers);
    }

    /**
     * Input and output banks this shallow (a matrix-vector product's few partial sums per lane)
     * are flip-flops, not block RAM, as synthesis tools map them; weight banks always use block RAM.
     */
    public static final int REGISTER_BANK_MAX_WORDS = 32;
}
