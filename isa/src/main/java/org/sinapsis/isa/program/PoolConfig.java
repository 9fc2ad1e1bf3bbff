// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;
import org.sinapsis.networks.ir.PoolMode;

/**
 * Pooling of one channel chunk by a Vector instruction: the input block at {@code src} holds
 * {@code n H W} pixel rows ({@code row = (n H + y) W + x}), the output block at {@code dst}
 * {@code n P Q} rows; the instruction's length is {@code batch P Q}. Columns {@code j < width}
 * get the largest code of the window, or {@code Int8Arithmetic.averagePool} of the codes inside
 * the input; padding never counts.
 *
 * @param mode max or average
 * @param height input rows H
 * @param width input columns W
 * @param outHeight output rows P
 * @param outWidth output columns Q
 * @param kernelH window rows
 * @param kernelW window columns
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH rows of padding above and below
 * @param padW columns of padding left and right
 * @param channels valid columns (channels) of the chunk
 */
public record PoolConfig(PoolMode mode, int height, int width, int outHeight, int outWidth, int kernelH, int kernelW,
        int strideH, int strideW, int padH, int padW, int channels) implements TpuConfig {

    /** Validates the geometry. */
    public PoolConfig {
        Objects.requireNonNull(mode, "mode");
        if (height < 1 || width < 1 || outHeight < 1 || outWidth < 1 || kernelH < 1 || kernelW < 1 || strideH < 1
                || strideW < 1 || padH < 0 || padW < 0 || channels < 1) {
            throw new IllegalArgumentException("invalid pooling geometry");
        }
    }

    @Override
    public long bytes() {
        return 48;
    }
}
