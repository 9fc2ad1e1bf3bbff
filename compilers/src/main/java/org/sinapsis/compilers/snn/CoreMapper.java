// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroCoreSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.ChipGeometry;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.isa.target.InfeasibleException;

/**
 * Partitions quantized layers into cores and routes them. Layers are mapped from the output
 * backwards, because a neuron's destinations (one axon per input type on each core that reads
 * it) must be known to count its copies:
 * <ul>
 *   <li>an axon is one (source neuron, axon type) pair on a core (one per source on per-synapse
 *       chips); the axons of a core are the union of its neurons' sources;</li>
 *   <li>a neuron with more destinations than the chip's targets per neuron (TrueNorth: 1) gets
 *       copies on its own core, each with the same synapses and parameters and a share of the
 *       destinations (TrueNorth's splitter neurons, Merolla 2014 S4);</li>
 *   <li>neurons join the current core in index order while its neurons (copies included), axons
 *       and synapses fit (on a real-time chip, only as many synapses as its tick can integrate at
 *       the design rate, {@link #synapseCap}); otherwise a new core starts;</li>
 *   <li>cores are then placed ({@link CorePlacer}) and every destination becomes a route with a
 *       delay of one tick.</li>
 * </ul>
 * The result refuses, with an {@link InfeasibleException}, a program that needs more cores than
 * the chip has or a neuron that alone overflows a core.
 */
final class CoreMapper {
    private CoreMapper() {
    }

    /** One logical core: the layer's neurons it holds and its axons. */
    private static final class Logical {
        final int layer;
        final List<Integer> neurons = new ArrayList<>();
        final List<Integer> copies = new ArrayList<>();
        /** Axon key (source x 4 + type) to axon index, in key order after {@link #seal}. */
        final TreeMap<Long, Integer> axons = new TreeMap<>();
        int neuronSlots;
        long synapses;
        int index;

        Logical(int layer) {
            this.layer = layer;
        }

        void seal() {
            int a = 0;
            for (Map.Entry<Long, Integer> e : axons.entrySet()) {
                e.setValue(a++);
            }
        }
    }

