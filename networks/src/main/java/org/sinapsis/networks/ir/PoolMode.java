// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/** How a {@link Pool2D} window reduces its elements. */
public enum PoolMode {
    /** The largest element; padding never wins. */
    MAX,
    /** The mean of the window's elements inside the input; padding is not counted. */
    AVG
}
