// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.List;
import java.util.Objects;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * The outcome of {@link Trainer#train}.
 *
 * @param parameters the parameters of the best epoch (highest validation accuracy, the earliest
 *     on ties), or of the last epoch without a validation split
 * @param epochs one report per epoch trained, in order
 * @param bestEpoch the epoch {@code parameters} come from, counted from 1
 * @param stoppedEarly whether early stopping ended training before the configured epochs
 * @param trainingExamples examples trained on per epoch
 * @param validationExamples examples held out for validation
 */
public record TrainingResult(NetworkParameters parameters, List<EpochReport> epochs, int bestEpoch,
        boolean stoppedEarly, int trainingExamples, int validationExamples) {

    /** Copies the list. */
    public TrainingResult {
        Objects.requireNonNull(parameters, "parameters");
        epochs = List.copyOf(epochs);
    }

    /** The report of {@link #bestEpoch()}. */
    public EpochReport best() {
        return epochs.get(bestEpoch - 1);
    }
}
