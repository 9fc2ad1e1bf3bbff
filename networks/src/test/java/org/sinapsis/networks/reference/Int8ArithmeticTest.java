// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinapsis.networks.ir.ActivationFunction;

class Int8ArithmeticTest {

    @ParameterizedTest(name = "roundShift({0}, {1}) = {2}")
    @CsvSource({"5, 1, 3", "-5, 1, -2", "7, 2, 2", "-7, 2, -2", "6, 2, 2", "-6, 2, -1", "0, 5, 0", "-1, 62, 0",
        "4611686018427387904, 62, 1"})
    void roundShiftRoundsHalfTowardPlusInfinity(long value, int shift, long expected) {
        assertEquals(expected, Int8Arithmetic.roundShift(value, shift));
    }

    @Test
    void roundHalfAwayFromZeroIsExact() {
        assertEquals(3, Int8Arithmetic.roundHalfAwayFromZero(2.5));
        assertEquals(-3, Int8Arithmetic.roundHalfAwayFromZero(-2.5));
        assertEquals(2, Int8Arithmetic.roundHalfAwayFromZero(2.4999999));
        assertEquals(0, Int8Arithmetic.roundHalfAwayFromZero(0.49999999999999994));
        assertEquals(0, Int8Arithmetic.roundHalfAwayFromZero(Double.NaN));
        assertEquals(Long.MAX_VALUE, Int8Arithmetic.roundHalfAwayFromZero(1e300));
    }

    @Test
    void quantizeSaturatesToTheSymmetricRange() {
        assertEquals(127, Int8Arithmetic.quantize(1000, 1));
        assertEquals(-127, Int8Arithmetic.quantize(-1000, 1));
        assertEquals(1, Int8Arithmetic.quantize(0.5, 1));
        assertEquals(-1, Int8Arithmetic.quantize(-0.5, 1));
        assertEquals(127, Int8Arithmetic.quantize(3.0, 3.0 / 127));
        assertEquals(42, Int8Arithmetic.quantize(0.42, 0.01));
    }

