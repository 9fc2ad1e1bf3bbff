// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.ConvGeometry;

/**
 * Conv2D by im2col and EJML, example by example and group by group: with the patch matrix
 * {@code X [K, L]} of a group ({@link ConvGeometry}) and its filters {@code W_g [M/G, K]},
 * {@code Y_g = W_g X + b}.
 *
 * <p>Backward, per example and group: {@code dW_g += dY_g X^T}, {@code db += sum over pixels of
 * dY}, {@code dX = col2im(W_g^T dY_g)}. The forward product is {@code CommonOps_FDRM.mult} on
 * the same patch order as the fp32 reference executor, so the two agree bit for bit.
 */
final class ConvTrainOp implements TrainOp {
    private final ConvGeometry geometry;
    private final boolean bias;
    private final FMatrixRMaj[] filters;
    private final FMatrixRMaj[] filtersTransposed;
    private float[] biasValues;

    ConvTrainOp(Node node) {
        geometry = ConvGeometry.of(node);
        bias = ((Conv2D) node.layer()).bias();
        filters = new FMatrixRMaj[geometry.groups()];
        filtersTransposed = new FMatrixRMaj[geometry.groups()];
        for (int g = 0; g < filters.length; g++) {
            filters[g] = new FMatrixRMaj(geometry.outChannelsPerGroup(), geometry.patchSize());
            filtersTransposed[g] = new FMatrixRMaj(geometry.patchSize(), geometry.outChannelsPerGroup());
        }
    }

    @Override
    public void prepare(float[][] parameters) {
        int size = geometry.outChannelsPerGroup() * geometry.patchSize();
        for (int g = 0; g < filters.length; g++) {
            System.arraycopy(parameters[0], g * size, filters[g].data, 0, size);
            CommonOps_FDRM.transpose(filters[g], filtersTransposed[g]);
        }
        biasValues = bias ? parameters[1] : null;
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        ConvGeometry geo = geometry;
        int pixels = geo.outPixels();
        int mg = geo.outChannelsPerGroup();
        float[] y = new float[count * geo.outputSize()];
        FMatrixRMaj cols = new FMatrixRMaj(geo.patchSize(), pixels);
        FMatrixRMaj out = new FMatrixRMaj(mg, pixels);
        for (int n = 0; n < count; n++) {
            for (int g = 0; g < filters.length; g++) {
                geo.gatherColumns(inputs[0], n * geo.inputSize(), g, 0, geo.outPixels(), cols.data);
                CommonOps_FDRM.mult(filters[g], cols, out);
                for (int m = 0; m < mg; m++) {
                    int channel = g * mg + m;
                    float b = biasValues == null ? 0f : biasValues[channel];
                    int dst = (n * geo.outChannels() + channel) * pixels;
                    for (int j = 0; j < pixels; j++) {
                        y[dst + j] = out.data[m * pixels + j] + b;
                    }
                }
            }
        }
        return y;
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        ConvGeometry geo = geometry;
        int pixels = geo.outPixels();
        int mg = geo.outChannelsPerGroup();
        int k = geo.patchSize();
        FMatrixRMaj cols = new FMatrixRMaj(k, pixels);
        FMatrixRMaj colsTransposed = new FMatrixRMaj(pixels, k);
        FMatrixRMaj dy = new FMatrixRMaj(mg, pixels);
        FMatrixRMaj dCols = new FMatrixRMaj(k, pixels);
        FMatrixRMaj[] dw = new FMatrixRMaj[filters.length];
        for (int g = 0; g < dw.length; g++) {
            dw[g] = new FMatrixRMaj(mg, k);
        }
        float[] dx = inputGradients[0];
        for (int n = 0; n < count; n++) {
            for (int g = 0; g < filters.length; g++) {
                System.arraycopy(gradOutput, (n * geo.outChannels() + g * mg) * pixels, dy.data, 0, mg * pixels);
                geo.gatherColumns(inputs[0], n * geo.inputSize(), g, 0, geo.outPixels(), cols.data);
                CommonOps_FDRM.transpose(cols, colsTransposed);
                CommonOps_FDRM.multAdd(dy, colsTransposed, dw[g]);
                if (dx != null) {
                    CommonOps_FDRM.mult(filtersTransposed[g], dy, dCols);
                    geo.scatterAddColumns(dCols.data, g, dx, n * geo.inputSize());
                }
            }
        }
        float[] dWeight = parameterGradients[0];
        for (int g = 0; g < dw.length; g++) {
            float[] d = dw[g].data;
            for (int i = 0, o = g * mg * k; i < d.length; i++) {
                dWeight[o + i] += d[i];
            }
        }
        if (bias) {
            float[] db = parameterGradients[1];
            for (int n = 0; n < count; n++) {
                for (int m = 0; m < geo.outChannels(); m++) {
                    int src = (n * geo.outChannels() + m) * pixels;
                    float sum = 0f;
                    for (int j = 0; j < pixels; j++) {
                        sum += gradOutput[src + j];
                    }
                    db[m] += sum;
                }
            }
        }
    }
}
