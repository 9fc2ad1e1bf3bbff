// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

/** Whether a loop runs over time or across processing elements (Timeloop's loop kinds). */
public enum SpaceTime {
    /** One iteration after another. */
    TEMPORAL,
    /** Across the columns of an array, all at once. */
    SPATIAL_X,
    /** Across the rows of an array, all at once. */
    SPATIAL_Y
}
