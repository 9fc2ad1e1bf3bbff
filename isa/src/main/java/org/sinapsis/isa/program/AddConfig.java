// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;
import org.sinapsis.networks.reference.TwoTermMultiplier;

/**
 * A residual addition by a Vector instruction: row {@code i} of the output is
 * {@code Int8Arithmetic.add(a, b, multiplier)} of row {@code src + i} and row
 * {@code src + secondOffsetRows + i}, for columns {@code j < width}.
 *
 * @param secondOffsetRows where the second input starts, relative to the first (may be negative)
 * @param width valid columns
 * @param multiplier the two rescaling multipliers with their shift
 */
public record AddConfig(long secondOffsetRows, int width, TwoTermMultiplier multiplier) implements TpuConfig {

    /** Validates the configuration. */
    public AddConfig {
        Objects.requireNonNull(multiplier, "multiplier");
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1");
        }
    }

    @Override
    public long bytes() {
        return 24;
    }
}
