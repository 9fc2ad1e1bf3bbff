// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinapsis.isa.config.ConfigNode;
import org.sinapsis.isa.config.RecordBinder;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.isa.config.YamlConfigWriter;
import org.sinapsis.networks.InvalidInputException;

/**
 * Reads and writes {@link EnergyTable}s: sinapsis's own YAML (with a source on every entry) and
 * Accelergy's {@code ERT.yaml} layout, so tables move between the tools.
 *
 * <p>sinapsis form:
 * <pre>
 * version: 1
 * name: tpu-v1-28nm
 * description: ...
 * entries:
 *   - {component: mxu, action: mac, energy_pj: 0.2, source: "..."}
 * </pre>
 * Accelergy form ({@code ERT: {version, tables: [{name, actions: [{name, arguments, energy}]}]}}):
 * the table name becomes the component (lower case, other characters as {@code _}), energies are
 * pJ, and the source of every imported entry is the file.
 */
public final class EnergyTables {
    /** The schema version this build reads and writes. */
    public static final int VERSION = 1;

    private EnergyTables() {
    }

    /** Reads a table file in either form; errors name the file, line and field. */
    public static EnergyTable parse(Path file) {
        ConfigNode root = YamlConfigReader.read(file);
        if (root.type() == ConfigNode.Type.MAP && root.find("ERT").isPresent()) {
            return fromAccelergy(root.get("ERT"), file);
        }
        return parse(root);
    }

    /** Builds a table from a parsed sinapsis-form tree. */
    public static EnergyTable parse(ConfigNode root) {
        if (root.type() != ConfigNode.Type.MAP) {
            throw root.error(null, "expected a mapping with version, name, description and entries");
        }
        ConfigNode version = root.get("version");
        if (version.asInt() != VERSION) {
            throw version.error("version", "unsupported energy table version " + version.asString()
                    + "; this build reads " + VERSION);
        }
        return RecordBinder.bind(root, EnergyTable.class, Set.of("version"));
    }

    /** Reads a built-in table, a class-path resource {@code tables/<name>.yaml} beside this class. */
    public static EnergyTable builtIn(String name) {
        return parse(YamlConfigReader.readResource(EnergyTables.class, "tables/" + name + ".yaml"));
    }

    /** The table in sinapsis form; {@link #parse(Path)} reads it back to an equal table. */
    public static String toYaml(EnergyTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", VERSION);
        map.putAll(RecordBinder.unbind(table));
        return YamlConfigWriter.write(map);
    }

    /** The table in Accelergy's ERT layout (sources are lost: Accelergy has no field for them). */
    public static String toAccelergy(EnergyTable table) {
        Map<String, List<Map<String, Object>>> byComponent = new LinkedHashMap<>();
        for (EnergyEntry e : table.entries()) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("name", e.action());
            action.put("arguments", null);
            action.put("energy", e.energyPj());
            byComponent.computeIfAbsent(e.component(), k -> new ArrayList<>()).add(action);
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        byComponent.forEach((component, actions) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", component);
            t.put("actions", actions);
            tables.add(t);
        });
        Map<String, Object> ert = new LinkedHashMap<>();
        ert.put("version", "0.4");
        ert.put("tables", tables);
        return YamlConfigWriter.write(Map.of("ERT", ert));
    }

    /**
     * An Accelergy component path as a sinapsis component: lower case, characters other than
     * letters, digits and {@code _} replaced by {@code _}, and a path segment that does not start
     * with a letter joined to the one before ({@code eyeriss.PE[0..167].mac} is
     * {@code eyeriss.pe_0_167_.mac}).
     */
    static String componentName(String accelergyName) {
        StringBuilder sb = new StringBuilder();
        for (String segment : accelergyName.toLowerCase(Locale.ROOT).split("\\.")) {
            String clean = segment.replaceAll("[^a-z0-9_]", "_");
            if (clean.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(Character.isLetter(clean.charAt(0)) ? '.' : '_');
            }
            sb.append(clean);
        }
        return sb.toString();
    }

    private static EnergyTable fromAccelergy(ConfigNode ert, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        List<EnergyEntry> entries = new ArrayList<>();
        for (ConfigNode table : ert.get("tables").items()) {
            String component = componentName(table.get("name").asString());
            for (ConfigNode action : table.get("actions").items()) {
                String actionName = action.get("name").asString();
                try {
                    entries.add(new EnergyEntry(component, actionName, action.get("energy").asDouble(),
                            "Accelergy ERT " + file.getFileName()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(file.toString(), action.line(), action.path(), e.getMessage());
                }
            }
        }
        try {
            return new EnergyTable(name, "imported from Accelergy ERT " + file, entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), ert.line(), "ERT", e.getMessage());
        }
    }
}
