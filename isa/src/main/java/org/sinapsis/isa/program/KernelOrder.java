// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * The order of a convolution window's elements along the reduction, which fixes the order of the
 * weight tiles' rows. Integer sums do not depend on it; the compiler picks the one that keeps the
 * data setup's reads contiguous.
 */
public enum KernelOrder {
    /** {@code p = (c R + r) S + s}: the Conv2D weight layout {@code [M, C/G, R, S]} and Flatten's order. */
    CHANNEL_MAJOR,
    /** {@code p = (r S + s) C/G + c}: one tap's channels together, so a chunk reads whole pixel rows. */
    TAP_MAJOR
}
