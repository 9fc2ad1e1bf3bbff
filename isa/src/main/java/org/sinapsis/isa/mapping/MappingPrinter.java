// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

/**
 * Prints a {@link Mapping} in the shape of Timeloop's {@code map.txt}: a header with the
 * extents, then each level's loops, indented one step per loop, so mappings diff as text.
 *
 * <pre>
 * weight stationary on 32x32: M=3025 N=96 K=363
 * DRAM
 * | for N in [0:3)
 * |   for K in [0:12)
 * array
 * |     for M in [0:3025)
 * |       for K in [0:32) (Spatial-Y)
 * |         for N in [0:32) (Spatial-X)
 * </pre>
 */
public final class MappingPrinter {
    private MappingPrinter() {
    }

    /** The mapping as text, lines ending in {@code \n}. */
    public static String toText(Mapping mapping) {
        StringBuilder sb = new StringBuilder();
        sb.append(mapping.description()).append(':');
        for (MatrixDim d : MatrixDim.values()) {
            sb.append(' ').append(d).append('=').append(mapping.extent(d));
        }
        sb.append('\n');
        int depth = 0;
        for (LevelMapping level : mapping.levels()) {
            sb.append(level.level()).append('\n');
            for (Loop loop : level.loops()) {
                sb.append("| ").append("  ".repeat(depth)).append("for ").append(loop.dim()).append(" in [0:")
                        .append(loop.bound()).append(')');
                switch (loop.kind()) {
                    case SPATIAL_X -> sb.append(" (Spatial-X)");
                    case SPATIAL_Y -> sb.append(" (Spatial-Y)");
                    case TEMPORAL -> {
                    }
                }
                sb.append('\n');
                depth++;
            }
        }
        return sb.toString();
    }
}
