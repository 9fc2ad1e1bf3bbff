// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sinapsis.networks.data.FashionMnist;
import org.sinapsis.networks.data.ImageDataset;
import org.sinapsis.networks.data.MnistFiles;
import org.sinapsis.networks.reference.Tensor;

/**
 * The {@code --data} choice of a command, and its data sets read at most once.
 *
 * <p>{@code --data DIR} names an MNIST-format directory (it must hold the four files);
 * {@code --data synthetic} asks for seeded random inputs and no accuracy; without the flag the
 * installed Fashion-MNIST is used when there is one ({@link FashionMnist#locate()}).
 */
final class DataSources {
    /** The {@code --data} value that asks for synthetic inputs. */
    static final String SYNTHETIC = "synthetic";
    /** Training images int8 quantization is calibrated on. */
    static final int CALIBRATION_IMAGES = 256;

    private final Optional<MnistFiles> files;
    private final boolean explicit;
    private ImageDataset train;
    private ImageDataset test;

    /**
     * @param files the MNIST-format files to use, or empty for synthetic inputs
     * @param explicit whether {@code --data} chose them (else the default applied)
     */
    DataSources(Optional<MnistFiles> files, boolean explicit) {
        this.files = files;
        this.explicit = explicit;
    }

    /**
     * Resolves a {@code --data} value (null when the flag was not given).
     *
     * @throws org.sinapsis.networks.InvalidInputException naming {@code --data} when DIR is not an
     *     MNIST-format directory
     */
    static DataSources resolve(String data) {
        if (data == null) {
            return new DataSources(FashionMnist.locate(), false);
        }
        if (data.toLowerCase(Locale.ROOT).equals(SYNTHETIC)) {
            return new DataSources(Optional.empty(), true);
        }
        Path dir = Path.of(data);
        return new DataSources(Optional.of(MnistFiles.in(dir.toString(), dir, "--data")), true);
    }

    /** The files in use, if any. */
    Optional<MnistFiles> files() {
        return files;
    }

    /** Whether the user chose with {@code --data} (else the default applied). */
    boolean explicit() {
        return explicit;
    }

    /** Whether the user asked for synthetic inputs. */
    boolean synthetic() {
        return explicit && files.isEmpty();
    }

    /** The training split, read on first use. */
    synchronized ImageDataset train() {
        if (train == null) {
            train = files.orElseThrow().train();
        }
        return train;
    }

    /** The test split, read on first use. */
    synchronized ImageDataset test() {
        if (test == null) {
            test = files.orElseThrow().test();
        }
        return test;
    }

    /** The first {@value #CALIBRATION_IMAGES} training images (or all, if fewer), for int8 calibration. */
    Tensor calibrationImages() {
        ImageDataset t = train();
        return t.images(0, Math.min(CALIBRATION_IMAGES, t.size()));
    }
}
