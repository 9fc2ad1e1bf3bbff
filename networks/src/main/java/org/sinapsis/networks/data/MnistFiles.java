// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sinapsis.networks.InvalidInputException;

/**
 * The four IDX files of an MNIST-format data set (MNIST, Fashion-MNIST, KMNIST...) in one
 * directory: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with
 * {@code .gz} (the names with a dot before {@code idx}, as some mirrors spell them, work too).
 *
 * <p>Images must be {@code [count, rows, columns]} unsigned bytes and labels {@code [count]}
 * unsigned bytes in {@code [0, 10)}, the same count in both files of a split.
 *
 * @param name what the data set is called in reports ({@code fashion-mnist}, or the directory)
 * @param directory where the files are
 * @param trainImages the training images file
 * @param trainLabels the training labels file
 * @param testImages the test images file
 * @param testLabels the test labels file
 */
public record MnistFiles(String name, Path directory, Path trainImages, Path trainLabels, Path testImages,
        Path testLabels) {
    /** Classes of MNIST-format data sets. */
    public static final int CLASSES = 10;

    /** Checks that nothing is null. */
    public MnistFiles {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(trainImages, "trainImages");
        Objects.requireNonNull(trainLabels, "trainLabels");
        Objects.requireNonNull(testImages, "testImages");
        Objects.requireNonNull(testLabels, "testLabels");
    }

    /**
     * The four files in {@code directory}.
     *
     * @param name the data set's name in reports
     * @param option the flag or setting that named the directory, for error messages ({@code --data})
     * @throws InvalidInputException naming the directory and the first missing file
     */
    public static MnistFiles in(String name, Path directory, String option) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(option, 0, null, "'" + directory + "' is not a directory");
        }
        return new MnistFiles(name, directory, find(directory, "train", "images-idx3", option),
                find(directory, "train", "labels-idx1", option), find(directory, "t10k", "images-idx3", option),
                find(directory, "t10k", "labels-idx1", option));
    }

    /** Whether {@code directory} holds all four files. */
    public static boolean presentIn(Path directory) {
        for (String split : List.of("train", "t10k")) {
            for (String kind : List.of("images-idx3", "labels-idx1")) {
                if (candidate(directory, split, kind) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The training split ({@code name + " train"}), read whole. */
    public ImageDataset train() {
        return load(name + " train", trainImages, trainLabels);
    }

    /** The test split ({@code name + " test"}), read whole. */
    public ImageDataset test() {
        return load(name + " test", testImages, testLabels);
    }

    private static ImageDataset load(String setName, Path imagesFile, Path labelsFile) {
        IdxArray images = IdxReader.read(imagesFile);
        IdxArray labels = IdxReader.read(labelsFile);
        if (images.dims().size() != 3) {
            throw new InvalidInputException(imagesFile.toString(), 0, "dimensions", "images need 3 dimensions"
                    + " [count, rows, columns], the file has " + images.dims());
        }
        if (labels.dims().size() != 1) {
            throw new InvalidInputException(labelsFile.toString(), 0, "dimensions", "labels need 1 dimension"
                    + " [count], the file has " + labels.dims());
        }
        if (!labels.dims().get(0).equals(images.dims().get(0))) {
            throw new InvalidInputException(labelsFile.toString(), 0, "dimensions", labels.dims().get(0)
                    + " labels for the " + images.dims().get(0) + " images of " + imagesFile);
        }
        byte[] l = labels.values();
        for (int i = 0; i < l.length; i++) {
            if ((l[i] & 0xFF) >= CLASSES) {
                throw new InvalidInputException(labelsFile.toString(), 0, "label " + i, "class " + (l[i] & 0xFF)
                        + " is not in [0, " + CLASSES + ")");
            }
        }
        return new ImageDataset(setName, images.dims().get(1), images.dims().get(2), CLASSES, images.values(), l);
    }

    private static Path find(Path directory, String split, String kind, String option) {
        Path p = candidate(directory, split, kind);
        if (p == null) {
            throw new InvalidInputException(option, 0, null, "'" + directory + "' has no " + split + "-" + kind
                    + "-ubyte[.gz]; an MNIST-format directory holds train-images-idx3-ubyte.gz,"
                    + " train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz");
        }
        return p;
    }

    private static Path candidate(Path directory, String split, String kind) {
        String dotted = kind.replace("-idx", ".idx");
        for (String base : List.of(split + "-" + kind + "-ubyte", split + "-" + dotted + "-ubyte")) {
            for (String suffix : List.of(".gz", "")) {
                Path p = directory.resolve(base + suffix);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
