// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/**
 * Conv2D by im2col and EJML: for every example, group and chunk of at most {@value #CHUNK_PIXELS}
 * output pixels (one task each), {@code out [M/G, pixels] = W_g [M/G, K] cols [K, pixels]}, plus
 * the bias. Chunks depend only on the sizes, so results do not depend on the thread count.
 */
final class Fp32Conv implements Fp32Op {
    static final int CHUNK_PIXELS = 256;

    private final ConvGeometry geometry;
    private final TensorShape outputShape;
    private final FMatrixRMaj[] filtersByGroup;
    private final float[] bias;

    Fp32Conv(Node node, NetworkParameters parameters) {
        geometry = ConvGeometry.of(node);
        outputShape = node.outputShape();
        float[] w = parameters.view(node.name(), "weight");
        int mg = geometry.outChannelsPerGroup();
        int k = geometry.patchSize();
        filtersByGroup = new FMatrixRMaj[geometry.groups()];
        for (int g = 0; g < filtersByGroup.length; g++) {
            FMatrixRMaj f = new FMatrixRMaj(mg, k);
            System.arraycopy(w, g * mg * k, f.data, 0, mg * k);
            filtersByGroup[g] = f;
        }
        bias = ((Conv2D) node.layer()).bias() ? parameters.view(node.name(), "bias") : null;
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        Tensor x = inputs[0];
        ConvGeometry geo = geometry;
        int pq = geo.outPixels();
        int mg = geo.outChannelsPerGroup();
        int groups = geo.groups();
        int chunks = (pq + CHUNK_PIXELS - 1) / CHUNK_PIXELS;
        float[] y = new float[Math.multiplyExact(x.batch(), geo.outChannels() * pq)];
        tasks.run(x.batch() * groups * chunks, t -> {
            int n = t / (groups * chunks);
            int g = t / chunks % groups;
            int pixel0 = t % chunks * CHUNK_PIXELS;
            int count = Math.min(CHUNK_PIXELS, pq - pixel0);
            FMatrixRMaj cols = new FMatrixRMaj(geo.patchSize(), count);
            geo.gatherColumns(x.data(), n * geo.inputSize(), g, pixel0, count, cols.data);
            FMatrixRMaj out = new FMatrixRMaj(mg, count);
            CommonOps_FDRM.mult(filtersByGroup[g], cols, out);
            for (int m = 0; m < mg; m++) {
                int channel = g * mg + m;
                float b = bias == null ? 0f : bias[channel];
                int dst = (n * geo.outChannels() + channel) * pq + pixel0;
                for (int j = 0; j < count; j++) {
                    y[dst + j] = out.data[m * count + j] + b;
                }
            }
        });
        return new Tensor(x.batch(), outputShape, y);
    }
}
