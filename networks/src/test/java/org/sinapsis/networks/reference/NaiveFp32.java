// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/**
 * Textbook loop implementations of each layer in double precision, written independently of the
 * executors (no im2col, no GEMM, no shared helpers), as the oracle of the fp32 tests.
 */
final class NaiveFp32 {
    private NaiveFp32() {
    }

    static double[] dense(float[] x, int rows, int in, float[] w, float[] b, int units) {
        double[] y = new double[rows * units];
        for (int r = 0; r < rows; r++) {
            for (int u = 0; u < units; u++) {
                double s = b == null ? 0 : b[u];
                for (int f = 0; f < in; f++) {
                    s += (double) x[r * in + f] * w[f * units + u];
                }
                y[r * units + u] = s;
            }
        }
        return y;
    }

    static double[] conv(float[] x, int batch, int c, int h, int wd, float[] w, float[] b, int m, int kh, int kw,
            int sh, int sw, int ph, int pw, int groups) {
        int p = (h + 2 * ph - kh) / sh + 1;
        int q = (wd + 2 * pw - kw) / sw + 1;
        int cg = c / groups;
        int mg = m / groups;
        double[] y = new double[batch * m * p * q];
        for (int n = 0; n < batch; n++) {
            for (int oc = 0; oc < m; oc++) {
                int g = oc / mg;
                for (int oy = 0; oy < p; oy++) {
                    for (int ox = 0; ox < q; ox++) {
                        double s = b == null ? 0 : b[oc];
                        for (int ic = 0; ic < cg; ic++) {
                            for (int r = 0; r < kh; r++) {
                                for (int t = 0; t < kw; t++) {
                                    int iy = oy * sh - ph + r;
                                    int ix = ox * sw - pw + t;
                                    if (iy < 0 || iy >= h || ix < 0 || ix >= wd) {
                                        continue;
                                    }
                                    double xv = x[((n * c + g * cg + ic) * h + iy) * wd + ix];
                                    double wv = w[((oc * cg + ic) * kh + r) * kw + t];
                                    s += xv * wv;
                                }
                            }
                        }
                        y[((n * m + oc) * p + oy) * q + ox] = s;
                    }
                }
            }
        }
        return y;
    }

    static double[] pool(float[] x, int batch, int c, int h, int wd, int kh, int kw, int sh, int sw, int ph, int pw,
            boolean max) {
        int p = (h + 2 * ph - kh) / sh + 1;
        int q = (wd + 2 * pw - kw) / sw + 1;
        double[] y = new double[batch * c * p * q];
        for (int n = 0; n < batch; n++) {
            for (int ch = 0; ch < c; ch++) {
                for (int oy = 0; oy < p; oy++) {
                    for (int ox = 0; ox < q; ox++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int count = 0;
                        for (int r = 0; r < kh; r++) {
                            for (int t = 0; t < kw; t++) {
                                int iy = oy * sh - ph + r;
                                int ix = ox * sw - pw + t;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= wd) {
                                    continue;
                                }
                                double v = x[((n * c + ch) * h + iy) * wd + ix];
                                acc = max ? Math.max(acc, v) : acc + v;
                                count++;
                            }
                        }
                        y[((n * c + ch) * p + oy) * q + ox] = max ? acc : acc / count;
                    }
                }
            }
        }
        return y;
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** LSTM over {@code [batch, T, F]}; returns {@code [batch, T, H]} or {@code [batch, H]}. */
    static double[] lstm(float[] x, int batch, int steps, int f, int units, float[] kernel, float[] rec, float[] bias,
            boolean sequences) {
        int hh = units;
        double[] out = new double[sequences ? batch * steps * hh : batch * hh];
        for (int n = 0; n < batch; n++) {
            double[] h = new double[hh];
            double[] c = new double[hh];
            for (int t = 0; t < steps; t++) {
                double[] z = new double[4 * hh];
                for (int j = 0; j < 4 * hh; j++) {
                    double s = bias[j];
                    for (int k = 0; k < f; k++) {
                        s += x[(n * steps + t) * f + k] * (double) kernel[k * 4 * hh + j];
                    }
                    for (int k = 0; k < hh; k++) {
                        s += h[k] * rec[k * 4 * hh + j];
                    }
                    z[j] = s;
                }
                for (int j = 0; j < hh; j++) {
                    double i = sigmoid(z[j]);
                    double fg = sigmoid(z[hh + j]);
                    double g = Math.tanh(z[2 * hh + j]);
                    double o = sigmoid(z[3 * hh + j]);
                    c[j] = fg * c[j] + i * g;
                    h[j] = o * Math.tanh(c[j]);
                }
                if (sequences) {
                    System.arraycopy(h, 0, out, (n * steps + t) * hh, hh);
                }
            }
            if (!sequences) {
                System.arraycopy(h, 0, out, n * hh, hh);
            }
        }
        return out;
    }

    /** GRU (reset after) over {@code [batch, T, F]}; returns {@code [batch, T, H]} or {@code [batch, H]}. */
    static double[] gru(float[] x, int batch, int steps, int f, int units, float[] kernel, float[] rec, float[] bias,
            float[] recBias, boolean sequences) {
        int hh = units;
        double[] out = new double[sequences ? batch * steps * hh : batch * hh];
        for (int n = 0; n < batch; n++) {
            double[] h = new double[hh];
            for (int t = 0; t < steps; t++) {
                double[] a = new double[3 * hh];
                double[] b = new double[3 * hh];
                for (int j = 0; j < 3 * hh; j++) {
                    double sa = bias[j];
                    for (int k = 0; k < f; k++) {
                        sa += x[(n * steps + t) * f + k] * (double) kernel[k * 3 * hh + j];
                    }
                    double sb = recBias[j];
                    for (int k = 0; k < hh; k++) {
                        sb += h[k] * rec[k * 3 * hh + j];
                    }
                    a[j] = sa;
                    b[j] = sb;
                }
                double[] next = new double[hh];
                for (int j = 0; j < hh; j++) {
                    double z = sigmoid(a[j] + b[j]);
                    double r = sigmoid(a[hh + j] + b[hh + j]);
                    double nn = Math.tanh(a[2 * hh + j] + r * b[2 * hh + j]);
                    next[j] = (1 - z) * nn + z * h[j];
                }
                h = next;
                if (sequences) {
                    System.arraycopy(h, 0, out, (n * steps + t) * hh, hh);
                }
            }
            if (!sequences) {
                System.arraycopy(h, 0, out, n * hh, hh);
            }
        }
        return out;
    }
}
