// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.io.PrintWriter;

/**
 * What a benchmark may use.
 *
 * @param progress where progress lines go (stderr)
 * @param repeats how many timed repetitions to take (the best or the median is reported, as each
 *     benchmark documents)
 */
public record BenchmarkContext(PrintWriter progress, int repeats) {
}
