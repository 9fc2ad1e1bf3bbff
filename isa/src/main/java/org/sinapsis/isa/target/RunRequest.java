// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.networks.InvalidInputException;

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

    /**
     * The precision asked for, or the target's default; one the target cannot run is bad input.
     *
     * @param supported the precisions the target runs
     * @param runs what the target runs, for the error ("runs fp32 kernels")
     * @throws InvalidInputException naming {@code --precision}, when the precision is not supported
     */
    public Precision precisionFor(Target target, Collection<Precision> supported, String runs) {
        Precision p = precisionOr(target.defaultPrecision());
        if (!supported.contains(p)) {
            throw unavailablePrecision(target.spec().name(), runs, p);
        }
        return p;
    }

    /** The {@code --precision} error of a target that cannot run {@code p}; {@code runs} says what it runs. */
    public static InvalidInputException unavailablePrecision(String targetName, String runs, Precision p) {
        return new InvalidInputException("--precision", 0, null, "target '" + targetName + "' " + runs + "; "
                + p.label() + " is not available on it");
    }
}
