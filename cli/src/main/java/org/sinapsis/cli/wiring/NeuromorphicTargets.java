// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/** Provides the neuromorphic targets: every {@link NeuroChipSpec} becomes a {@link NeuromorphicTarget}. */
public final class NeuromorphicTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        return spec instanceof NeuroChipSpec chip ? Optional.of(new NeuromorphicTarget(chip)) : Optional.empty();
    }
}
