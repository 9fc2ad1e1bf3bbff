// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

/** How a run's outputs compare with the reference executor's. */
public enum ReferenceMatch {
    /** Bit for bit equal (int8 machines against the int8 reference; the reference itself). */
    EXACT("exact"),
    /** Equal within the target's stated tolerance. */
    WITHIN_TOLERANCE("within-tolerance"),
    /** Outside the tolerance: a bug or a real precision loss; the run says which outputs. */
    MISMATCH("mismatch"),
    /** No comparison was made (shape-only run, or functional execution off). */
    NOT_CHECKED("not-checked");

    private final String label;

    ReferenceMatch(String label) {
        this.label = label;
    }

    /** The spelling in results: {@code exact}, {@code within-tolerance}, ... */
    public String label() {
        return label;
    }
}
