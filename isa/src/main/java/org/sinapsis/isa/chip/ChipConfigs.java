// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.arch.NeuroCoreSpec;
import org.sinapsis.isa.arch.SynapseEncoding;
import org.sinapsis.isa.config.ConfigNode;
import org.sinapsis.isa.config.RecordBinder;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;

/**
 * Saves, reads, checks, reports and prints {@link ChipConfig}s.
 *
 * <p>File form (YAML; integer arrays as one quoted line of space-separated numbers, so a file of
 * a million synapses stays a few lines per core and errors still name the line):
 * <pre>
 * format: sinapsis-chip-config
 * version: 1
 * chip: loihi
 * encoding: regular
 * encoder_phase: 0.0
 * input: {start: "0 1 2", core: "0 0", axon: "0 1"}
 * output: {core: "1 1", neuron: "0 1"}
 * cores:
 *   - core: 0
 *     label: "fc1[0:2]"
 *     neurons: 2
 *     axons: 2
 *     settings: {kind: integrate-and-fire, reset: subtract, reset_value: 0, floor: -2147483648, decay: 0, temperature: 0}
 *     threshold: "10 10"
 *     bias: "0 0"
 *     initial_potential: "0 0"
 *     axon_start: "0 1 2"
 *     synapse_neuron: "0 1"
 *     synapse_weight: "5 -3"            # per-synapse cores; axon-type cores have
 *     target_start: "0 1 2"             #   axon_types, axon_type and type_weight instead
 *     target_core: "1 1"
 *     target_axon: "0 1"
 *     target_delay: "1 1"
 * </pre>
 */
public final class ChipConfigs {
    /** The {@code format} value of a chip configuration file. */
    public static final String FORMAT = "sinapsis-chip-config";
    /** The schema version this build reads and writes. */
    public static final int VERSION = 1;

    private ChipConfigs() {
    }

    /**
     * Checks a configuration against a chip: core indices, neurons, axons and synapses per core,
     * weight, threshold and bias bit widths, targets per neuron and delays.
     *
     * @throws InfeasibleException naming the first resource that overflows
     */
    public static void check(ChipConfig config, NeuroChipSpec spec) {
        NeuroCoreSpec cs = spec.core();
        int cores = spec.mesh().cores();
        if (config.cores().size() > cores) {
            throw new InfeasibleException(spec.name(), "cores", "the configuration uses " + config.cores().size()
                    + " cores; the chip has " + cores);
        }
        for (CoreProgram c : config.cores()) {
            String where = "core " + c.core() + " ('" + c.label() + "')";
            if (c.core() >= cores) {
                throw new InfeasibleException(spec.name(), "cores", where + " is outside the chip's " + cores + " cores");
            }
            limit(spec, where, "neurons", c.neurons(), cs.neuronsPerCore());
            limit(spec, where, "axons", c.axons(), cs.axonsPerCore());
            limit(spec, where, "synapses", c.synapses(), cs.synapsesPerCore());
            if (cs.synapseEncoding() == SynapseEncoding.AXON_TYPE) {
                if (c.axonTypes() == 0 || c.axonTypes() > cs.axonTypes()) {
                    throw new InfeasibleException(spec.name(), "axon types", where + " needs " + c.axonTypes()
                            + " axon types with a binary crossbar; the chip's cores have " + cs.axonTypes());
                }
                weights(spec, where, c.typeWeight(), cs.maxWeight());
            } else {
                if (c.axonTypes() != 0) {
                    throw new InfeasibleException(spec.name(), "synapse encoding", where
                            + " uses axon types; this chip stores a weight per synapse");
                }
                weights(spec, where, c.synapseWeight(), cs.maxWeight());
            }
            for (int n = 0; n < c.neurons(); n++) {
                if (c.settings().kind() == NeuronKind.INTEGRATE_AND_FIRE
                        && (c.threshold()[n] < 1 || c.threshold()[n] > cs.maxThreshold())) {
                    throw new InfeasibleException(spec.name(), "threshold bits", where + " neuron " + n
                            + " has threshold " + c.threshold()[n] + "; " + cs.thresholdBits() + " bits hold 1.."
                            + cs.maxThreshold());
                }
                if (Math.abs((long) c.bias()[n]) > cs.maxBias()) {
                    throw new InfeasibleException(spec.name(), "bias bits", where + " neuron " + n + " has bias "
                            + c.bias()[n] + "; " + cs.biasBits() + " signed bits hold +-" + cs.maxBias());
                }
                int targets = c.targetStart()[n + 1] - c.targetStart()[n];
                if (targets > cs.maxTargetsPerNeuron()) {
                    throw new InfeasibleException(spec.name(), "targets per neuron", where + " neuron " + n
                            + " sends to " + targets + " axons; the chip allows " + cs.maxTargetsPerNeuron());
                }
            }
            for (byte d : c.targetDelay()) {
                if (d > cs.maxDelayTicks()) {
                    throw new InfeasibleException(spec.name(), "axonal delay", where + " uses a delay of " + d
                            + " ticks; the chip allows up to " + cs.maxDelayTicks());
                }
            }
        }
    }

