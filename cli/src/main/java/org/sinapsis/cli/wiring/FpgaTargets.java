// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/** Provides the FPGA targets: an {@link FpgaSpec} (the {@code fpga-*} presets or a spec file) becomes an {@link FpgaTarget}. */
public final class FpgaTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        return spec instanceof FpgaSpec fpga ? Optional.of(new FpgaTarget(fpga)) : Optional.empty();
    }
}
