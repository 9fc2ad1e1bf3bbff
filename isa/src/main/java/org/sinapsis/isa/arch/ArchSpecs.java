// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.config.ConfigNode;
import org.sinapsis.isa.config.RecordBinder;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.config.YamlConfigWriter;

/**
 * Parses and writes {@link ArchSpec}s, and holds the built-in presets.
 *
 * <p>A spec file is YAML with a schema version, the spec kind and the record's fields in
 * snake_case:
 * <pre>
 * version: 1
 * kind: cpu
 * name: cpu
 * description: fp32 reference executor on this host
 * warmup_runs: 2
 * min_warmup_seconds: 0.5
 * ...
 * </pre>
 * Presets live as resources {@code presets/<name>.yaml} beside this class; a machine issue adds
 * its record to the kinds and its preset names to the list here.
 */
public final class ArchSpecs {
    /** The schema version this build reads and writes. */
    public static final int VERSION = 1;

    /** Spec kinds by YAML {@code kind}; one line per kind. */
    private static final Map<String, Class<? extends ArchSpec>> KINDS = Map.ofEntries(
            Map.entry("cpu", CpuSpec.class),
            Map.entry("fpga", FpgaSpec.class),
            Map.entry("gpu-opencl", MeasuredGpuSpec.class),
            Map.entry("gpu-roofline", GpuSpec.class),
            Map.entry("neuro-chip", NeuroChipSpec.class),
            Map.entry("systolic", SystolicArraySpec.class),
            Map.entry("tpu", TpuSpec.class));
    private static final Set<String> HEADER_KEYS = Set.of("version", "kind");
    /** Built-in presets, in listing order; one line per target family. */
    private static final List<String> PRESET_NAMES = List.of(
            "cpu",
            "tpu-v1", "systolic", "systolic-256-ws",
            "gpu", "gpu-k80", "gpu-p100",
            "fpga-vx485t", "fpga-catapult", "fpga-brainwave",
            "truenorth", "loihi", "spinnaker", "brainscales");
    private static volatile Map<String, ArchSpec> presets;

    private ArchSpecs() {
    }

    /** Reads a spec file; errors name the file, line and field. */
    public static ArchSpec parse(Path file) {
        return parse(YamlConfigReader.read(file));
    }

    /** Builds a spec from a parsed tree (header keys {@code version} and {@code kind} included). */
    public static ArchSpec parse(ConfigNode root) {
        if (root.type() != ConfigNode.Type.MAP) {
            throw root.error(null, "expected a mapping with version, kind and the spec fields");
        }
        ConfigNode version = root.get("version");
        if (version.asInt() != VERSION) {
            throw version.error("version", "unsupported spec version " + version.asString() + "; this build reads "
                    + VERSION);
        }
        ConfigNode kindNode = root.get("kind");
        Class<? extends ArchSpec> type = KINDS.get(kindNode.asString());
        if (type == null) {
            throw kindNode.error("kind", "unknown spec kind '" + kindNode.asString() + "'; known: "
                    + String.join(", ", KINDS.keySet().stream().sorted().toList()));
        }
        return (ArchSpec) RecordBinder.bind(root, type.asSubclass(Record.class), HEADER_KEYS);
    }

    /** The YAML kind of a spec: {@code cpu}, ... */
    public static String kind(ArchSpec spec) {
        for (Map.Entry<String, Class<? extends ArchSpec>> e : KINDS.entrySet()) {
            if (e.getValue() == spec.getClass()) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no YAML kind registered for " + spec.getClass().getSimpleName());
    }

    /** The spec as a complete YAML file that {@link #parse(Path)} reads back to an equal spec. */
    public static String toYaml(ArchSpec spec) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", VERSION);
        map.put("kind", kind(spec));
        map.putAll(RecordBinder.unbind((Record) spec));
        return YamlConfigWriter.write(map);
    }

    /** The built-in presets by name, in listing order. */
    public static Map<String, ArchSpec> presets() {
        Map<String, ArchSpec> p = presets;
        if (p == null) {
            Map<String, ArchSpec> loaded = new LinkedHashMap<>();
            for (String name : PRESET_NAMES) {
                ArchSpec spec = parse(YamlConfigReader.readResource(ArchSpecs.class, "presets/" + name + ".yaml"));
                if (!spec.name().equals(name)) {
                    throw new IllegalStateException("preset " + name + ".yaml is named " + spec.name());
                }
                loaded.put(name, spec);
            }
            p = Collections.unmodifiableMap(loaded);
            presets = p;
        }
        return p;
    }
}
