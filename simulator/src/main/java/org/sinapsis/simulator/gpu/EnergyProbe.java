// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.io.IOException;

/** Measures the energy a device uses between {@link #start()} and {@link #stopJoules()}. */
interface EnergyProbe {

    /** How results cite the figure: {@code measured:rapl}, {@code measured:nvidia-smi}. */
    String source();

    /** Starts measuring. */
    void start() throws IOException;

    /**
     * Stops measuring.
     *
     * @return joules used since {@link #start()}
     * @throws IOException when the meter could not be read or gave too few readings
     */
    double stopJoules() throws IOException;
}
