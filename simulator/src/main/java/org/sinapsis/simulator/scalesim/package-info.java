// SPDX-License-Identifier: Apache-2.0
/**
 * SCALE-Sim v2 compatibility: its layers, configuration files and reports, and a reproduction of
 * its schedule and memory model ({@link org.sinapsis.simulator.scalesim.ScaleSimSimulator}) that
 * matches its outputs on every oracle run. sinapsis's own systolic timing, which models what
 * SCALE-Sim leaves out, is {@link org.sinapsis.simulator.systolic.SystolicMachine}.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.scalesim;
