// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import org.sinapsis.isa.arch.NeuroMeshSpec;

/**
 * Positions and routes on a chip's 2-D mesh (dimension-order routing, X then Y, as TrueNorth's
 * and Loihi's routers do). Core {@code c} is at router {@code c / coresPerRouter}, router
 * {@code r} at {@code (r % columns, r / columns)}. A link is identified by its source router and
 * direction: {@code link = router x 4 + direction} with directions {@link #EAST}, {@link #WEST},
 * {@link #NORTH} (increasing y) and {@link #SOUTH}.
 */
public final class ChipGeometry {
    /** Link direction towards larger x. */
    public static final int EAST = 0;
    /** Link direction towards smaller x. */
    public static final int WEST = 1;
    /** Link direction towards larger y. */
    public static final int NORTH = 2;
    /** Link direction towards smaller y. */
    public static final int SOUTH = 3;

    private final NeuroMeshSpec mesh;

    /** The geometry of {@code mesh}. */
    public ChipGeometry(NeuroMeshSpec mesh) {
        this.mesh = mesh;
    }

    /** The mesh. */
    public NeuroMeshSpec mesh() {
        return mesh;
    }

    /** Router of core {@code core}. */
    public int router(int core) {
        return core / mesh.coresPerRouter();
    }

    /** X of a router. */
    public int x(int router) {
        return router % mesh.columns();
    }

    /** Y of a router. */
    public int y(int router) {
        return router / mesh.columns();
    }

    /** The router at {@code (x, y)}. */
    public int routerAt(int x, int y) {
        return y * mesh.columns() + x;
    }

    /** Horizontal hops from core {@code from} to core {@code to}. */
    public int hopsX(int from, int to) {
        return Math.abs(x(router(from)) - x(router(to)));
    }

    /** Vertical hops from core {@code from} to core {@code to}. */
    public int hopsY(int from, int to) {
        return Math.abs(y(router(from)) - y(router(to)));
    }

    /** Router-to-router hops from core {@code from} to core {@code to} (0 within a router). */
    public int hops(int from, int to) {
        return hopsX(from, to) + hopsY(from, to);
    }

    /** Links in the mesh ({@code routers x 4}, some on the edge unused). */
    public int links() {
        return mesh.routers() * 4;
    }

    /**
     * The links a spike from core {@code from} to core {@code to} crosses, X first then Y, written
     * to {@code out}; returns how many.
     */
    public int path(int from, int to, int[] out) {
        int r = router(from);
        int x = x(r);
        int y = y(r);
        int tx = x(router(to));
        int ty = y(router(to));
        int n = 0;
        while (x != tx) {
            int dir = tx > x ? EAST : WEST;
            out[n++] = routerAt(x, y) * 4 + dir;
            x += tx > x ? 1 : -1;
        }
        while (y != ty) {
            int dir = ty > y ? NORTH : SOUTH;
            out[n++] = routerAt(x, y) * 4 + dir;
            y += ty > y ? 1 : -1;
        }
        return n;
    }

    /** {@code x,y>dir} for a link, as traces and reports name it ({@code 3,4>E}). */
    public String linkName(int link) {
        int r = link / 4;
        return x(r) + "," + y(r) + ">" + "EWNS".charAt(link % 4);
    }
}
