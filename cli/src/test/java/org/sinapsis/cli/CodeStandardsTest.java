// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans every module's main sources (as EJML's code-standards test does): no printing or exiting
 * outside the CLI, {@code System.exit} only in {@code Main}, a licence header on every file, and
 * no TODO without an issue number.
 */
class CodeStandardsTest {
    private static final Pattern PRINTING = Pattern.compile("System\\.(out|err)\\b|printStackTrace\\(\\s*\\)");
    private static final Pattern EXIT = Pattern.compile("System\\.exit\\(");
    private static final Pattern BARE_TODO = Pattern.compile("\\b(TODO|FIXME|XXX)\\b(?!\\(#\\d+\\))");

    @Test
    void noPrintingOrExitOutsideTheCli() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : ArchitectureTest.ALLOWED.keySet()) {
            for (Path file : ArchitectureTest.javaFiles(ArchitectureTest.ROOT.resolve(module).resolve("src/main/java"))) {
                String text = Files.readString(file);
                String name = ArchitectureTest.ROOT.relativize(file).toString();
                if (!module.equals("cli") && PRINTING.matcher(text).find()) {
                    violations.add(name + " prints to System.out/err (use a TraceSink or return a result)");
                }
                if (EXIT.matcher(text).find() && !file.getFileName().toString().equals("Main.java")) {
                    violations.add(name + " calls System.exit (only cli's Main may)");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void everySourceHasALicenceHeaderAndNoBareTodo() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : ArchitectureTest.ALLOWED.keySet()) {
            for (String tree : List.of("src/main/java", "src/test/java")) {
                for (Path file : ArchitectureTest.javaFiles(ArchitectureTest.ROOT.resolve(module).resolve(tree))) {
                    String text = Files.readString(file);
                    String name = ArchitectureTest.ROOT.relativize(file).toString();
                    if (!text.startsWith("// SPDX-License-Identifier: Apache-2.0")) {
                        violations.add(name + " lacks the SPDX header");
                    }
                    if (!file.endsWith("CodeStandardsTest.java") && BARE_TODO.matcher(text).find()) {
                        violations.add(name + " has a TODO without an issue number, write TODO(#N)");
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void thePatternsMatchWhatTheyForbid() {
        assertTrue(PRINTING.matcher("System.out.println(x);").find());
        assertTrue(EXIT.matcher("System.exit(1);").find());
        assertTrue(BARE_TODO.matcher("// TODO speed up").find());
        assertTrue(!BARE_TODO.matcher("// TODO(#4) speed up").find());
    }
}
