// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * {@code y = x W (+ bias)} for a fixed {@code W [k, n]}, with EJML's {@link CommonOps_FDRM#mult}.
 *
 * <p>W is cut once into column panels of at most {@value #PANEL_COLUMNS} columns and x into
 * chunks of at most {@value #CHUNK_ROWS} rows; every (chunk, panel) pair is one task. The cut
 * depends only on the sizes, and EJML computes each output element as the same sequence of float
 * operations (a dot product over k in order, which only depends on the panel's width), so the
 * result is the same for any thread count.
 */
final class Fp32Gemm {
    static final int PANEL_COLUMNS = 256;
    static final int CHUNK_ROWS = 64;

    private final int k;
    private final int n;
    private final FMatrixRMaj[] panels;

    /** @param w {@code [k, n]} row-major; copied into the panels */
    Fp32Gemm(float[] w, int k, int n) {
        this.k = k;
        this.n = n;
        int count = (n + PANEL_COLUMNS - 1) / PANEL_COLUMNS;
        panels = new FMatrixRMaj[count];
        for (int b = 0; b < count; b++) {
            int col0 = b * PANEL_COLUMNS;
            int width = Math.min(PANEL_COLUMNS, n - col0);
            FMatrixRMaj panel = new FMatrixRMaj(k, width);
            for (int p = 0; p < k; p++) {
                System.arraycopy(w, p * n + col0, panel.data, p * width, width);
            }
            panels[b] = panel;
        }
    }

    /** Output columns {@code n}. */
    int columns() {
        return n;
    }

    /**
     * {@code x [rows, k] W + bias} as a new {@code [rows, n]} array.
     *
     * @param bias {@code [n]} added to every row, or null
     */
    float[] multiply(float[] x, int rows, float[] bias, ParallelTasks tasks) {
        float[] y = new float[Math.multiplyExact(rows, n)];
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        tasks.run(chunks * panels.length, t -> {
            int chunk = t / panels.length;
            FMatrixRMaj panel = panels[t % panels.length];
            int row0 = chunk * CHUNK_ROWS;
            int count = Math.min(CHUNK_ROWS, rows - row0);
            FMatrixRMaj a;
            if (count == rows) {
                a = FMatrixRMaj.wrap(rows, k, x);
            } else {
                a = new FMatrixRMaj(count, k);
                System.arraycopy(x, row0 * k, a.data, 0, count * k);
            }
            FMatrixRMaj out = new FMatrixRMaj(count, panel.numCols);
            CommonOps_FDRM.mult(a, panel, out);
            int col0 = (t % panels.length) * PANEL_COLUMNS;
            int width = panel.numCols;
            for (int r = 0; r < count; r++) {
                int dst = (row0 + r) * n + col0;
                int src = r * width;
                if (bias == null) {
                    System.arraycopy(out.data, src, y, dst, width);
                } else {
                    for (int j = 0; j < width; j++) {
                        y[dst + j] = out.data[src + j] + bias[col0 + j];
                    }
                }
            }
        });
        return y;
    }
}
