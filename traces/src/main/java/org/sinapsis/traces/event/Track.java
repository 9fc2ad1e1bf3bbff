// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * Where an event happens: a {@code process} (a chip, array or core, e.g. {@code tpu0}) and a
 * {@code thread} inside it (a unit, e.g. {@code mxu}, {@code weight-dma}, {@code host-dma}).
 *
 * <p>Chrome trace viewers show one row per track, grouped by process: the process becomes the
 * trace-event {@code pid} and the thread the {@code tid}.
 *
 * @param process the chip, array or core; not empty
 * @param thread the unit inside {@code process}; not empty
 */
public record Track(String process, String thread) {

    /**
     * Validates the names.
     *
     * @param process the chip, array or core
     * @param thread the unit
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is empty
     */
    public Track {
        Checks.nonEmpty(process, "track process");
        Checks.nonEmpty(thread, "track thread");
    }

    /**
     * The track as {@code process/thread}, as used in error messages.
     *
     * @return {@code process + "/" + thread}
     */
    public String path() {
        return process + "/" + thread;
    }
}
