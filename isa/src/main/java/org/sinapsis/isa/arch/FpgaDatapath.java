// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * One number format an FPGA's processing-element array can be built in, and what a MAC lane costs
 * in it: the precision mode changes MACs per DSP block, bits per stored operand and the
 * arithmetic's latencies. A lane is one multiplier plus its share of the adder tree and
 * accumulator (Zhang et al., FPGA 2015: an fp32 lane on a DSP48E1 is a 3-DSP multiplier and a
 * 2-DSP adder).
 *
 * <p>Block floating point ({@link Precision#BFP8}) stores {@code operandBits} per value (a sign and
 * {@code operandBits - 1} mantissa bits) and one {@code sharedExponentBits} exponent per
 * {@code blockSize} consecutive values of a dot product; every other format has no shared exponent
 * and a block of 1.
 *
 * @param precision the precision this datapath runs
 * @param dspPerMac DSP units ({@link FpgaSpec#dspBlocks()}) per MAC lane; may be fractional (two
 *     narrow multipliers per unit is 0.5) or 0 for lanes built from logic only
 * @param lutsPerMac LUTs (Xilinx) or ALMs (Intel) per lane, adder tree and operand routing included
 * @param registersPerMac flip-flops per lane
 * @param operandBits bits per stored weight or activation (sign and mantissa for block floating
 *     point), 1 to 64
 * @param sharedExponentBits bits of the exponent a block shares; 0 unless block floating point
 * @param blockSize values per shared exponent; 1 unless block floating point
 * @param accumulatorBits width of the accumulator (48 for a DSP48 accumulator, 32 for fp32)
 * @param multiplyLatencyCycles pipeline stages of one multiplier, at least 1
 * @param addLatencyCycles pipeline stages of one adder (adder tree level and accumulator), at
 *     least 1; an accumulation into the same output waits this long for the previous one
 * @param source where the per-lane figures come from, with status codes
 */
public record FpgaDatapath(Precision precision, double dspPerMac, double lutsPerMac, double registersPerMac,
        int operandBits, int sharedExponentBits, int blockSize, int accumulatorBits, int multiplyLatencyCycles,
        int addLatencyCycles, String source) {

    /** Validates the datapath. */
    public FpgaDatapath {
        if (precision == null) {
            throw new IllegalArgumentException("precision must be given");
        }
        nonNegative("dsp_per_mac", dspPerMac);
        nonNegative("luts_per_mac", lutsPerMac);
        nonNegative("registers_per_mac", registersPerMac);
        if (operandBits < 1 || operandBits > 64) {
            throw new IllegalArgumentException("operand_bits must be in [1, 64], got " + operandBits);
        }
        if (accumulatorBits < operandBits) {
            throw new IllegalArgumentException("accumulator_bits (" + accumulatorBits + ") must be >= operand_bits ("
                    + operandBits + ")");
        }
        if (multiplyLatencyCycles < 1 || addLatencyCycles < 1) {
            throw new IllegalArgumentException("multiply_latency_cycles and add_latency_cycles must be >= 1");
        }
        boolean bfp = precision == Precision.BFP8;
        if (bfp && (sharedExponentBits < 1 || blockSize < 2 || operandBits < 2)) {
            throw new IllegalArgumentException("a bfp8 datapath needs shared_exponent_bits >= 1, block_size >= 2 "
                    + "and operand_bits >= 2 (a sign and at least one mantissa bit)");
        }
        if (!bfp && (sharedExponentBits != 0 || blockSize != 1)) {
            throw new IllegalArgumentException("only a bfp8 datapath shares exponents: " + precision.label()
                    + " needs shared_exponent_bits 0 and block_size 1");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the " + precision.label() + " datapath needs its source");
        }
    }

    /** Mantissa bits of a block-floating-point value (the sign excluded); 0 for other formats. */
    public int mantissaBits() {
        return precision == Precision.BFP8 ? operandBits - 1 : 0;
    }

    /** Bits per value in memory and on the DDR bus, the shared exponent spread over its block. */
    public double storageBitsPerValue() {
        return operandBits + (double) sharedExponentBits / blockSize;
    }

    /** Bytes per value in DDR: {@link #storageBitsPerValue()} / 8. */
    public double bytesPerValue() {
        return storageBitsPerValue() / 8;
    }

    /**
     * Whole bytes of {@code values} consecutive values, exactly:
     * {@code ceil(values (operandBits blockSize + sharedExponentBits) / (8 blockSize))}.
     */
    public long bytesFor(long values) {
        long numerator = (long) operandBits * blockSize + sharedExponentBits;
        long denominator = 8L * blockSize;
        if (numerator % denominator == 0) {
            return Math.multiplyExact(values, numerator / denominator);
        }
        return (Math.multiplyExact(values, numerator) + denominator - 1) / denominator;
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + value);
        }
    }
}