    /** Cores used, per-core utilization and the hop histogram of every route. */
    public static MappingReport report(ChipConfig config, NeuroChipSpec spec) {
        ChipGeometry g = new ChipGeometry(spec.mesh());
        NeuroCoreSpec cs = spec.core();
        List<CoreUsage> usage = new ArrayList<>();
        List<Long> histogram = new ArrayList<>();
        long routes = 0;
        for (CoreProgram c : config.cores()) {
            usage.add(new CoreUsage(c.core(), c.label(), c.neurons(), cs.neuronsPerCore(), c.axons(), cs.axonsPerCore(),
                    c.synapses(), cs.synapsesPerCore()));
            for (int t : c.targetCore()) {
                add(histogram, g.hops(c.core(), t));
                routes++;
            }
        }
        int coresUsed = (int) config.cores().stream().filter(c -> c.neurons() > 0).count();
        return new MappingReport(spec.name(), coresUsed, spec.mesh().cores(), usage, histogram, routes);
    }

    /**
     * A readable dump: the mapping report, then one paragraph per core (neuron settings,
     * threshold and bias ranges, synapses, destinations), like Timeloop's {@code map.txt}.
     */
    public static String dump(ChipConfig config, NeuroChipSpec spec) {
        MappingReport r = report(config, spec);
        StringBuilder sb = new StringBuilder();
        sb.append("chip configuration for ").append(config.chip()).append(" (").append(spec.device()).append(")\n");
        sb.append(String.format(Locale.ROOT, "cores used: %d of %d; mean utilization: neurons %.1f%%, axons %.1f%%,"
                + " synapses %.1f%%%n", r.coresUsed(), r.coresAvailable(), 100 * r.meanNeuronUtilization(),
                100 * r.meanAxonUtilization(), 100 * r.meanSynapseUtilization()));
        sb.append("neurons: ").append(config.neurons()).append(", synapses: ").append(config.synapses())
                .append(", input channels: ").append(config.input().channels()).append(" (")
                .append(RecordBinder.enumName(config.encoding())).append(" encoding), outputs: ")
                .append(config.output().outputs()).append('\n');
        sb.append(String.format(Locale.ROOT, "routes: %d, mean hops %.2f, hop histogram [hops: routes]:",
                r.routes(), r.meanHops()));
        for (int h = 0; h < r.hopHistogram().size(); h++) {
            if (r.hopHistogram().get(h) > 0) {
                sb.append(' ').append(h).append(": ").append(r.hopHistogram().get(h));
            }
        }
        sb.append('\n');
        ChipGeometry g = new ChipGeometry(spec.mesh());
        for (CoreProgram c : config.cores()) {
            int router = g.router(c.core());
            sb.append(String.format(Locale.ROOT, "%ncore %d at (%d,%d) '%s': %d neurons, %d axons, %d synapses%n",
                    c.core(), g.x(router), g.y(router), c.label(), c.neurons(), c.axons(), c.synapses()));
            NeuronSettings s = c.settings();
            sb.append("  neurons: ").append(RecordBinder.enumName(s.kind())).append(", reset ")
                    .append(RecordBinder.enumName(s.reset())).append(", decay ").append(s.decay()).append("/4096")
                    .append(s.kind() == NeuronKind.STOCHASTIC_BINARY ? ", temperature " + s.temperature() : "")
                    .append(", threshold ").append(range(c.threshold())).append(", bias ").append(range(c.bias()))
                    .append('\n');
            if (c.axonTypes() > 0) {
                sb.append("  crossbar: binary, ").append(c.axonTypes()).append(" axon types, type weights ")
                        .append(range(toInts(c.typeWeight()))).append('\n');
            } else {
                sb.append("  crossbar: per-synapse weights ").append(range(toInts(c.synapseWeight()))).append('\n');
            }
            int local = 0;
            int remote = 0;
            for (int t : c.targetCore()) {
                if (t == c.core()) {
                    local++;
                } else {
                    remote++;
                }
            }
            sb.append("  destinations: ").append(remote).append(" to other cores, ").append(local).append(" to itself\n");
        }
        return sb.toString();
    }

