// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.wiring;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/**
 * Provides TPU targets: a {@link TpuSpec} becomes a {@link TpuTarget}, which joins the compiler
 * ({@code compilers}) and the machine ({@code simulator}); that join is why it lives in the CLI.
 */
public final class TpuTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        return spec instanceof TpuSpec tpu ? Optional.of(new TpuTarget(tpu)) : Optional.empty();
    }
}
