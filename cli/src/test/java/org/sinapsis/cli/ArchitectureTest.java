// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the dependency direction of {@code architecture.md}: in every module's pom and in
 * every source file's code (imports and fully qualified names; comments are skipped, since
 * package-info files name what must not be imported). In particular {@code simulator} never
 * depends on {@code compilers}.
 */
class ArchitectureTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static final Map<String, Set<String>> ALLOWED = Map.of(
            "networks", Set.of(),
            "traces", Set.of(),
            "isa", Set.of("networks", "traces"),
            "compilers", Set.of("networks", "isa", "traces"),
            "neuromorphic", Set.of("isa", "networks", "traces"),
            "simulator", Set.of("isa", "networks", "traces"),
            "cli", Set.of("networks", "traces", "isa", "compilers", "neuromorphic", "simulator"));

    private static final Pattern MODULE_DEP = Pattern.compile("<artifactId>sinapsis-([a-z]+)</artifactId>");
    private static final Pattern MODULE_REF = Pattern.compile("org\\.sinapsis\\.([a-z]+)\\b");
    /** Comments, where package-info files name what a package must not import. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void everyModuleIsKnown() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>([a-z]+)</module>").matcher(rootPom);
        Set<String> modules = new TreeSet<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), modules);
    }

    @Test
    void pomDependenciesFollowTheDirection() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var e : ALLOWED.entrySet()) {
            String pom = Files.readString(ROOT.resolve(e.getKey()).resolve("pom.xml"));
            Matcher m = MODULE_DEP.matcher(pom);
            while (m.find()) {
                String dep = m.group(1);
                if (ALLOWED.containsKey(dep) && !dep.equals(e.getKey()) && !e.getValue().contains(dep)) {
                    violations.add(e.getKey() + "/pom.xml depends on " + dep);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void sourcesReferenceOnlyAllowedModules() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var e : ALLOWED.entrySet()) {
            for (String tree : List.of("src/main/java", "src/test/java")) {
                Path dir = ROOT.resolve(e.getKey()).resolve(tree);
                for (Path file : javaFiles(dir)) {
                    String text = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                    Matcher m = MODULE_REF.matcher(text);
                    while (m.find()) {
                        String ref = m.group(1);
                        if (!ref.equals(e.getKey()) && ALLOWED.containsKey(ref) && !e.getValue().contains(ref)) {
                            violations.add(ROOT.relativize(file) + " refers to org.sinapsis." + ref);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theCheckSeesAViolation() {
        String code = COMMENT.matcher("/** must not import org.sinapsis.cli */\nimport org.sinapsis.compilers.tpu.TpuCompiler;")
                .replaceAll(" ");
        Matcher m = MODULE_REF.matcher(code);
        assertTrue(m.find());
        assertEquals("compilers", m.group(1));
        assertTrue(!ALLOWED.get("simulator").contains(m.group(1)));
    }

    static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
