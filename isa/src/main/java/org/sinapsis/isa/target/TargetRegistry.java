// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.networks.InvalidInputException;

/**
 * The targets this build can run: every built-in preset ({@link ArchSpecs#presets()}) for which a
 * {@link TargetProvider} exists, ordered by target kind and then by preset order, plus targets
 * built from user spec files.
 */
public final class TargetRegistry {
    private final List<TargetProvider> providers;
    private final List<Target> presets;

    private TargetRegistry(List<TargetProvider> providers) {
        this.providers = List.copyOf(providers);
        List<Target> list = new ArrayList<>();
        for (ArchSpec spec : ArchSpecs.presets().values()) {
            create(spec).ifPresent(list::add);
        }
        list.sort(Comparator.comparing(Target::kind));
        this.presets = List.copyOf(list);
    }

    /** The registry of the providers on the class path, in a fixed order (by provider class name). */
    public static TargetRegistry load() {
        List<TargetProvider> list = new ArrayList<>();
        ServiceLoader.load(TargetProvider.class).forEach(list::add);
        list.sort(Comparator.comparing(p -> p.getClass().getName()));
        return new TargetRegistry(list);
    }

    /** A registry over the given providers (tests). */
    public static TargetRegistry of(List<TargetProvider> providers) {
        return new TargetRegistry(providers);
    }

    /** The preset targets, in {@code compare} order. */
    public List<Target> targets() {
        return presets;
    }

    /** The preset called {@code name}. */
    public Optional<Target> find(String name) {
        return presets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * A preset name, or a spec file ({@code .yaml}/{@code .yml}) to parse.
     *
     * @param option the flag the value came from, named in errors ({@code --target})
     * @throws InvalidInputException for an unknown name, a bad spec file, or a spec no provider runs
     */
    public Target resolve(String nameOrFile, String option) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml")) {
            ArchSpec spec = ArchSpecs.parse(Path.of(nameOrFile));
            return create(spec).orElseThrow(() -> new InvalidInputException(nameOrFile, 0, "kind",
                    "no machine in this build runs a '" + ArchSpecs.kind(spec) + "' spec"));
        }
        return find(nameOrFile).orElseThrow(() -> new InvalidInputException(option, 0, null, "unknown target '"
                + nameOrFile + "'; known: " + String.join(", ", presets.stream().map(Target::name).toList())
                + " (or a spec file ending in .yaml)"));
    }

    private Optional<Target> create(ArchSpec spec) {
        for (TargetProvider p : providers) {
            Optional<Target> t = p.create(spec);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }
}
