// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one epoch did.
 *
 * @param epoch counted from 1
 * @param learningRate the learning rate used in this epoch
 * @param trainLoss mean cross-entropy (nats) over the epoch's mini-batches, each measured before
 *     its own update (running, as Keras reports it)
 * @param trainAccuracy fraction in [0, 1] of the epoch's training examples classified right,
 *     each measured before its mini-batch's update
 * @param validationLoss mean cross-entropy (nats) on the held-out examples after the epoch, or
 *     empty without a validation split
 * @param validationAccuracy fraction in [0, 1] of the held-out examples classified right after
 *     the epoch, or empty without a validation split
 * @param seconds wall time of the epoch, validation included (the only figure that varies
 *     between identical runs)
 * @param best whether this epoch's parameters are the best so far (always true without a
 *     validation split)
 */
public record EpochReport(int epoch, double learningRate, double trainLoss, double trainAccuracy,
        OptionalDouble validationLoss, OptionalDouble validationAccuracy, double seconds, boolean best) {

    /** Checks that nothing is null. */
    public EpochReport {
        Objects.requireNonNull(validationLoss, "validationLoss");
        Objects.requireNonNull(validationAccuracy, "validationAccuracy");
    }
}