    @Test
    void fixedPointMultiplierNormalizesAndRounds() {
        assertEquals(new FixedPointMultiplier(1 << 30, 31), FixedPointMultiplier.of(0.5));
        assertEquals(new FixedPointMultiplier(1 << 30, 30), FixedPointMultiplier.of(1));
        assertEquals(new FixedPointMultiplier(1610612736, 31), FixedPointMultiplier.of(0.75));
        assertEquals(new FixedPointMultiplier(0, 31), FixedPointMultiplier.of(0));
        assertEquals(new FixedPointMultiplier(1 << 22, 62), FixedPointMultiplier.of(Math.scalb(1.0, -40)));
        double roundsUpToTwoPow31 = (Math.scalb(1.0, 31) - 0.4) / Math.scalb(1.0, 31);
        assertEquals(new FixedPointMultiplier(1 << 30, 30), FixedPointMultiplier.of(roundsUpToTwoPow31));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(-1));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(Math.scalb(1.0, 30)));
        assertThrows(IllegalArgumentException.class, () -> FixedPointMultiplier.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FixedPointMultiplier(5, 63));
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double real = Math.pow(10, -6 + 9 * random.nextDouble());
            FixedPointMultiplier m = FixedPointMultiplier.of(real);
            assertTrue(m.mantissa() >= 1 << 30, "normalized");
            assertEquals(real, m.value(), real * Math.scalb(1.0, -30));
        }
    }

    @Test
    void requantizeIsTheRoundedProductWithinHalfACode() {
        Random random = new Random(2);
        for (int i = 0; i < 10000; i++) {
            int acc = random.nextInt(1 << 24) - (1 << 23);
            double real = Math.pow(10, -7 + 4 * random.nextDouble());
            FixedPointMultiplier m = FixedPointMultiplier.of(real);
            int q = Int8Arithmetic.requantize(acc, m);
            double exact = acc * m.value();
            double expected = Math.max(-127, Math.min(127, Math.floor(exact + 0.5)));
            assertEquals(expected, q, 0.0, "acc " + acc + " times " + m);
        }
        assertEquals(127, Int8Arithmetic.requantize(Integer.MAX_VALUE, FixedPointMultiplier.of(0.9)));
        assertEquals(-127, Int8Arithmetic.requantize(Integer.MIN_VALUE, FixedPointMultiplier.of(0.9)));
        assertEquals(3, Int8Arithmetic.requantize(5, FixedPointMultiplier.of(0.5)));
        assertEquals(-2, Int8Arithmetic.requantize(-5, FixedPointMultiplier.of(0.5)));
    }

    @Test
    void twoTermMultiplierSharesOneShift() {
        TwoTermMultiplier m = TwoTermMultiplier.of(0.5, 0.25);
        assertEquals(new TwoTermMultiplier(1 << 29, 1 << 28, 30), m);
        assertEquals(0.25, m.valueB());
        assertEquals(new TwoTermMultiplier(0, 0, 31), TwoTermMultiplier.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> TwoTermMultiplier.of(Math.scalb(1.0, 29), 1));
        assertThrows(IllegalArgumentException.class, () -> new TwoTermMultiplier((1 << 30) + 1, 0, 5));
    }

    @Test
    void addRescalesBothTermsAndSaturates() {
        assertEquals(75, Int8Arithmetic.add(100, 50, TwoTermMultiplier.of(0.5, 0.5)));
        assertEquals(127, Int8Arithmetic.add(127, 127, TwoTermMultiplier.of(1, 1)));
        assertEquals(-127, Int8Arithmetic.add(-127, -127, TwoTermMultiplier.of(1, 1)));
        assertEquals(-1, Int8Arithmetic.add(-3, 1, TwoTermMultiplier.of(0.5, 0.5)));
        Random random = new Random(3);
        for (int i = 0; i < 10000; i++) {
            int a = random.nextInt(255) - 127;
            int b = random.nextInt(255) - 127;
            TwoTermMultiplier m = TwoTermMultiplier.of(2 * random.nextDouble(), 2 * random.nextDouble());
            double exact = a * m.valueA() + b * m.valueB();
            assertEquals(Math.max(-127, Math.min(127, Math.floor(exact + 0.5))), Int8Arithmetic.add(a, b, m), 0.0);
        }
    }

    @Test
    void twoTermSumsNeverOverflowSixtyFourBits() {
        TwoTermMultiplier largest = new TwoTermMultiplier(1 << 30, 1 << 30, 1);
        assertEquals(32767, Int8Arithmetic.gatePreactivationQ12(Integer.MAX_VALUE, Integer.MAX_VALUE, largest));
        assertEquals(-32767, Int8Arithmetic.gatePreactivationQ12(Integer.MIN_VALUE, Integer.MIN_VALUE, largest));
        TwoTermMultiplier widest = new TwoTermMultiplier(1 << 30, 1 << 30, 62);
        assertEquals(1, Int8Arithmetic.gatePreactivationQ12(Integer.MAX_VALUE, Integer.MAX_VALUE, widest));
        assertEquals(-1, Int8Arithmetic.gatePreactivationQ12(Integer.MIN_VALUE, Integer.MIN_VALUE, widest));
    }

    @ParameterizedTest(name = "average of sum {0} over {1} = {2}")
    @CsvSource({"5, 2, 3", "-5, 2, -2", "7, 3, 2", "8, 3, 3", "-7, 3, -2", "-8, 3, -3", "-508, 4, -127", "0, 9, 0"})
    void averagePoolRoundsHalfTowardPlusInfinity(int sum, int count, int expected) {
        assertEquals(expected, Int8Arithmetic.averagePool(sum, count));
    }

    @Test
    void biasIsClampedSoTheAccumulatorCannotOverflow() {
        int depth = 1000;
        long limit = Integer.MAX_VALUE - 1000L * 16129;
        assertEquals(limit, Int8Arithmetic.quantizeBias(1e12, 1, depth));
        assertEquals(-limit, Int8Arithmetic.quantizeBias(-1e12, 1, depth));
        assertEquals(-3, Int8Arithmetic.quantizeBias(-2.5, 1, depth));
        assertEquals(133144, Int8Arithmetic.MAX_ACCUMULATION_DEPTH);
        assertThrows(IllegalArgumentException.class, () -> Int8Arithmetic.quantizeBias(1, 1, 133145));
    }

    @Test
    void q15FunctionsAreRoundedRealFunctions() {
        assertEquals(16384, Int8Arithmetic.sigmoidQ15(0));
        assertEquals(0, Int8Arithmetic.tanhQ15(0));
        assertEquals(11, Int8Arithmetic.sigmoidQ15(-32768));
        assertEquals(32767, Int8Arithmetic.tanhQ15(32767));
        int previousSigmoid = -1;
        int previousTanh = -32768;
        for (int q = -32768; q <= 32767; q++) {
            int s = Int8Arithmetic.sigmoidQ15(q);
            int t = Int8Arithmetic.tanhQ15(q);
            assertTrue(s >= previousSigmoid && t >= previousTanh, "monotonic at " + q);
            previousSigmoid = s;
            previousTanh = t;
            if (q > -32768) {
                assertEquals(-t, Int8Arithmetic.tanhQ15(-q), "odd at " + q);
            }
            if (q % 997 == 0) {
                double sigmoid = Math.min(32767, 32768 / (1 + Math.exp(-q / 4096.0)));
                double tanh = Math.max(-32767, Math.min(32767, 32768 * Math.tanh(q / 4096.0)));
                assertEquals(sigmoid, s, 0.5 + 1e-9, "sigmoid at " + q);
                assertEquals(tanh, t, 0.5 + 1e-9, "tanh at " + q);
            }
        }
    }

    @Test
    void lstmAndGruElementMathMatchesHandComputedValues() {
        assertEquals(5120, Int8Arithmetic.lstmCellQ12(16384, 8192, 16384, 16384));
        assertEquals(32767, Int8Arithmetic.lstmCellQ12(32767, 32767, 32767, 32767));
        assertEquals(-32767, Int8Arithmetic.lstmCellQ12(32767, -32767, 32767, -32767));
        assertEquals(127, Int8Arithmetic.lstmHiddenCode(32767, 32767));
        assertEquals(0, Int8Arithmetic.lstmHiddenCode(0, 32767));
        assertEquals(8192, Int8Arithmetic.gruCandidateQ12(4096, 16384, 8192));
        assertEquals(95, Int8Arithmetic.gruHiddenCode(16384, 16384, 127));
        assertEquals(-127, Int8Arithmetic.gruHiddenCode(0, -32767, 0));
        assertEquals(100, Int8Arithmetic.toQ12(200, 1 << 30, 31));
    }

    @Test
    void activationTablesMapEveryCode() {
        byte[] sigmoid = Int8Arithmetic.activationTable(ActivationFunction.SIGMOID, 0.1);
        byte[] tanh = Int8Arithmetic.activationTable(ActivationFunction.TANH, 0.1);
        assertEquals(64, sigmoid[128]);
        assertEquals(127, sigmoid[255]);
        assertEquals(0, sigmoid[1]);
        assertEquals(0, tanh[128]);
        for (int q = -127; q <= 127; q++) {
            assertEquals(-tanh[q + 128], tanh[-q + 128]);
            assertEquals(127 * Math.tanh(q * 0.1), tanh[q + 128], 0.5 + 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> Int8Arithmetic.activationTable(ActivationFunction.RELU, 1));
    }
}
