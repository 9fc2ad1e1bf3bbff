// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.isa.chip.ChipGeometry;

/**
 * Places logical cores on the mesh to keep spikes short:
 * <ol>
 *   <li>cores in layer order fill a near-square block of the mesh along a serpentine
 *       (boustrophedon) path, router by router, so consecutive layers sit next to each other;</li>
 *   <li>then pairs of cores within {@value #WINDOW} places of each other along the path swap
 *       places whenever that lowers {@code sum over routes (routes(a, b) x hops(a, b))}, for up
 *       to {@value #PASSES} passes (a deterministic local search).</li>
 * </ol>
 */
final class CorePlacer {
    static final int WINDOW = 8;
    static final int PASSES = 3;

    private CorePlacer() {
    }

    /**
     * @param edges {@code {a, b, routes}} between logical cores
     * @return the physical core index of each logical core
     */
    static int[] place(int cores, List<int[]> edges, ChipGeometry geometry) {
        int[] path = serpentine(geometry, cores);
        int[] phys = new int[cores];
        for (int i = 0; i < cores; i++) {
            phys[i] = path[i];
        }
        List<List<int[]>> incident = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            incident.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            if (e[0] != e[1]) {
                incident.get(e[0]).add(e);
                incident.get(e[1]).add(e);
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean improved = false;
            for (int i = 0; i < cores; i++) {
                for (int j = i + 1; j < Math.min(cores, i + 1 + WINDOW); j++) {
                    long before = cost(incident.get(i), phys, geometry) + cost(incident.get(j), phys, geometry);
                    swap(phys, i, j);
                    long after = cost(incident.get(i), phys, geometry) + cost(incident.get(j), phys, geometry);
                    if (after < before) {
                        improved = true;
                    } else {
                        swap(phys, i, j);
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return phys;
    }

    /**
     * Physical cores in serpentine order inside a band of {@code width} router columns (rows of the
     * band alternate direction, slots within a router come together), then the rest of the mesh
     * the same way: a program of n cores fills a near-square block of about sqrt(n) routers a side.
     */
    static int[] serpentine(ChipGeometry g, int cores) {
        int cols = g.mesh().columns();
        int rows = g.mesh().rows();
        int per = g.mesh().coresPerRouter();
        int routersNeeded = (cores + per - 1) / per;
        int width = Math.max(1, Math.min(cols, (int) Math.ceil(Math.sqrt(routersNeeded))));
        if ((long) width * rows < routersNeeded) {
            width = Math.min(cols, (routersNeeded + rows - 1) / rows);
        }
        int[] order = new int[g.mesh().cores()];
        int k = 0;
        for (int x0 = 0; x0 < cols; x0 += width) {
            int w = Math.min(width, cols - x0);
            for (int y = 0; y < rows; y++) {
                for (int i = 0; i < w; i++) {
                    int x = x0 + (y % 2 == 0 ? i : w - 1 - i);
                    int router = g.routerAt(x, y);
                    for (int s = 0; s < per; s++) {
                        order[k++] = router * per + s;
                    }
                }
            }
        }
        return order;
    }

    private static long cost(List<int[]> edges, int[] phys, ChipGeometry g) {
        long c = 0;
        for (int[] e : edges) {
            c += (long) e[2] * g.hops(phys[e[0]], phys[e[1]]);
        }
        return c;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
