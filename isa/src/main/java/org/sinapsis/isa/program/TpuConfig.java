// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * A configuration block that Set_Config loads into a slot and a Convolve, Activate or Vector
 * instruction then names: the convolution geometry, the per-channel requantization parameters,
 * a recurrent cell's gate math, or a vector operation.
 */
public sealed interface TpuConfig permits ConvolveConfig, ActivationConfig, RecurrentConfig, PoolConfig, AddConfig,
        LookupConfig {

    /** Size of the block in host memory, in bytes: what Set_Config moves over the host interface. */
    long bytes();
}
