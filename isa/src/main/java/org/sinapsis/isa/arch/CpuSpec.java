// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.OptionalInt;

/**
 * The host processor running the reference executor, and how it is measured. YAML
 * {@code kind: cpu}.
 *
 * @param name target name
 * @param description one line for {@code sinapsis targets}
 * @param threads worker threads of the executor, at least 1; empty (the key left out) means every
 *     hardware thread of the host
 * @param measurement the timing protocol
 */
public record CpuSpec(String name, String description, OptionalInt threads, MeasurementProtocol measurement)
        implements ArchSpec {

    /** Validates the spec. */
    public CpuSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (threads == null || threads.isPresent() && threads.getAsInt() < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (measurement == null) {
            throw new IllegalArgumentException("measurement must be given");
        }
    }

    /** The threads to use on this host: the spec's, or every hardware thread. */
    public int threadsOnThisHost() {
        return threads.orElse(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public TargetKind targetKind() {
        return TargetKind.CPU;
    }
}
