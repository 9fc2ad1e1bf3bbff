// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TPU's performance counters for one run (the paper's 106 counters, the ones this model has):
 * instruction and unit activity, bytes moved, and the matrix unit's useful work.
 *
 * @param cycles cycles of the run
 * @param instructions instructions issued
 * @param matrixInstructions MatrixMultiply and Convolve instructions
 * @param syncs sync instructions
 * @param mxuActiveCycles cycles the matrix unit computed
 * @param macs useful multiply-accumulates (tile rows x tile columns x input rows)
 * @param weightTiles weight tiles fetched
 * @param weightBytes bytes read from weight memory
 * @param hostBytesIn bytes the host sent (inputs and configuration blocks)
 * @param hostBytesOut bytes sent back to the host
 * @param ubReadBytes Unified Buffer bytes read
 * @param ubWriteBytes Unified Buffer bytes written
 * @param accumulatorReadBytes accumulator bytes read (by Activate, and by accumulating matrix instructions)
 * @param accumulatorWriteBytes accumulator bytes written
 * @param activationElements elements through the activation unit
 * @param weightDmaBusyCycles cycles the weight memory link was busy
 * @param hostDmaBusyCycles cycles the host link was busy
 * @param activationBusyCycles cycles the activation unit was busy
 */
public record TpuCounters(long cycles, long instructions, long matrixInstructions, long syncs, long mxuActiveCycles,
        long macs, long weightTiles, long weightBytes, long hostBytesIn, long hostBytesOut, long ubReadBytes,
        long ubWriteBytes, long accumulatorReadBytes, long accumulatorWriteBytes, long activationElements,
        long weightDmaBusyCycles, long hostDmaBusyCycles, long activationBusyCycles) {

    /** The counters by name, in declaration order, for reports. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("cycles", cycles);
        m.put("instructions", instructions);
        m.put("matrix_instructions", matrixInstructions);
        m.put("syncs", syncs);
        m.put("mxu_active_cycles", mxuActiveCycles);
        m.put("macs", macs);
        m.put("weight_tiles", weightTiles);
        m.put("weight_bytes", weightBytes);
        m.put("host_bytes_in", hostBytesIn);
        m.put("host_bytes_out", hostBytesOut);
        m.put("ub_read_bytes", ubReadBytes);
        m.put("ub_write_bytes", ubWriteBytes);
        m.put("accumulator_read_bytes", accumulatorReadBytes);
        m.put("accumulator_write_bytes", accumulatorWriteBytes);
        m.put("activation_elements", activationElements);
        m.put("weight_dma_busy_cycles", weightDmaBusyCycles);
        m.put("host_dma_busy_cycles", hostDmaBusyCycles);
        m.put("activation_busy_cycles", activationBusyCycles);
        return m;
    }
}
