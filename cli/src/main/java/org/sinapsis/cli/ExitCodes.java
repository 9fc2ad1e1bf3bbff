// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

/** Exit codes of {@code sinapsis}, as {@code cli-contract.md} specifies them. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A run failed; the message says why. */
    public static final int RUN_FAILED = 1;
    /** Bad usage or bad input: one line naming the file, line and field, or the flag. */
    public static final int BAD_INPUT = 2;
    /** The network does not fit the target or the mapping is infeasible; the message names the resource. */
    public static final int INFEASIBLE = 3;

    private ExitCodes() {
    }
}
