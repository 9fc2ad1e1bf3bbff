// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.SynapseEncoding;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipGeometry;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.NeuronKind;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.isa.chip.ResetMode;

/**
 * A hand-written full-chip program for power and speed measurements, the kind of recurrent
 * network TrueNorth's power was measured on (Merolla 2014: 20 Hz mean rate, 128 active synapses
 * per neuron):
 * <ul>
 *   <li>every core of the chip holds {@code neuronsPerCore} neurons and as many axons;</li>
 *   <li>each crossbar bit is on with probability {@code density}, to 1/65536 (0.5 gives 128 active synapses
 *       per neuron on a 256-axon core); half the axon types (or weights) are +1, half -1, so the
 *       synaptic input averages 0;</li>
 *   <li>each neuron has bias +1 per tick, threshold {@code periodTicks} and reset to 0, so its
 *       potential drifts up by 1 per tick and it fires on average once per {@code periodTicks}
 *       ticks: mean rate = 1 / (periodTicks x tick period), 20 Hz for 50 ticks of 1 ms; initial
 *       potentials are spread uniformly over [0, periodTicks) so firing is asynchronous;</li>
 *   <li>neuron {@code j} of every core sends to axon {@code j} of the core shifted by
 *       {@code (dx_j, dy_j)}, each in [-maxOffset, maxOffset], wrapping around the mesh: every
 *       axon receives exactly one neuron, and most routes are short.</li>
 * </ul>
 * The run's measured rate, synaptic events and hops come from the simulation, not from these
 * parameters.
 */
public final class SyntheticChipWorkload {
    private SyntheticChipWorkload() {
    }

    /**
     * The program for every core of {@code spec}.
     *
     * @param periodTicks ticks between a neuron's spikes on average (its threshold)
     * @param density probability that a crossbar bit is on
     * @param maxOffset the largest route offset along X and along Y, in routers
     */
    public static ChipConfig fullChip(NeuroChipSpec spec, int periodTicks, double density, int maxOffset, long seed) {
        int n = Math.min(spec.core().neuronsPerCore(), spec.core().axonsPerCore());
        int cores = spec.mesh().cores();
        ChipGeometry g = new ChipGeometry(spec.mesh());
        SplittableRandom offsets = new SplittableRandom(seed);
        int[] dx = new int[n];
        int[] dy = new int[n];
        for (int j = 0; j < n; j++) {
            dx[j] = offsets.nextInt(2 * maxOffset + 1) - maxOffset;
            dy[j] = offsets.nextInt(2 * maxOffset + 1) - maxOffset;
        }
        boolean types = spec.core().synapseEncoding() == SynapseEncoding.AXON_TYPE;
        NeuronSettings settings = new NeuronSettings(NeuronKind.INTEGRATE_AND_FIRE, ResetMode.TO_VALUE, 0,
                Integer.MIN_VALUE, 0, 0);
        List<CoreProgram> programs = new ArrayList<>(cores);
        int cols = spec.mesh().columns();
        int rows = spec.mesh().rows();
        int perRouter = spec.mesh().coresPerRouter();
        for (int c = 0; c < cores; c++) {
            SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (c + 1)));
            int[] threshold = new int[n];
            int[] bias = new int[n];
            int[] initial = new int[n];
            java.util.Arrays.fill(threshold, periodTicks);
            java.util.Arrays.fill(bias, 1);
            for (int j = 0; j < n; j++) {
                initial[j] = r.nextInt(periodTicks);
            }
            int[] start = new int[n + 1];
            short[] neuron = new short[(int) Math.ceil(n * (double) n * density * 1.1) + 64];
            short[] weight = types ? null : new short[neuron.length];
            int s = 0;
            int on = (int) Math.round(density * 65536);
            long bits = 0;
            boolean half = on == 32768;
            for (int a = 0; a < n; a++) {
                for (int j = 0; j < n; j++) {
                    boolean set;
                    if (half) {
                        if ((j & 63) == 0) {
                            bits = r.nextLong();
                        }
                        set = (bits >>> (j & 63) & 1) != 0;
                    } else {
                        if ((j & 3) == 0) {
                            bits = r.nextLong();
                        }
                        set = ((int) (bits >>> ((j & 3) * 16)) & 0xFFFF) < on;
                    }
                    if (set) {
                        if (s == neuron.length) {
                            neuron = java.util.Arrays.copyOf(neuron, s * 2);
                            weight = weight == null ? null : java.util.Arrays.copyOf(weight, s * 2);
                        }
                        neuron[s] = (short) j;
                        if (weight != null) {
                            weight[s] = (short) (a % 2 == 0 ? 1 : -1);
                        }
                        s++;
                    }
                }
                start[a + 1] = s;
            }
            neuron = java.util.Arrays.copyOf(neuron, s);
            weight = weight == null ? null : java.util.Arrays.copyOf(weight, s);
            byte[] axonType = null;
            short[] typeWeight = null;
            int axonTypes = 0;
            if (types) {
                axonTypes = spec.core().axonTypes();
                axonType = new byte[n];
                for (int a = 0; a < n; a++) {
                    axonType[a] = (byte) (a % axonTypes);
                }
                typeWeight = new short[n * axonTypes];
                for (int j = 0; j < n; j++) {
                    for (int t = 0; t < axonTypes; t++) {
                        typeWeight[j * axonTypes + t] = (short) (t % 2 == 0 ? 1 : -1);
                    }
                }
            }
            int router = g.router(c);
            int slot = c % perRouter;
            int[] targetStart = new int[n + 1];
            int[] targetCore = new int[n];
            int[] targetAxon = new int[n];
            byte[] delay = new byte[n];
            for (int j = 0; j < n; j++) {
                int x = Math.floorMod(g.x(router) + dx[j], cols);
                int y = Math.floorMod(g.y(router) + dy[j], rows);
                targetStart[j + 1] = j + 1;
                targetCore[j] = g.routerAt(x, y) * perRouter + slot;
                targetAxon[j] = j;
                delay[j] = 1;
            }
            programs.add(new CoreProgram(c, "synthetic", n, n, settings, threshold, bias, initial, start, neuron, weight,
                    axonTypes, axonType, typeWeight, targetStart, targetCore, targetAxon, delay));
        }
        return new ChipConfig(spec.name(), InputEncoding.EXPLICIT, 0, programs, InputMap.of(new int[0][]),
                new OutputMap(new int[0], new int[0]));
    }
}
