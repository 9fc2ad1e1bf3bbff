// SPDX-License-Identifier: Apache-2.0
/**
 * Trace events ({@code .event}), streaming sinks ({@code .sink}), typed report records
 * ({@code .report}) and the formats that write them ({@code .format}).
 *
 * <p>This module depends on no other sinapsis module: machines and compilers depend on it, never
 * the reverse. It must not import {@code org.sinapsis.networks}, {@code .isa}, {@code .compilers},
 * {@code .simulator}, {@code .neuromorphic} or {@code .cli}.
 */
package org.sinapsis.traces;
