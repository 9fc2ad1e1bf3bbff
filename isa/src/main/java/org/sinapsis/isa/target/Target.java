// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.TargetKind;
import org.sinapsis.isa.result.RunResult;

/**
 * A machine a network can run on: its spec, and how to compile and run a network on it. Created
 * from a spec by a {@link TargetProvider}; listed and selected through {@link TargetRegistry}.
 *
 * <p>Implementations are immutable and may be called from several threads at once (compare runs
 * simulated targets in parallel).
 */
public interface Target {

    /** The hardware, as parsed from its preset or spec file. */
    ArchSpec spec();

    /** Whether results are real executions on this host (true) or simulated/modelled (false). */
    boolean measured();

    /** The precision used when the user does not ask for one. */
    Precision defaultPrecision();

    /**
     * Compiles and runs {@code request.network()} once per its batch and reports the result.
     *
     * @throws InfeasibleException when the network does not fit or a layer cannot be mapped
     * @throws org.sinapsis.networks.InvalidInputException when the request asks for something
     *     this target cannot do as asked, such as an unsupported precision (the message names the flag)
     */
    RunResult run(RunRequest request);

    /** The spec's name. */
    default String name() {
        return spec().name();
    }

    /** The spec's target family. */
    default TargetKind kind() {
        return spec().targetKind();
    }

    /** The spec's one-line description. */
    default String description() {
        return spec().description();
    }
}
