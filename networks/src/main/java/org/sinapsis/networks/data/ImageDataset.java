// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.util.Map;
import java.util.Objects;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Tensor;

/**
 * Grey images with class labels, kept as the bytes of the IDX files (a 60,000-image set takes
 * 47 MB, not the 188 MB of floats) and turned into fp32 tensors batch by batch.
 *
 * <p>Pixel scaling: a pixel byte {@code v} in [0, 255] becomes {@code v / 255f} in [0, 1] (one
 * float division, so every value is exact to the float rounding and the same on every
 * platform); there is no mean or standard-deviation normalization. Images become tensors of
 * shape {@code [1, height, width]} (one channel, as the zoo's Fashion-MNIST networks take them).
 *
 * <p>The arrays are not copied: a data set shares them with the reader that made it, and nothing
 * writes to them.
 *
 * @param name what the examples are, for reports ({@code fashion-mnist train})
 * @param height image rows
 * @param width image columns
 * @param classes number of classes; every label is in {@code [0, classes)}
 * @param pixels {@code size * height * width} bytes, image after image, row-major
 * @param labels one class per image
 */
public record ImageDataset(String name, int height, int width, int classes, byte[] pixels, byte[] labels) {

    /** Checks that the arrays agree and every label is a class. */
    public ImageDataset {
        Objects.requireNonNull(name, "name");
        if (height < 1 || width < 1 || classes < 2) {
            throw new IllegalArgumentException("an image data set needs images of at least 1x1 and at least 2"
                    + " classes, got " + height + "x" + width + " and " + classes);
        }
        if (labels.length == 0 || (long) labels.length * height * width != pixels.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + pixels.length + " pixel bytes of "
                    + height + "x" + width + " images");
        }
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw new IllegalArgumentException("label " + i + " is " + (labels[i] & 0xFF) + ", not below "
                        + classes);
            }
        }
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** The per-image tensor shape, {@code [1, height, width]}. */
    public TensorShape imageShape() {
        return TensorShape.of(1, height, width);
    }

    /** The class of image {@code i}. */
    public int label(int i) {
        return labels[i] & 0xFF;
    }

    /** Images {@code [from, from + count)} as one fp32 batch, scaled to [0, 1]. */
    public Tensor images(int from, int count) {
        checkRange(from, count);
        int e = height * width;
        float[] data = new float[count * e];
        for (int i = 0; i < data.length; i++) {
            data[i] = (pixels[from * e + i] & 0xFF) / 255f;
        }
        return new Tensor(count, imageShape(), data);
    }

    /**
     * Writes image {@code index}, scaled to [0, 1], into {@code out} at {@code offset}
     * ({@code height * width} floats).
     */
    public void copyImage(int index, float[] out, int offset) {
        int e = height * width;
        int src = index * e;
        for (int i = 0; i < e; i++) {
            out[offset + i] = (pixels[src + i] & 0xFF) / 255f;
        }
    }

    /** The labels of images {@code [from, from + count)}. */
    public int[] labels(int from, int count) {
        checkRange(from, count);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = labels[from + i] & 0xFF;
        }
        return out;
    }

    /** A new data set of images {@code [from, from + count)} (arrays copied), named {@code name}. */
    public ImageDataset slice(String sliceName, int from, int count) {
        checkRange(from, count);
        int e = height * width;
        byte[] p = new byte[count * e];
        System.arraycopy(pixels, from * e, p, 0, p.length);
        byte[] l = new byte[count];
        System.arraycopy(labels, from, l, 0, count);
        return new ImageDataset(sliceName, height, width, classes, p, l);
    }

    /**
     * Whether {@code network} classifies these images: one input of shape {@code [1, height,
     * width]} and one output node of {@code classes} scores.
     */
    public boolean fits(Network network) {
        if (network.inputs().size() != 1 || network.outputs().size() != 1) {
            return false;
        }
        Node out = network.outputs().get(0);
        return network.inputs().get(0).outputShape().equals(imageShape())
                && out.outputShape().rank() == 1 && out.outputShape().last() == classes;
    }

    /**
     * Images {@code [from, from + count)} with their labels, as the samples a functional target
     * scores (the input named {@code inputName}).
     */
    public LabelledSamples samples(String inputName, int from, int count) {
        String what = from == 0 && count == size() ? "all " + count : from == 0 ? "first " + count + " of " + size()
                : "images " + from + " to " + (from + count - 1) + " of " + size();
        return new LabelledSamples(name + " (" + what + ")", Map.of(inputName, images(from, count)),
                labels(from, count));
    }

    private void checkRange(int from, int count) {
        if (from < 0 || count < 1 || from + count > size()) {
            throw new IndexOutOfBoundsException("images [" + from + ", " + (from + count) + ") of a set of " + size());
        }
    }

    /** {@code ImageDataset[fashion-mnist train, 60000 images 28x28, 10 classes]}. */
    @Override
    public String toString() {
        return "ImageDataset[" + name + ", " + size() + " images " + height + "x" + width + ", " + classes
                + " classes]";
    }
}
