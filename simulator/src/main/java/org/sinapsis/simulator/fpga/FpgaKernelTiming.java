// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

/**
 * When one kernel of a program ran on the machine.
 *
 * @param node the kernel's node
 * @param startCycle its first cycle
 * @param endCycle the cycle after its last store (its element-wise work excluded)
 * @param computeCycles cycles the PE array was busy
 * @param macs its multiply-accumulates
 */
public record FpgaKernelTiming(String node, long startCycle, long endCycle, long computeCycles, long macs) {
}
