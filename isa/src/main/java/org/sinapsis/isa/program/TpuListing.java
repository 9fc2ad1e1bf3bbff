// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Instructions together with where each came from, so that validation errors name the source line.
 *
 * @param source the file or resource name, for messages
 * @param instructions the instructions, in order (copied)
 * @param lines the 1-based source line of each instruction, or 0 where there is none (binary input)
 */
public record TpuListing(String source, List<TpuInstruction> instructions, List<Integer> lines) {

    /** Validates that every instruction has a line and copies the lists. */
    public TpuListing {
        Objects.requireNonNull(source, "source");
        instructions = List.copyOf(instructions);
        lines = List.copyOf(lines);
        if (lines.size() != instructions.size()) {
            throw new IllegalArgumentException(instructions.size() + " instructions but " + lines.size() + " lines");
        }
    }

    /** A listing without line numbers (decoded binary, compiled programs). */
    public static TpuListing of(String source, List<TpuInstruction> instructions) {
        return new TpuListing(source, instructions, Collections.nCopies(instructions.size(), 0));
    }
}
