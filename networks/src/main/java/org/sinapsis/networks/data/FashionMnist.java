// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where Fashion-MNIST (Xiao, Rasul, Vollgraf, "Fashion-MNIST: a Novel Image Dataset for
 * Benchmarking Machine Learning Algorithms", arXiv:1708.07747, 2017) is installed: 60,000
 * training and 10,000 test images of 28x28 grey pixels in 10 classes, in MNIST's IDX format.
 *
 * <p>Debian's package {@code dataset-fashion-mnist} installs the four gzip files in
 * {@value #DEBIAN_DIRECTORY}; {@link #locate()} looks there, then asks {@code dpkg -L} where the
 * package put them. A user can always name another directory (with {@code --data DIR} in the
 * CLI); plain MNIST in the same layout works the same way.
 */
public final class FashionMnist {
    /** Where {@code dataset-fashion-mnist} installs the files. */
    public static final String DEBIAN_DIRECTORY = "/usr/share/datasets/fashion-mnist";
    /** The data set's name in reports. */
    public static final String NAME = "fashion-mnist";
    /** How to install the files, for messages. */
    public static final String INSTALL_HINT = "apt-get install dataset-fashion-mnist";
    /** The class names, by label (Xiao et al. 2017, Table 1). */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final String PACKAGE = "dataset-fashion-mnist";
    private static final long DPKG_TIMEOUT_SECONDS = 10;

    private FashionMnist() {
    }

    /**
     * The installed Fashion-MNIST files: {@value #DEBIAN_DIRECTORY} when it holds all four, else
     * the directory {@code dpkg -L dataset-fashion-mnist} lists them in, else empty.
     */
    public static Optional<MnistFiles> locate() {
        Path debian = Path.of(DEBIAN_DIRECTORY);
        if (MnistFiles.presentIn(debian)) {
            return Optional.of(MnistFiles.in(NAME, debian, DEBIAN_DIRECTORY));
        }
        return dpkgDirectory().filter(MnistFiles::presentIn).map(d -> MnistFiles.in(NAME, d, "dpkg -L " + PACKAGE));
    }

    /** The one line to show when the files are not installed. */
    public static String missingMessage() {
        return "Fashion-MNIST is not installed (looked in " + DEBIAN_DIRECTORY + " and 'dpkg -L " + PACKAGE
                + "'); install it with '" + INSTALL_HINT + "' or give --data DIR";
    }

    /** The directory of {@code train-images-idx3-ubyte.gz} in {@code dpkg -L}'s listing, if dpkg runs and lists it. */
    private static Optional<Path> dpkgDirectory() {
        try {
            Process p = new ProcessBuilder("dpkg", "-L", PACKAGE).redirectErrorStream(true).start();
            String listing;
            try (InputStream in = p.getInputStream()) {
                listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(DPKG_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return Optional.empty();
            }
            return listing.lines().filter(l -> l.endsWith("/train-images-idx3-ubyte.gz")).findFirst()
                    .map(l -> Path.of(l).getParent());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
