// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import org.sinapsis.isa.chip.CoreProgram;

/**
 * Stochastic binary neuron, the unit of Boltzmann machines and stochastic Hopfield networks: its
 * output is a spike with probability given by a sigmoid of its input. Per neuron and tick:
 * <pre>
 * u = input + bias                                   (weight units; no state carries over)
 * p = 1 / (1 + exp(-u / temperature))
 * fixed point: fire when r16 < round(65536 p)        r16: 16-bit draw of (seed, core, neuron, tick)
 * float:       fire when r < p                       r: 53-bit draw of the same counters
 * </pre>
 * The fixed-point variant is what a chip with a 16-bit comparator and a sigmoid lookup table
 * computes; the sigmoid is evaluated with {@link StrictMath} so both variants are the same on
 * every platform. Draws come from {@link CounterRandom}, so a run is reproducible whatever the
 * thread count.
 *
 * <p>Not modelled: a hardware PRNG's exact bit sequence and any refractoriness; Loihi has no
 * native sigmoid unit (its stochastic mode adds noise to the membrane), so on Loihi this is the
 * idealized behaviour.
 */
public final class StochasticBinaryModel implements NeuronModel {
    private final int neurons;
    private final int[] bias;
    private final double temperature;
    private final boolean fixedPoint;
    private final long seed;
    private final long stream;
    private final double[] u;
    private int active;

    /**
     * @param core the core whose neurons this models
     * @param fixedPoint 16-bit probability comparison (true) or double precision (false)
     * @param seed the run's seed
     */
    public StochasticBinaryModel(CoreProgram core, boolean fixedPoint, long seed) {
        this.neurons = core.neurons();
        this.bias = core.bias();
        this.temperature = core.settings().temperature();
        this.fixedPoint = fixedPoint;
        this.seed = seed;
        this.stream = core.core();
        this.u = new double[neurons];
    }

    /** The firing probability for input {@code value} at {@code temperature}. */
    public static double probability(double value, double temperature) {
        return 1.0 / (1.0 + StrictMath.exp(-value / temperature));
    }

    @Override
    public int step(int[] input, int[] fired, long tick) {
        int count = 0;
        int act = 0;
        for (int j = 0; j < neurons; j++) {
            int in = input[j];
            double x = (double) in + bias[j];
            u[j] = x;
            double p = probability(x, temperature);
            boolean spike;
            if (fixedPoint) {
                int p16 = (int) Math.round(p * 65536.0);
                spike = CounterRandom.uniform16(seed, stream, j, tick) < p16;
            } else {
                spike = CounterRandom.uniform(seed, stream, j, tick) < p;
            }
            if (spike) {
                fired[count++] = j;
            }
            if (in != 0 || spike) {
                act++;
                input[j] = 0;
            }
        }
        active = act;
        return count;
    }

    @Override
    public int activeInLastStep() {
        return active;
    }

    @Override
    public double potential(int neuron) {
        return u[neuron];
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(u, 0);
    }
}
