// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code sinapsis} command (picocli): {@link org.sinapsis.cli.Main} and one class per
 * subcommand, the workload every target of a command runs ({@code WorkloadFactory}: trained
 * weights, test images, calibration), result files, and the one-line error contract of
 * {@code ErrorHandler} (exit codes in {@link org.sinapsis.cli.ExitCodes}). The only module that
 * wires compilers, machines and targets together; {@code wiring} registers the targets and
 * {@code bench} holds the macro benchmarks.
 */
package org.sinapsis.cli;
