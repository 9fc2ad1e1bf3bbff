// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.List;

/**
 * A macro benchmark behind {@code sinapsis bench NAME}: a whole command-sized job (a simulation,
 * a search, a training epoch) timed on this host. Found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.sinapsis.cli.bench.Benchmark}), so a new benchmark is a
 * class and a line. Speed targets are shown here, never asserted in timed unit tests.
 */
public interface Benchmark {

    /** The name on the command line, lower case with dashes. */
    String name();

    /** One line on what is measured and the target it checks, if any. */
    String description();

    /**
     * Runs the benchmark and reports its figures, each with a unit. Progress may go to
     * {@code progress} (stderr); results never do.
     */
    List<BenchmarkMeasurement> run(BenchmarkContext context) throws Exception;
}
