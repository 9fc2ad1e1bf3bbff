// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.eval;

/**
 * Whether one level of a machine (a buffer, the DSP budget, the DDR) accepts a mapping, and why
 * not: Timeloop's {@code EvalStatus {success, fail_reason}}.
 *
 * @param level the level or resource, such as {@code dsp}, {@code bram} or {@code weight buffer}
 * @param success whether the level accepts the mapping
 * @param reason why it does not, with the numbers (needed versus available); empty on success
 */
public record EvalStatus(String level, boolean success, String reason) {

    /** Validates the fields. */
    public EvalStatus {
        if (level == null || level.isBlank()) {
            throw new IllegalArgumentException("a status needs a level");
        }
        if (reason == null || success != reason.isEmpty()) {
            throw new IllegalArgumentException("a failed status needs a reason and a success none");
        }
    }

    /** {@code level} accepts the mapping. */
    public static EvalStatus ok(String level) {
        return new EvalStatus(level, true, "");
    }

    /** {@code level} refuses the mapping because of {@code reason}. */
    public static EvalStatus fail(String level, String reason) {
        return new EvalStatus(level, false, reason);
    }

    /** {@code level: reason}, or {@code level: ok}. */
    @Override
    public String toString() {
        return level + ": " + (success ? "ok" : reason);
    }
}
