// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * The 2-D mesh of a neuromorphic chip: {@code columns x rows} routers, each serving
 * {@code coresPerRouter} cores. Core {@code c} sits at router {@code c / coresPerRouter}, whose
 * mesh position is {@code (r % columns, r / columns)}. Spikes between cores of one router take 0
 * hops; otherwise they travel X first, then Y (dimension-order routing), one hop per router link.
 *
 * @param columns routers along X, at least 1
 * @param rows routers along Y, at least 1
 * @param coresPerRouter cores sharing one router (Loihi: 4 per tile), at least 1
 */
public record NeuroMeshSpec(int columns, int rows, int coresPerRouter) {

    /** Validates the mesh. */
    public NeuroMeshSpec {
        if (columns < 1 || rows < 1 || coresPerRouter < 1) {
            throw new IllegalArgumentException("mesh columns, rows and cores_per_router must be >= 1");
        }
        if ((long) columns * rows * coresPerRouter > 1 << 24) {
            throw new IllegalArgumentException("a mesh of more than 2^24 cores is not supported");
        }
    }

    /** Cores on the chip. */
    public int cores() {
        return columns * rows * coresPerRouter;
    }

    /** Routers on the chip. */
    public int routers() {
        return columns * rows;
    }
}
