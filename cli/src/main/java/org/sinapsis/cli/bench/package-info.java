// SPDX-License-Identifier: Apache-2.0
/**
 * {@code sinapsis bench}: macro benchmarks that show the speed and memory targets of each issue
 * on this host. Benchmarks are found with {@link java.util.ServiceLoader}.
 */
package org.sinapsis.cli.bench;
