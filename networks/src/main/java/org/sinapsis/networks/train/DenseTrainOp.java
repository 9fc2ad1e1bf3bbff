// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Node;

/**
 * Dense {@code Y = X W + b} over the last dimension, every leading position one row of X.
 *
 * <p>Backward: {@code dW += X^T dY}, {@code db += sum over rows of dY}, {@code dX += dY W^T}.
 * All three are EJML products (W^T is made once per step in {@link #prepare}). The forward
 * product is {@code CommonOps_FDRM.mult}, as in the fp32 reference executor, so every output is
 * the same sum in the same order and the two agree bit for bit.
 */
final class DenseTrainOp implements TrainOp {
    private final int features;
    private final int units;
    private final int rowsPerExample;
    private final boolean bias;
    private FMatrixRMaj weight;
    private FMatrixRMaj weightTransposed;
    private float[] biasValues;

    DenseTrainOp(Node node) {
        Dense dense = (Dense) node.layer();
        features = node.inputShapes().get(0).last();
        units = dense.units();
        rowsPerExample = (int) (node.inputShapes().get(0).elements() / features);
        bias = dense.bias();
    }

    @Override
    public void prepare(float[][] parameters) {
        weight = FMatrixRMaj.wrap(features, units, parameters[0]);
        weightTransposed = CommonOps_FDRM.transpose(weight, weightTransposed);
        biasValues = bias ? parameters[1] : null;
    }

    @Override
    public float[] forward(float[][] inputs, int count) {
        int rows = count * rowsPerExample;
        FMatrixRMaj y = new FMatrixRMaj(rows, units);
        CommonOps_FDRM.mult(FMatrixRMaj.wrap(rows, features, inputs[0]), weight, y);
        if (biasValues != null) {
            float[] d = y.data;
            for (int r = 0; r < rows; r++) {
                for (int j = 0, o = r * units; j < units; j++) {
                    d[o + j] += biasValues[j];
                }
            }
        }
        return y.data;
    }

    @Override
    public void backward(float[][] inputs, float[] output, float[] gradOutput, int count, float[][] parameterGradients,
            float[][] inputGradients) {
        int rows = count * rowsPerExample;
        FMatrixRMaj dy = FMatrixRMaj.wrap(rows, units, gradOutput);
        CommonOps_FDRM.multAddTransA(FMatrixRMaj.wrap(rows, features, inputs[0]), dy,
                FMatrixRMaj.wrap(features, units, parameterGradients[0]));
        if (bias) {
            float[] db = parameterGradients[1];
            for (int r = 0; r < rows; r++) {
                for (int j = 0, o = r * units; j < units; j++) {
                    db[j] += gradOutput[o + j];
                }
            }
        }
        if (inputGradients[0] != null) {
            CommonOps_FDRM.multAdd(dy, weightTransposed, FMatrixRMaj.wrap(rows, features, inputGradients[0]));
        }
    }
}
