// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.Kernel;

/**
 * Measures a device's attainable fp32 peak: every work-item runs {@link #iterations} rounds of
 * eight independent multiply-add chains ({@code x = x * m + c}, 16 flops per round), then
 * stores their sum so no chain is dead code. The chains are independent so a GPU's pipelines stay
 * full; a GPU-style benchmark (on a CPU OpenCL driver such as PoCL the loop keeps the work-items
 * from being vectorized, so it reports the scalar peak there).
 */
final class PeakFlopsKernel extends Kernel {
    /** Rounds per work-item. */
    int iterations;
    /** One value per work-item, so the compiler keeps the chains. */
    float[] sink;

    PeakFlopsKernel(float[] sink, int iterations) {
        this.sink = sink;
        this.iterations = iterations;
    }

    @Override
    public void run() {
        int i = getGlobalId(0);
        float m = 0.999f;
        float c = 1e-3f * (i & 7);
        float x0 = i;
        float x1 = x0 + 1f;
        float x2 = x0 + 2f;
        float x3 = x0 + 3f;
        float x4 = x0 + 4f;
        float x5 = x0 + 5f;
        float x6 = x0 + 6f;
        float x7 = x0 + 7f;
        for (int r = 0; r < iterations; r++) {
            x0 = mad(x0, m, c);
            x1 = mad(x1, m, c);
            x2 = mad(x2, m, c);
            x3 = mad(x3, m, c);
            x4 = mad(x4, m, c);
            x5 = mad(x5, m, c);
            x6 = mad(x6, m, c);
            x7 = mad(x7, m, c);
        }
        sink[i] = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7;
    }
}