    /** Writes {@code config} in the file form above. */
    public static void write(ChipConfig config, Writer out) throws IOException {
        out.write("format: " + FORMAT + "\nversion: " + VERSION + "\n");
        out.write("chip: " + quote(config.chip()) + "\n");
        out.write("encoding: " + RecordBinder.enumName(config.encoding()) + "\n");
        out.write("encoder_phase: " + config.encoderPhase() + "\n");
        InputMap in = config.input();
        out.write("input: {start: " + ints(in.start()) + ", core: " + ints(in.targetCore()) + ", axon: "
                + ints(in.targetAxon()) + "}\n");
        out.write("output: {core: " + ints(config.output().core()) + ", neuron: " + ints(config.output().neuron())
                + "}\n");
        out.write("cores:\n");
        for (CoreProgram c : config.cores()) {
            NeuronSettings s = c.settings();
            out.write("  - core: " + c.core() + "\n");
            out.write("    label: " + quote(c.label()) + "\n");
            out.write("    neurons: " + c.neurons() + "\n    axons: " + c.axons() + "\n");
            out.write("    settings: {kind: " + RecordBinder.enumName(s.kind()) + ", reset: "
                    + RecordBinder.enumName(s.reset()) + ", reset_value: " + s.resetValue() + ", floor: " + s.floor()
                    + ", decay: " + s.decay() + ", temperature: " + s.temperature() + "}\n");
            field(out, "threshold", ints(c.threshold()));
            field(out, "bias", ints(c.bias()));
            field(out, "initial_potential", ints(c.initialPotential()));
            field(out, "axon_start", ints(c.axonStart()));
            field(out, "synapse_neuron", unsignedShorts(c.synapseNeuron()));
            if (c.axonTypes() > 0) {
                out.write("    axon_types: " + c.axonTypes() + "\n");
                field(out, "axon_type", bytes(c.axonType()));
                field(out, "type_weight", shorts(c.typeWeight()));
            } else {
                field(out, "synapse_weight", shorts(c.synapseWeight()));
            }
            field(out, "target_start", ints(c.targetStart()));
            field(out, "target_core", ints(c.targetCore()));
            field(out, "target_axon", ints(c.targetAxon()));
            field(out, "target_delay", bytes(c.targetDelay()));
        }
    }

    /**
     * Reads a configuration file.
     *
     * @throws InvalidInputException naming the file, line and field of the first problem
     */
    public static ChipConfig read(Path file) {
        ConfigNode root = YamlConfigReader.read(file);
        if (root.type() != ConfigNode.Type.MAP) {
            throw root.error(null, "expected a chip configuration (format: " + FORMAT + ")");
        }
        if (!root.get("format").asString().equals(FORMAT)) {
            throw root.get("format").error("format", "expected '" + FORMAT + "'");
        }
        if (root.get("version").asInt() != VERSION) {
            throw root.get("version").error("version", "unsupported version; this build reads " + VERSION);
        }
        ConfigNode in = root.get("input");
        ConfigNode outNode = root.get("output");
        List<CoreProgram> cores = new ArrayList<>();
        for (ConfigNode c : root.get("cores").items()) {
            cores.add(readCore(c));
        }
        try {
            InputMap input = new InputMap(intArray(in, "start"), intArray(in, "core"), intArray(in, "axon"));
            OutputMap output = new OutputMap(intArray(outNode, "core"), intArray(outNode, "neuron"));
            return new ChipConfig(root.get("chip").asString(), enumValue(root.get("encoding"), InputEncoding.class,
                    "encoding"), root.get("encoder_phase").asDouble(), cores, input, output);
        } catch (IllegalArgumentException e) {
            throw root.error(null, e.getMessage());
        }
    }

