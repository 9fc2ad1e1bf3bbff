// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.util.Optional;
import org.sinapsis.isa.arch.ArchSpec;

/**
 * Service interface through which machine modules plug targets in, found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/org.sinapsis.isa.target.TargetProvider}
 * file in the module's resources). Adding a machine never touches the CLI's commands.
 *
 * <p>A target whose compiler and machine live in different modules (the TPU: {@code compilers}
 * and {@code simulator}) is provided from the {@code cli} module, the one module that may join
 * them.
 */
public interface TargetProvider {

    /** A target for {@code spec}, or empty when this provider does not handle that kind of spec. */
    Optional<Target> create(ArchSpec spec);
}
