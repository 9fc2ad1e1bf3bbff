// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

/** The {@code sinapsis} command's entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its code (see {@link ExitCodes}). */
    public static void main(String[] args) {
        System.exit(SinapsisCommand.commandLine().execute(args));
    }
}