    private static CoreProgram readCore(ConfigNode c) {
        ConfigNode s = c.get("settings");
        try {
            NeuronSettings settings = new NeuronSettings(enumValue(s.get("kind"), NeuronKind.class, "kind"),
                    enumValue(s.get("reset"), ResetMode.class, "reset"), s.get("reset_value").asInt(),
                    s.get("floor").asInt(), s.get("decay").asInt(), s.get("temperature").asInt());
            int types = c.find("axon_types").map(ConfigNode::asInt).orElse(0);
            return new CoreProgram(c.get("core").asInt(), c.get("label").asString(), c.get("neurons").asInt(),
                    c.get("axons").asInt(), settings, intArray(c, "threshold"), intArray(c, "bias"),
                    intArray(c, "initial_potential"), intArray(c, "axon_start"), shortArray(c, "synapse_neuron", true),
                    types > 0 ? null : shortArray(c, "synapse_weight", false), types,
                    types > 0 ? byteArray(c, "axon_type") : null, types > 0 ? shortArray(c, "type_weight", false) : null,
                    intArray(c, "target_start"), intArray(c, "target_core"), intArray(c, "target_axon"),
                    byteArray(c, "target_delay"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw c.error(c.path(), e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(ConfigNode node, Class<E> type, String field) {
        for (E e : type.getEnumConstants()) {
            if (RecordBinder.enumName(e).equals(node.asString())) {
                return e;
            }
        }
        throw node.error(field, "unknown value '" + node.asString() + "'");
    }

    private static int[] intArray(ConfigNode parent, String key) {
        ConfigNode node = parent.get(key);
        String text = node.asString().trim();
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split("\\s+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw node.error(node.path(), "entry " + i + " is not an integer: '" + parts[i] + "'");
            }
        }
        return out;
    }

    private static short[] shortArray(ConfigNode parent, String key, boolean unsigned) {
        int[] v = intArray(parent, key);
        short[] out = new short[v.length];
        int lo = unsigned ? 0 : Short.MIN_VALUE;
        int hi = unsigned ? 65_535 : Short.MAX_VALUE;
        for (int i = 0; i < v.length; i++) {
            if (v[i] < lo || v[i] > hi) {
                ConfigNode node = parent.get(key);
                throw node.error(node.path(), "entry " + i + " (" + v[i] + ") is outside [" + lo + ", " + hi + "]");
            }
            out[i] = (short) v[i];
        }
        return out;
    }

    private static byte[] byteArray(ConfigNode parent, String key) {
        int[] v = intArray(parent, key);
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > Byte.MAX_VALUE) {
                ConfigNode node = parent.get(key);
                throw node.error(node.path(), "entry " + i + " (" + v[i] + ") is outside [0, 127]");
            }
            out[i] = (byte) v[i];
        }
        return out;
    }

    private static void limit(NeuroChipSpec spec, String where, String what, long used, long capacity) {
        if (used > capacity) {
            throw new InfeasibleException(spec.name(), what + " per core", where + " needs " + used + " " + what
                    + "; a core has " + capacity);
        }
    }

    private static void weights(NeuroChipSpec spec, String where, short[] w, int max) {
        for (short v : w) {
            if (Math.abs(v) > max) {
                throw new InfeasibleException(spec.name(), "weight bits", where + " has weight " + v + "; "
                        + spec.core().weightBits() + " signed bits hold +-" + max);
            }
        }
    }

    private static void add(List<Long> histogram, int hops) {
        while (histogram.size() <= hops) {
            histogram.add(0L);
        }
        histogram.set(hops, histogram.get(hops) + 1);
    }

    private static String range(int[] v) {
        if (v.length == 0) {
            return "-";
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return lo == hi ? String.valueOf(lo) : lo + ".." + hi;
    }

    private static int[] toInts(short[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static void field(Writer out, String key, String value) throws IOException {
        out.write("    " + key + ": " + value + "\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String ints(int[] v) {
        StringBuilder sb = new StringBuilder(v.length * 4 + 2).append('"');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(v[i]);
        }
        return sb.append('"').toString();
    }

    private static String shorts(short[] v) {
        return ints(toInts(v));
    }

    private static String unsignedShorts(short[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] & 0xFFFF;
        }
        return ints(out);
    }

    private static String bytes(byte[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return ints(out);
    }
}