    static ChipConfig map(String target, List<QuantizedLayer> layers, int inputChannels, NeuroChipSpec spec,
            InputEncoding encoding, double encoderPhase, double designRate) {
        NeuroCoreSpec cs = spec.core();
        long synapseCap = synapseCap(spec, designRate);
        boolean types = layers.get(0).unit != null;
        int maxTargets = cs.maxTargetsPerNeuron();
        List<List<Logical>> byLayer = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            byLayer.add(null);
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            QuantizedLayer q = layers.get(l);
            int[] destinations = new int[q.layer.size];
            if (l + 1 < layers.size()) {
                for (Logical k : byLayer.get(l + 1)) {
                    for (long key : k.axons.keySet()) {
                        destinations[(int) (key >> 2)]++;
                    }
                }
            }
            byLayer.set(l, partition(target, q, l, destinations, maxTargets, cs, types, synapseCap));
        }
        List<Logical> all = new ArrayList<>();
        for (List<Logical> list : byLayer) {
            all.addAll(list);
        }
        if (all.size() > spec.mesh().cores()) {
            throw new InfeasibleException(target, "cores", "the network needs " + all.size() + " cores; the chip has "
                    + spec.mesh().cores());
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).index = i;
            all.get(i).seal();
        }
        // where each neuron (layer, index) lives: logical core and local index of its first copy
        List<int[]> home = new ArrayList<>();
        List<int[]> local = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            int[] h = new int[layers.get(l).layer.size];
            int[] loc = new int[h.length];
            for (Logical k : byLayer.get(l)) {
                int slot = 0;
                for (int i = 0; i < k.neurons.size(); i++) {
                    h[k.neurons.get(i)] = k.index;
                    loc[k.neurons.get(i)] = slot;
                    slot += k.copies.get(i);
                }
            }
            home.add(h);
            local.add(loc);
        }
        // destinations of each neuron, in logical core then axon order
        List<List<List<int[]>>> dest = new ArrayList<>();
        Map<Long, Integer> edgeRoutes = new HashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            List<List<int[]>> d = new ArrayList<>();
            for (int j = 0; j < layers.get(l).layer.size; j++) {
                d.add(new ArrayList<>());
            }
            if (l + 1 < layers.size()) {
                for (Logical k : byLayer.get(l + 1)) {
                    for (Map.Entry<Long, Integer> e : k.axons.entrySet()) {
                        int j = (int) (e.getKey() >> 2);
                        d.get(j).add(new int[] {k.index, e.getValue()});
                        edgeRoutes.merge(((long) home.get(l)[j] << 32) | k.index, 1, Integer::sum);
                    }
                }
            }
            dest.add(d);
        }
        List<int[]> edges = new ArrayList<>();
        edgeRoutes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> edges.add(new int[] {(int) (e.getKey() >> 32), (int) (long) e.getKey(), e.getValue()}));
        ChipGeometry geometry = new ChipGeometry(spec.mesh());
        int[] phys = CorePlacer.place(all.size(), edges, geometry);
        List<CoreProgram> programs = new ArrayList<>();
        for (Logical k : all) {
            programs.add(build(k, layers.get(k.layer), dest.get(k.layer), phys, types, cs, maxTargets));
        }
        programs.sort((a, b) -> Integer.compare(a.core(), b.core()));
        int[][] inputs = new int[inputChannels][];
        List<List<Integer>> in = new ArrayList<>();
        for (int c = 0; c < inputChannels; c++) {
            in.add(new ArrayList<>());
        }
        for (Logical k : byLayer.get(0)) {
            for (Map.Entry<Long, Integer> e : k.axons.entrySet()) {
                List<Integer> list = in.get((int) (e.getKey() >> 2));
                list.add(phys[k.index]);
                list.add(e.getValue());
            }
        }
        for (int c = 0; c < inputChannels; c++) {
            inputs[c] = in.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        int last = layers.size() - 1;
        int outputs = layers.get(last).layer.size;
        int[] outCore = new int[outputs];
        int[] outNeuron = new int[outputs];
        for (int j = 0; j < outputs; j++) {
            outCore[j] = phys[home.get(last)[j]];
            outNeuron[j] = local.get(last)[j];
        }
        return new ChipConfig(spec.name(), encoding, encoderPhase, programs, InputMap.of(inputs),
                new OutputMap(outCore, outNeuron));
    }

    /**
     * Synapses a core may hold: the chip's capacity, and on a real-time chip no more than the tick
     * can integrate at {@code designRate} spikes per axon per tick.
     */
    static long synapseCap(NeuroChipSpec spec, double designRate) {
        long cap = spec.core().synapsesPerCore();
        var t = spec.timing();
        if (t.tickSeconds().isPresent() && t.synapticEventSeconds() > 0) {
            double busy = t.tickSeconds().getAsDouble() - spec.core().neuronsPerCore() * t.neuronUpdateSeconds();
            cap = Math.min(cap, Math.max(1, (long) Math.floor(busy / (t.synapticEventSeconds() * designRate))));
        }
        return cap;
    }

    private static List<Logical> partition(String target, QuantizedLayer q, int l, int[] destinations, int maxTargets,
            NeuroCoreSpec cs, boolean types, long synapseCap) {
        SpikingLayer layer = q.layer;
        List<Logical> cores = new ArrayList<>();
        int[] stamp = new int[layer.sourceSize * 4];
        Logical current = null;
        for (int j = 0; j < layer.size; j++) {
            int copies = Math.max(1, (destinations[j] + maxTargets - 1) / maxTargets);
            long bits = 0;
            List<Long> keys = new ArrayList<>();
            for (int s = layer.rowStart[j]; s < layer.rowStart[j + 1]; s++) {
                if (q.level[s] == 0) {
                    continue;
                }
                int mask = types ? QuantizedLayer.typeMask(q.level[s], q.levels) : 1;
                for (int t = 0; t < 4; t++) {
                    if ((mask & (1 << t)) != 0) {
                        keys.add((long) layer.src[s] * 4 + t);
                        bits++;
                    }
                }
            }
            long synapses = bits * copies;
            String what = "layer '" + layer.name + "' neuron " + j;
            if (copies > cs.neuronsPerCore()) {
                throw new InfeasibleException(target, "neurons per core", what + " needs " + copies
                        + " copies for its fan-out; a core has " + cs.neuronsPerCore() + " neurons");
            }
            if (keys.size() > cs.axonsPerCore()) {
                throw new InfeasibleException(target, "axons per core", what + " reads " + keys.size()
                        + " axons; a core has " + cs.axonsPerCore());
            }
            if (synapses > synapseCap) {
                throw new InfeasibleException(target, "synapses per core", what + " needs " + synapses
                        + " synapses; a core holds " + synapseCap + (synapseCap < cs.synapsesPerCore()
                        ? " that its tick can integrate at the design rate" : ""));
            }
            int fresh = 0;
            if (current != null) {
                for (long key : keys) {
                    if (stamp[(int) key] != cores.size()) {
                        fresh++;
                    }
                }
            }
            boolean fits = current != null && current.neuronSlots + copies <= cs.neuronsPerCore()
                    && current.axons.size() + fresh <= cs.axonsPerCore()
                    && current.synapses + synapses <= synapseCap;
            if (!fits) {
                current = new Logical(l);
                cores.add(current);
            }
            for (long key : keys) {
                if (stamp[(int) key] != cores.size()) {
                    stamp[(int) key] = cores.size();
                    current.axons.put(key, 0);
                }
            }
            current.neurons.add(j);
            current.copies.add(copies);
            current.neuronSlots += copies;
            current.synapses += synapses;
        }
        return cores;
    }

    private static CoreProgram build(Logical k, QuantizedLayer q, List<List<int[]>> dest, int[] phys, boolean types,
            NeuroCoreSpec cs, int maxTargets) {
        SpikingLayer layer = q.layer;
        int first = k.neurons.get(0);
        int lastNeuron = k.neurons.get(k.neurons.size() - 1);
        String label = layer.name + "[" + first + ":" + (lastNeuron + 1) + "]";
        CoreProgram.Builder b = CoreProgram.builder(phys[k.index], label, k.neuronSlots, k.axons.size(),
                NeuronSettings.integrateAndFireSubtractive());
        int types4 = types ? cs.axonTypes() : 0;
        if (types) {
            b.axonTypes(types4);
            for (Map.Entry<Long, Integer> e : k.axons.entrySet()) {
                b.axonType(e.getValue(), (int) (e.getKey() & 3));
            }
        }
        int slot = 0;
        for (int i = 0; i < k.neurons.size(); i++) {
            int j = k.neurons.get(i);
            List<int[]> targets = dest.get(j);
            for (int c = 0; c < k.copies.get(i); c++, slot++) {
                b.neuron(slot, q.threshold[j], q.bias[j], q.initialPotential[j]);
                if (types) {
                    int u = q.unit[j];
                    int[] w = q.levels == 3 ? new int[] {u, 2 * u, -u, -2 * u} : new int[] {u, -u};
                    for (int t = 0; t < w.length; t++) {
                        b.typeWeight(slot, t, w[t]);
                    }
                }
                for (int s = layer.rowStart[j]; s < layer.rowStart[j + 1]; s++) {
                    if (q.level[s] == 0) {
                        continue;
                    }
                    int mask = types ? QuantizedLayer.typeMask(q.level[s], q.levels) : 1;
                    for (int t = 0; t < 4; t++) {
                        if ((mask & (1 << t)) != 0) {
                            b.synapse(k.axons.get((long) layer.src[s] * 4 + t), slot, types ? 0 : q.level[s]);
                        }
                    }
                }
                for (int d = c * maxTargets; d < Math.min(targets.size(), (c + 1) * maxTargets); d++) {
                    int[] t = targets.get(d);
                    b.target(slot, phys[t[0]], t[1], 1);
                }
            }
        }
        return b.build();
    }
}
