// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.io.IOException;
import org.sinapsis.simulator.host.RaplEnergyMeter;

/**
 * Package energy from Linux powercap, for the OpenCL CPU device and the Java thread pool: the
 * processor package is the device. See {@link RaplEnergyMeter} for what it includes.
 */
final class RaplProbe implements EnergyProbe {
    private final RaplEnergyMeter meter;
    private long[] before;

    RaplProbe(RaplEnergyMeter meter) {
        this.meter = meter;
    }

    @Override
    public String source() {
        return "measured:rapl";
    }

    @Override
    public void start() throws IOException {
        before = meter.read();
    }

    @Override
    public double stopJoules() throws IOException {
        return meter.joulesBetween(before, meter.read());
    }
}
