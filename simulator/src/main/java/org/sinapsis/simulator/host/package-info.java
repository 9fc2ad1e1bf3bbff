// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code cpu} target: the fp32 reference executor measured on this host with real wall time
 * (warm-up, then the median of timed runs), and package energy from Linux powercap (RAPL) where
 * the host exposes it.
 *
 * <p>Must not import {@code org.sinapsis.compilers}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.simulator.host;
