// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

/**
 * One figure of a benchmark.
 *
 * @param metric what was measured ({@code fp32 Dense 200x2000x2000, 2 threads})
 * @param value the figure
 * @param unit its unit ({@code GFLOP/s}, {@code s}, {@code MiB})
 * @param note how it was taken or what it is checked against ({@code best of 3; target < 20 s})
 */
public record BenchmarkMeasurement(String metric, double value, String unit, String note) {
}
