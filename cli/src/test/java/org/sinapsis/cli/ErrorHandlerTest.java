// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every failure becomes one line and the contract's exit code. */
class ErrorHandlerTest {

    @Command(name = "fail")
    static final class Failing implements Runnable {
        @Option(names = "--kind")
        String kind;

        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            switch (kind) {
                case "input" -> throw new InvalidInputException("net.csv", 3, "column 2", "bad");
                case "fit" -> throw new InfeasibleException("tpu-v1", "unified buffer", "needs 30 MiB, has 24 MiB");
                case "heap" -> throw new IllegalStateException(new OutOfMemoryError("Java heap space"));
                case "file" -> throw new UncheckedIOException(new NoSuchFileException("/out/run/results.json"));
                case "trace" -> {
                    AccessDeniedException denied = new AccessDeniedException("/out/t.json");
                    throw new IllegalStateException("cannot write the trace: " + denied.getMessage(), denied);
                }
                default -> throw new IllegalStateException("boom");
            }
        }
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        ErrorHandler h = new ErrorHandler();
        int code = new CommandLine(new Failing()).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(h).setParameterExceptionHandler(h).execute(args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void badInputIsTwo() {
        String[] r = run("--kind", "input");
        assertEquals("2", r[0]);
        assertEquals("sinapsis: net.csv:3: column 2: bad\n", r[1]);
    }

    @Test
    void doesNotFitIsThree() {
        String[] r = run("--kind", "fit");
        assertEquals("3", r[0]);
        assertEquals("sinapsis: does not fit: target 'tpu-v1': unified buffer: needs 30 MiB, has 24 MiB\n", r[1]);
    }

    @Test
    void unexpectedIsOneWithoutStackTraceUnlessVerbose() {
        String[] quiet = run("--kind", "other");
        assertEquals("1", quiet[0]);
        assertEquals("sinapsis: run failed: boom (--verbose shows the stack trace)\n", quiet[1]);
        String[] verbose = run("--kind", "other", "--verbose");
        assertTrue(verbose[1].contains("\tat "), verbose[1]);
        assertFalse(quiet[1].contains("\tat "));
    }

    @Test
    void runningOutOfHeapSaysHowToGiveItMore() {
        String[] r = run("--kind", "heap");
        assertEquals("1", r[0]);
        assertEquals("sinapsis: run failed: out of memory (Java heap space); give the JVM more heap, e.g."
                + " SINAPSIS_JAVA_OPTS=-Xmx8g ./sinapsis ... (--verbose shows the stack trace)\n", r[1]);
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithTheReason() {
        String[] r = run("--kind", "file");
        assertEquals("1", r[0]);
        assertEquals("sinapsis: run failed: /out/run/results.json: no such file or directory (--verbose shows the"
                + " stack trace)\n", r[1]);
        assertEquals("sinapsis: run failed: cannot write the trace: /out/t.json: permission denied (--verbose shows"
                + " the stack trace)\n", run("--kind", "trace")[1]);
    }

    @Test
    void usageErrorIsTwo() {
        String[] r = run("--nope");
        assertEquals("2", r[0]);
        assertTrue(r[1].startsWith("sinapsis: Unknown option: '--nope'\nTry 'fail --help'"), r[1]);
    }
}
