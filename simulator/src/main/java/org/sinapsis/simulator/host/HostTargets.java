// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.host;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.CpuSpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/** Provides the measured host targets: a {@link CpuSpec} becomes the {@code cpu} target. */
public final class HostTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        return spec instanceof CpuSpec cpu ? Optional.of(new CpuTarget(cpu)) : Optional.empty();
    }
}
