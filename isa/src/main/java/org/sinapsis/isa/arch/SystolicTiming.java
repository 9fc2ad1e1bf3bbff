// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/** How a generic systolic array's time is modelled (see {@link SystolicArraySpec}). */
public enum SystolicTiming {
    /**
     * SCALE-Sim v2's model, cycle for cycle: every fold fills and drains the array on its own,
     * nothing overlaps between folds or layers, and SRAM reads never stall when the DRAM
     * bandwidth is left to be estimated.
     */
    SCALE_SIM,
    /**
     * sinapsis's model of what SCALE-Sim leaves out: the next fold's stationary operand is
     * preloaded through a second register set while the current fold computes (double buffering),
     * a fold's fill overlaps the previous fold's drain, DRAM traffic is limited by the spec's
     * bandwidth, and consecutive layers follow each other without a gap.
     */
    OVERLAPPED
}
