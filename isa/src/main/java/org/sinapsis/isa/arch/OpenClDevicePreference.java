// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * Which device the measured {@code gpu} target runs its kernels on. YAML: {@code best},
 * {@code gpu}, {@code cpu}, {@code java-thread-pool}.
 */
public enum OpenClDevicePreference {
    /**
     * The best OpenCL GPU where one exists, else the best OpenCL CPU device (PoCL), else
     * Aparapi's Java thread pool; the run reports which one ran.
     */
    BEST,
    /** An OpenCL GPU, or the run fails. */
    GPU,
    /** An OpenCL CPU device (PoCL, Intel or AMD CPU runtimes), or the run fails. */
    CPU,
    /**
     * Aparapi's Java thread pool (the kernel's Java bytecode on a pool of JVM threads): for tests
     * and hosts without OpenCL; never a GPU measurement.
     */
    JAVA_THREAD_POOL
}
