// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.energy;

import java.util.regex.Pattern;

/**
 * What happened, once: an action of a component, such as {@code mxu.mac},
 * {@code unified_buffer.read_byte}, {@code dram.read_byte} or {@code chip.leak_cycle}. Names are
 * lower-case snake_case; the component may be dotted ({@code core.router}).
 *
 * @param component the hardware component
 * @param action the action it performed
 */
public record ActionKey(String component, String action) implements Comparable<ActionKey> {
    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates the names. */
    public ActionKey {
        if (component == null || !COMPONENT.matcher(component).matches()) {
            throw new IllegalArgumentException("component must be lower-case snake_case (dots allowed), got '"
                    + component + "'");
        }
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be lower-case snake_case, got '" + action + "'");
        }
    }

    /**
     * The generic action this one falls back to when a table has no entry for it, or null: the
     * part after the first underscore ({@code random_read} falls back to {@code read},
     * {@code read_byte} to {@code byte}), as Timeloop maps storage operations to generic ones.
     */
    public ActionKey fallback() {
        int u = action.indexOf('_');
        return u < 0 ? null : new ActionKey(component, action.substring(u + 1));
    }

    @Override
    public int compareTo(ActionKey o) {
        int c = component.compareTo(o.component);
        return c != 0 ? c : action.compareTo(o.action);
    }

    /** {@code component.action}. */
    @Override
    public String toString() {
        return component + "." + action;
    }
}
