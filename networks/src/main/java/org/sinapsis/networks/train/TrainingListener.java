// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

/**
 * Hears how training progresses, for progress bars and logs. Called on the training thread,
 * between steps; a listener must not change anything the trainer owns. Both methods do nothing
 * by default.
 */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * After every mini-batch.
     *
     * @param epoch counted from 1
     * @param examplesDone training examples of this epoch done so far
     * @param examplesInEpoch training examples per epoch
     * @param meanLoss mean cross-entropy (nats) of this epoch's examples so far
     */
    default void batchTrained(int epoch, int examplesDone, int examplesInEpoch, double meanLoss) {
    }

    /** After every epoch, validation included. */
    default void epochFinished(EpochReport report) {
    }
}
