// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

/**
 * The network does not fit the target, or no legal mapping exists: the message names the
 * resource that overflows or the layer that cannot be mapped. The CLI exits with code 3.
 */
public class InfeasibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String resource;

    /**
     * @param target the target's name
     * @param resource what overflows or is missing, such as {@code unified buffer} or {@code layer 'emb' (Embedding)}
     * @param detail the numbers: needed versus available, or why the layer cannot be mapped
     */
    public InfeasibleException(String target, String resource, String detail) {
        super("target '" + target + "': " + resource + ": " + detail);
        this.resource = resource;
    }

    /** The resource that overflows or the layer that cannot be mapped. */
    public String resource() {
        return resource;
    }
}
