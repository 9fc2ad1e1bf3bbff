// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.GpuSpec;
import org.sinapsis.isa.arch.MeasuredGpuSpec;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.TargetProvider;

/**
 * Provides the GPU targets: a {@link MeasuredGpuSpec} becomes the measured OpenCL path
 * ({@code gpu}), a {@link GpuSpec} a roofline model ({@code gpu-k80}, {@code gpu-p100}).
 * Creating a target touches neither Aparapi nor OpenCL; only running the measured one does.
 */
public final class GpuTargets implements TargetProvider {

    @Override
    public Optional<Target> create(ArchSpec spec) {
        if (spec instanceof MeasuredGpuSpec m) {
            return Optional.of(new OpenClGpuTarget(m));
        }
        if (spec instanceof GpuSpec g) {
            return Optional.of(new RooflineGpuTarget(g));
        }
        return Optional.empty();
    }
}
