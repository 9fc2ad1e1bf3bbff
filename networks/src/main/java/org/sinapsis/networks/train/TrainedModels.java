// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.io.ModelFile;
import org.sinapsis.networks.io.ModelFileReader;
import org.sinapsis.networks.io.ModelFileWriter;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * Model files as {@link NetworkParameters}, and the trained models that ship with sinapsis.
 *
 * <p>Bundled models are resources {@code org/sinapsis/networks/train/models/<network>.safetensors}
 * (format on {@link ModelFileWriter}); each was produced by the {@code sinapsis train} command its
 * {@code trained_with} entry records, and that command reproduces the file byte for byte. Today:
 * {@code perceptron}, {@code fashion-mlp} and {@code fashion-cnn}, trained on Fashion-MNIST.
 */
public final class TrainedModels {
    private static final String RESOURCES = "models/";

    private TrainedModels() {
    }

    /**
     * The bundled model of the network of this name, if sinapsis ships one.
     *
     * @throws InvalidInputException when a model by that name ships but does not fit this network
     *     (a network given another's name)
     */
    public static Optional<TrainedModel> bundled(Network network) {
        String name = network.name() + ".safetensors";
        try (InputStream in = TrainedModels.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(in, "bundled model " + name, network));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model " + name, e);
        }
    }

    /**
     * Reads a model file for {@code network}.
     *
     * @throws InvalidInputException when the file is missing or unreadable, not a model file, or
     *     does not match the network (naming the layer)
     */
    public static TrainedModel read(Path file, Network network) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), network);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a model from a stream (to its end; not closed) for {@code network}.
     *
     * @param source the file name, for messages and {@link TrainedModel#source()}
     * @throws InvalidInputException as {@link ModelFileReader#read} and {@link NetworkParameters#of}
     */
    public static TrainedModel read(InputStream in, String source, Network network) {
        ModelFile file = ModelFileReader.read(in, source, network);
        NetworkParameters parameters;
        try {
            parameters = NetworkParameters.of(network, file.valuesByNode());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source, 0, e.field(), e.detail());
        }
        return new TrainedModel(source, parameters, file.info());
    }

    /**
     * Writes parameters as a model file to {@code out} (not closed).
     *
     * @param info descriptive entries for the header, in order (how the model was trained)
     */
    public static void write(NetworkParameters parameters, Map<String, String> info, OutputStream out)
            throws IOException {
        ModelFileWriter.write(parameters.network(), parameters.toMap(), info, out);
    }
}
