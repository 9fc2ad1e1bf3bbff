// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/**
 * Provides generic systolic array targets: a {@link SystolicArraySpec} becomes a
 * {@link SystolicTarget}. The array needs no compiler (its dataflow is a preset mapping), so it is
 * provided here; the TPU, which needs one, is provided by the CLI.
 */
public final class SystolicTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        return spec instanceof SystolicArraySpec s ? Optional.of(new SystolicTarget(s)) : Optional.empty();
    }
}
