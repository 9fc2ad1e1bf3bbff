// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import org.sinapsis.networks.InvalidInputException;

/** Checks of option values shared by the commands, each failing with a one-line error naming the flag. */
final class Options {
    private Options() {
    }

    /** {@code --batch}: the given value (at least 1), or {@code fallback} when none was given. */
    static int batch(Integer given, int fallback) {
        if (given == null) {
            return fallback;
        }
        if (given < 1) {
            throw new InvalidInputException("--batch", 0, null, "must be at least 1, got " + given);
        }
        return given;
    }
}
