// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.Locale;

/** The families of targets, in the order {@code compare} lists them. */
public enum TargetKind {
    /** A general-purpose processor, measured on this host. */
    CPU,
    /** A GPU: measured through OpenCL or modelled from published figures. */
    GPU,
    /** A systolic array, TPU v1 included. */
    SYSTOLIC,
    /** An FPGA processing-element array. */
    FPGA,
    /** A spiking neuromorphic chip. */
    NEUROMORPHIC;

    /** The lower-case name used in results and on the command line: {@code cpu}, {@code systolic}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
