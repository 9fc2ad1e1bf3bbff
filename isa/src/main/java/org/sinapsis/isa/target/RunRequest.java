// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sinapsis.isa.arch.Precision;

/**
 * What to run on a {@link Target}.
 *
 * @param workload the network, its weights and one batch of inputs
 * @param precision the precision asked for, or empty for the target's default
 * @param seed seed for whatever the target draws at random (spike trains, stochastic neurons)
 * @param trace opens the trace sink the run writes to; {@link TraceOpener#NONE} when tracing is off
 * @param timesteps spiking targets: ticks each input is presented for ({@code --timesteps}), or
 *     empty for the target's default; other targets ignore it
 */
public record RunRequest(Workload workload, Optional<Precision> precision, long seed, TraceOpener trace,
        OptionalInt timesteps) {

    /** Checks that nothing is null. */
    public RunRequest {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(timesteps, "timesteps");
    }

    /** A request without a time-step count (every target's default). */
    public RunRequest(Workload workload, Optional<Precision> precision, long seed, TraceOpener trace) {
        this(workload, precision, seed, trace, OptionalInt.empty());
    }

    /** The precision asked for, or {@code fallback} (the target's default). */
    public Precision precisionOr(Precision fallback) {
        return precision.orElse(fallback);
    }
}
