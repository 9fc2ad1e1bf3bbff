// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one neurosynaptic core holds: its neurons' parameters, its crossbar (which input axon
 * reaches which neuron, with what weight) and each neuron's destinations.
 *
 * <p>Crossbar, compressed by axon (CSR): the synapses of axon {@code a} are
 * {@code [axonStart[a], axonStart[a+1])}; synapse {@code s} reaches neuron
 * {@code synapseNeuron[s] & 0xFFFF} with weight {@code synapseWeight[s]} (per-synapse weights), or,
 * on an axon-type core (TrueNorth), with weight {@code typeWeight[neuron x types + axonType[a]]}.
 * Only synapses that exist are stored, so memory grows with the synapses, never with
 * axons x neurons. Destinations, compressed by neuron: the spikes of neuron {@code n} go to
 * {@code (targetCore[t], targetAxon[t])} after {@code targetDelay[t]} ticks for
 * {@code t in [targetStart[n], targetStart[n+1])}.
 *
 * <p>Immutable. For speed the accessors return the arrays themselves, not copies: callers must
 * not modify them (as {@code Tensor} documents for its data). Build one with {@link #builder}.
 */
public final class CoreProgram {
    private final int core;
    private final String label;
    private final int neurons;
    private final int axons;
    private final NeuronSettings settings;
    private final int[] threshold;
    private final int[] bias;
    private final int[] initialPotential;
    private final int[] axonStart;
    private final short[] synapseNeuron;
    private final short[] synapseWeight;
    private final int axonTypes;
    private final byte[] axonType;
    private final short[] typeWeight;
    private final int[] targetStart;
    private final int[] targetCore;
    private final int[] targetAxon;
    private final byte[] targetDelay;

    /**
     * A core from its arrays (not copied; the caller gives up ownership). Exactly one of
     * {@code synapseWeight} (per-synapse weights) and the pair {@code axonType}/{@code typeWeight}
     * (axon types, {@code axonTypes > 0}) is given.
     *
     * @throws IllegalArgumentException when an array has the wrong length or an index is out of range
     */
    public CoreProgram(int core, String label, int neurons, int axons, NeuronSettings settings, int[] threshold,
            int[] bias, int[] initialPotential, int[] axonStart, short[] synapseNeuron, short[] synapseWeight,
            int axonTypes, byte[] axonType, short[] typeWeight, int[] targetStart, int[] targetCore,
            int[] targetAxon, byte[] targetDelay) {
        if (core < 0) {
            throw new IllegalArgumentException("core index must be >= 0, got " + core);
        }
        if (neurons < 0 || neurons > 65_535 || axons < 0 || axons > 65_535) {
            throw new IllegalArgumentException("core " + core + ": neurons and axons must be in [0, 65535]");
        }
        this.core = core;
        this.label = Objects.requireNonNull(label, "label");
        this.neurons = neurons;
        this.axons = axons;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.threshold = length(threshold, neurons, "threshold");
        this.bias = length(bias, neurons, "bias");
        this.initialPotential = length(initialPotential, neurons, "initial_potential");
        this.axonStart = length(axonStart, axons + 1, "axon_start");
        this.synapseNeuron = Objects.requireNonNull(synapseNeuron, "synapse_neuron");
        this.axonTypes = axonTypes;
        if (axonTypes > 0) {
            if (synapseWeight != null) {
                throw new IllegalArgumentException("core " + core + ": an axon-type core has no per-synapse weights");
            }
            this.axonType = Objects.requireNonNull(axonType, "axon_type");
            this.typeWeight = Objects.requireNonNull(typeWeight, "type_weight");
            check(axonType.length == axons, "axon_type needs one entry per axon");
            check(typeWeight.length == neurons * axonTypes, "type_weight needs neurons x axon_types entries");
            for (byte t : axonType) {
                if (t < 0 || t >= axonTypes) {
                    check(false, "axon type " + t + " is outside [0, " + axonTypes + ")");
                }
            }
            this.synapseWeight = null;
        } else {
            check(axonTypes == 0, "axon_types must be >= 0");
            check(axonType == null && typeWeight == null, "a per-synapse core has no axon types");
            this.synapseWeight = Objects.requireNonNull(synapseWeight, "synapse_weight");
            check(synapseWeight.length == synapseNeuron.length, "synapse_weight needs one entry per synapse");
            this.axonType = null;
            this.typeWeight = null;
        }
        checkCsr(axonStart, synapseNeuron.length, "axon_start");
        for (short n : synapseNeuron) {
            if ((n & 0xFFFF) >= neurons) {
                check(false, "a synapse reaches neuron " + (n & 0xFFFF) + " of " + neurons);
            }
        }
        this.targetStart = length(targetStart, neurons + 1, "target_start");
        this.targetCore = Objects.requireNonNull(targetCore, "target_core");
        this.targetAxon = length(targetAxon, targetCore.length, "target_axon");
        this.targetDelay = Objects.requireNonNull(targetDelay, "target_delay");
        check(targetDelay.length == targetCore.length, "target_delay needs one entry per target");
        checkCsr(targetStart, targetCore.length, "target_start");
        for (int t = 0; t < targetCore.length; t++) {
            if (targetCore[t] < 0 || targetAxon[t] < 0) {
                check(false, "target " + t + " has a negative core or axon");
            }
            if (targetDelay[t] < 1) {
                check(false, "target " + t + " has delay " + targetDelay[t] + "; delays are >= 1 tick");
            }
        }
    }

    /** A builder for core {@code core} with {@code neurons} neurons and {@code axons} input axons. */
    public static Builder builder(int core, String label, int neurons, int axons, NeuronSettings settings) {
        return new Builder(core, label, neurons, axons, settings);
    }

    /** The physical core index on the chip (its place in the mesh, see {@link ChipGeometry}). */
    public int core() {
        return core;
    }

    /** What the core holds, for reports ({@code fc1[0:83]}). */
    public String label() {
        return label;
    }

    /** Neurons in use. */
    public int neurons() {
        return neurons;
    }

    /** Input axons in use. */
    public int axons() {
        return axons;
    }

    /** The shared neuron dynamics. */
    public NeuronSettings settings() {
        return settings;
    }

    /** Firing threshold per neuron (integrate-and-fire); the array itself. */
    public int[] threshold() {
        return threshold;
    }

    /** Bias added every tick per neuron (TrueNorth's leak, with its sign); the array itself. */
    public int[] bias() {
        return bias;
    }

    /** Membrane potential at the start of a run per neuron; the array itself. */
    public int[] initialPotential() {
        return initialPotential;
    }

    /** CSR row starts of the crossbar by axon, {@code axons + 1} entries; the array itself. */
    public int[] axonStart() {
        return axonStart;
    }

    /** Target neuron of each synapse (read as unsigned); the array itself. */
    public short[] synapseNeuron() {
        return synapseNeuron;
    }

    /** Weight of each synapse, or null on an axon-type core; the array itself. */
    public short[] synapseWeight() {
        return synapseWeight;
    }

    /** Axon types of the core (TrueNorth: 4), or 0 for per-synapse weights. */
    public int axonTypes() {
        return axonTypes;
    }

    /** Type of each axon, or null for per-synapse weights; the array itself. */
    public byte[] axonType() {
        return axonType;
    }

    /** Weight per neuron and axon type ({@code neuron x axonTypes + type}), or null; the array itself. */
    public short[] typeWeight() {
        return typeWeight;
    }

    /** CSR starts of the destinations by neuron, {@code neurons + 1} entries; the array itself. */
    public int[] targetStart() {
        return targetStart;
    }

    /** Destination core of each target; the array itself. */
    public int[] targetCore() {
        return targetCore;
    }

    /** Destination axon of each target; the array itself. */
    public int[] targetAxon() {
        return targetAxon;
    }

    /** Axonal delay of each target in ticks (at least 1); the array itself. */
    public byte[] targetDelay() {
        return targetDelay;
    }

    /** Synapses stored. */
    public int synapses() {
        return synapseNeuron.length;
    }

    /** The weight of synapse {@code s} (from axon {@code axon}). */
    public int weight(int axon, int s) {
        if (synapseWeight != null) {
            return synapseWeight[s];
        }
        return typeWeight[(synapseNeuron[s] & 0xFFFF) * axonTypes + axonType[axon]];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoreProgram c && c.core == core && c.label.equals(label) && c.neurons == neurons
                && c.axons == axons && c.settings.equals(settings) && Arrays.equals(c.threshold, threshold)
                && Arrays.equals(c.bias, bias) && Arrays.equals(c.initialPotential, initialPotential)
                && Arrays.equals(c.axonStart, axonStart) && Arrays.equals(c.synapseNeuron, synapseNeuron)
                && Arrays.equals(c.synapseWeight, synapseWeight) && c.axonTypes == axonTypes
                && Arrays.equals(c.axonType, axonType) && Arrays.equals(c.typeWeight, typeWeight)
                && Arrays.equals(c.targetStart, targetStart) && Arrays.equals(c.targetCore, targetCore)
                && Arrays.equals(c.targetAxon, targetAxon) && Arrays.equals(c.targetDelay, targetDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(core, label, neurons, axons, Arrays.hashCode(threshold), Arrays.hashCode(synapseNeuron));
    }

    @Override
    public String toString() {
        return "CoreProgram[core " + core + " '" + label + "', " + neurons + " neurons, " + axons + " axons, "
                + synapses() + " synapses]";
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("core " + core + ": " + message);
        }
    }

    private <T> T length(T array, int expected, String name) {
        Objects.requireNonNull(array, name);
        int n = java.lang.reflect.Array.getLength(array);
        if (n != expected) {
            throw new IllegalArgumentException("core " + core + ": " + name + " needs " + expected + " entries, got " + n);
        }
        return array;
    }

    private void checkCsr(int[] start, int total, String name) {
        check(start[0] == 0 && start[start.length - 1] == total, name + " must run from 0 to " + total);
        for (int i = 1; i < start.length; i++) {
            if (start[i] < start[i - 1]) {
                check(false, name + " must not decrease");
            }
        }
    }

    /**
     * Collects a core's neurons, synapses and destinations in any order and lays them out in CSR
     * form. Neurons default to threshold 1, bias 0 and initial potential 0. Not thread-safe.
     */
    public static final class Builder {
        private final int core;
        private final String label;
        private final int neurons;
        private final int axons;
        private final NeuronSettings settings;
        private final int[] threshold;
        private final int[] bias;
        private final int[] initialPotential;
        private final IntList synAxon = new IntList();
        private final IntList synNeuron = new IntList();
        private final IntList synWeight = new IntList();
        private int axonTypes;
        private byte[] axonType;
        private short[] typeWeight;
        private final IntList tgtNeuron = new IntList();
        private final IntList tgtCore = new IntList();
        private final IntList tgtAxon = new IntList();
        private final IntList tgtDelay = new IntList();

        private Builder(int core, String label, int neurons, int axons, NeuronSettings settings) {
            this.core = core;
            this.label = label;
            this.neurons = neurons;
            this.axons = axons;
            this.settings = settings;
            this.threshold = new int[neurons];
            this.bias = new int[neurons];
            this.initialPotential = new int[neurons];
            Arrays.fill(threshold, 1);
        }

        /** Sets a neuron's threshold, per-tick bias and initial potential. */
        public Builder neuron(int neuron, int thresholdValue, int biasValue, int initialPotentialValue) {
            Objects.checkIndex(neuron, neurons);
            threshold[neuron] = thresholdValue;
            bias[neuron] = biasValue;
            initialPotential[neuron] = initialPotentialValue;
            return this;
        }

        /** Makes this an axon-type core with {@code types} axon types (all axons type 0, all weights 0). */
        public Builder axonTypes(int types) {
            if (types < 1 || types > 127) {
                throw new IllegalArgumentException("axon types must be in [1, 127], got " + types);
            }
            axonTypes = types;
            axonType = new byte[axons];
            typeWeight = new short[neurons * types];
            return this;
        }

        /** Sets the type of an axon (axon-type cores). */
        public Builder axonType(int axon, int type) {
            Objects.checkIndex(axon, axons);
            axonType[axon] = (byte) type;
            return this;
        }

        /** Sets a neuron's weight for an axon type (axon-type cores). */
        public Builder typeWeight(int neuron, int type, int weight) {
            typeWeight[neuron * axonTypes + type] = shortValue(weight, "type weight");
            return this;
        }

        /** Connects axon to neuron with a weight (per-synapse cores; on axon-type cores the weight is ignored). */
        public Builder synapse(int axon, int neuron, int weight) {
            Objects.checkIndex(axon, axons);
            Objects.checkIndex(neuron, neurons);
            synAxon.add(axon);
            synNeuron.add(neuron);
            synWeight.add(weight);
            return this;
        }

        /** Sends the spikes of {@code neuron} to {@code axon} of core {@code targetCoreIndex} after {@code delay} ticks. */
        public Builder target(int neuron, int targetCoreIndex, int axon, int delay) {
            Objects.checkIndex(neuron, neurons);
            if (delay < 1 || delay > 127) {
                throw new IllegalArgumentException("delay must be in [1, 127] ticks, got " + delay);
            }
            tgtNeuron.add(neuron);
            tgtCore.add(targetCoreIndex);
            tgtAxon.add(axon);
            tgtDelay.add(delay);
            return this;
        }

        /** The core, synapses ordered by axon then insertion, targets by neuron then insertion. */
        public CoreProgram build() {
            int n = synAxon.size();
            int[] start = new int[axons + 1];
            for (int i = 0; i < n; i++) {
                start[synAxon.get(i) + 1]++;
            }
            for (int a = 0; a < axons; a++) {
                start[a + 1] += start[a];
            }
            int[] fill = Arrays.copyOf(start, axons);
            short[] sn = new short[n];
            short[] sw = axonTypes > 0 ? null : new short[n];
            for (int i = 0; i < n; i++) {
                int at = fill[synAxon.get(i)]++;
                sn[at] = (short) synNeuron.get(i);
                if (sw != null) {
                    sw[at] = shortValue(synWeight.get(i), "synapse weight");
                }
            }
            int t = tgtNeuron.size();
            int[] ts = new int[neurons + 1];
            for (int i = 0; i < t; i++) {
                ts[tgtNeuron.get(i) + 1]++;
            }
            for (int j = 0; j < neurons; j++) {
                ts[j + 1] += ts[j];
            }
            int[] tfill = Arrays.copyOf(ts, neurons);
            int[] tc = new int[t];
            int[] ta = new int[t];
            byte[] td = new byte[t];
            for (int i = 0; i < t; i++) {
                int at = tfill[tgtNeuron.get(i)]++;
                tc[at] = tgtCore.get(i);
                ta[at] = tgtAxon.get(i);
                td[at] = (byte) tgtDelay.get(i);
            }
            return new CoreProgram(core, label, neurons, axons, settings, threshold.clone(), bias.clone(),
                    initialPotential.clone(), start, sn, sw, axonTypes, axonType == null ? null : axonType.clone(),
                    typeWeight == null ? null : typeWeight.clone(), ts, tc, ta, td);
        }

        private static short shortValue(int v, String what) {
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IllegalArgumentException(what + " " + v + " does not fit 16 bits");
            }
            return (short) v;
        }
    }
}
