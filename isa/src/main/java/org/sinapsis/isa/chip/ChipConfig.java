// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The program of a neuromorphic chip: the cores in use, how host inputs enter and which neurons
 * are read out. Written by {@code compilers.snn} or by hand, run by {@code neuromorphic}, saved
 * and read by {@link ChipConfigs}. The constructor checks internal consistency (every route and
 * output names a core, axon or neuron that exists); {@link ChipConfigs#check} checks it against
 * a chip's capacities and bit widths.
 *
 * @param chip the name of the chip spec it was compiled for
 * @param encoding how input values become spikes
 * @param encoderPhase the initial phase of the {@link InputEncoding#REGULAR} encoder, in [0, 1)
 * @param cores the cores in use, in ascending core index
 * @param input where input channels enter
 * @param output which neurons are read
 */
public record ChipConfig(String chip, InputEncoding encoding, double encoderPhase, List<CoreProgram> cores,
        InputMap input, OutputMap output) {

    /** Validates the configuration. */
    public ChipConfig {
        Objects.requireNonNull(chip, "chip");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (!(encoderPhase >= 0 && encoderPhase < 1)) {
            throw new IllegalArgumentException("encoder phase must be in [0, 1), got " + encoderPhase);
        }
        cores = List.copyOf(cores);
        Map<Integer, CoreProgram> byIndex = new HashMap<>();
        int previous = -1;
        for (CoreProgram c : cores) {
            if (c.core() <= previous) {
                throw new IllegalArgumentException("cores must be listed in ascending, distinct core index; core "
                        + c.core() + " follows " + previous);
            }
            previous = c.core();
            byIndex.put(c.core(), c);
        }
        for (CoreProgram c : cores) {
            for (int t = 0; t < c.targetCore().length; t++) {
                checkAxon(byIndex, c.targetCore()[t], c.targetAxon()[t], "core " + c.core() + " target " + t);
            }
        }
        for (int t = 0; t < input.targetCore().length; t++) {
            checkAxon(byIndex, input.targetCore()[t], input.targetAxon()[t], "input entry " + t);
        }
        for (int i = 0; i < output.outputs(); i++) {
            CoreProgram c = byIndex.get(output.core()[i]);
            if (c == null || output.neuron()[i] < 0 || output.neuron()[i] >= c.neurons()) {
                throw new IllegalArgumentException("output " + i + " reads neuron " + output.neuron()[i] + " of core "
                        + output.core()[i] + ", which does not exist");
            }
        }
    }

    /** Synapses stored on every core. */
    public long synapses() {
        long n = 0;
        for (CoreProgram c : cores) {
            n += c.synapses();
        }
        return n;
    }

    /** Neurons in use on every core. */
    public long neurons() {
        long n = 0;
        for (CoreProgram c : cores) {
            n += c.neurons();
        }
        return n;
    }

    private static void checkAxon(Map<Integer, CoreProgram> byIndex, int core, int axon, String where) {
        CoreProgram c = byIndex.get(core);
        if (c == null) {
            throw new IllegalArgumentException(where + " sends to core " + core + ", which is not in use");
        }
        if (axon < 0 || axon >= c.axons()) {
            throw new IllegalArgumentException(where + " sends to axon " + axon + " of core " + core + ", which has "
                    + c.axons() + " axons");
        }
    }
}
