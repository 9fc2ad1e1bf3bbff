// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.QuantizationConfig;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Quantizer;
import org.sinapsis.networks.reference.Tensor;

/**
 * What every target of one command runs: the network, its parameter values, one batch of inputs
 * for timing, and optionally labelled samples for accuracy. {@code compare} hands the same
 * workload to every target, so all rows see the same weights and data.
 *
 * <p>Parameters, inputs and samples are made on first use and then shared (thread-safe), so a
 * target that only needs shapes never pays for a 100-million-weight network's values.
 *
 * <p>Every int8 target runs {@link #quantized()}: one quantization of the parameters, calibrated
 * on {@link #calibration()} with {@link QuantizationConfig#defaults()}, so all int8 rows run the
 * same integers and each can be checked bit for bit against the int8 reference executor.
 *
 * <p>A target that executes the network functionally reports accuracy when
 * {@link #evaluation()} holds samples: it runs them all (in batches of its choosing), scores them
 * with {@link LabelledSamples#top1Accuracy} and sets the result's {@code accuracy} and
 * {@code samples}.
 */
public final class Workload {
    private final Network network;
    private final int batch;
    private final String parametersSource;
    private final Supplier<NetworkParameters> parameters;
    private final Supplier<Map<String, Tensor>> inputs;
    private final Supplier<Optional<LabelledSamples>> evaluation;
    private final Supplier<Map<String, Tensor>> calibration;
    private final Supplier<QuantizedNetwork> quantized;

    /**
     * @param network the network
     * @param batch examples per batch, at least 1
     * @param parametersSource where the weights come from, for reports ({@code random (seed 1)},
     *     or a model file)
     * @param parameters makes the parameter values; called at most once
     * @param inputs makes one batch of inputs by input node name; called at most once
     * @param evaluation makes the labelled samples for accuracy, or empty when none are asked
     *     for or available; called at most once
     * @param calibration makes the inputs int8 quantization is calibrated on (training examples
     *     where there are some); called at most once
     */
    public Workload(Network network, int batch, String parametersSource, Supplier<NetworkParameters> parameters,
            Supplier<Map<String, Tensor>> inputs, Supplier<Optional<LabelledSamples>> evaluation,
            Supplier<Map<String, Tensor>> calibration) {
        this(network, batch, parametersSource, memoize(parameters), memoize(inputs), memoize(evaluation),
                memoize(calibration), null);
    }

    /** Takes memoized suppliers; {@code quantized} null makes this workload's own. */
    private Workload(Network network, int batch, String parametersSource, Supplier<NetworkParameters> parameters,
            Supplier<Map<String, Tensor>> inputs, Supplier<Optional<LabelledSamples>> evaluation,
            Supplier<Map<String, Tensor>> calibration, Supplier<QuantizedNetwork> quantized) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        this.network = Objects.requireNonNull(network);
        this.batch = batch;
        this.parametersSource = Objects.requireNonNull(parametersSource);
        this.parameters = parameters;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.calibration = calibration;
        this.quantized = quantized != null ? quantized : memoize(() -> Quantizer.quantize(network, parameters(),
                calibration(), QuantizationConfig.defaults()));
    }

    /**
     * This workload at another batch size: the same parameters, evaluation samples, calibration
     * and int8 network (each still made at most once, whichever workload asks first), with
     * {@code inputs} making the new batch's inputs. {@code compare --batches} runs one per size.
     */
    public Workload withBatch(int batch, Supplier<Map<String, Tensor>> inputs) {
        return new Workload(network, batch, parametersSource, parameters, memoize(inputs), evaluation, calibration,
                quantized);
    }

    /** The network. */
    public Network network() {
        return network;
    }

    /** Examples per batch. */
    public int batch() {
        return batch;
    }

    /** Where the weights come from. */
    public String parametersSource() {
        return parametersSource;
    }

    /** The parameter values (made on first call). */
    public NetworkParameters parameters() {
        return parameters.get();
    }

    /** One batch of inputs by input node name (made on first call). */
    public Map<String, Tensor> inputs() {
        return inputs.get();
    }

    /** Labelled samples for accuracy (made on first call), or empty. */
    public Optional<LabelledSamples> evaluation() {
        return evaluation.get();
    }

    /** The inputs int8 quantization is calibrated on (made on first call). */
    public Map<String, Tensor> calibration() {
        return calibration.get();
    }

    /** The int8 network every int8 target runs (quantized on first call). */
    public QuantizedNetwork quantized() {
        return quantized.get();
    }

    private static <T> Supplier<T> memoize(Supplier<T> source) {
        Objects.requireNonNull(source);
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = Objects.requireNonNull(source.get());
                }
                return value;
            }
        };
    }
}
