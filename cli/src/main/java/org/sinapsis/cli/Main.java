// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

/** The {@code sinapsis} command's entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line and exits with its code (see {@link ExitCodes}); running out of heap
     * is one line on stderr and exit code {@link ExitCodes#RUN_FAILED}, like any failed run.
     */
    public static void main(String[] args) {
        int code;
        try {
            code = SinapsisCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("sinapsis: run failed: " + ErrorHandler.outOfMemory(e));
            code = ExitCodes.RUN_FAILED;
        }
        System.exit(code);
    }
}
