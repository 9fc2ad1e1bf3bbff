// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.zoo;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sinapsis.networks.ir.Network;

/**
 * One network of the {@link Zoo}: its name, a one-line summary, the batch it runs at unless the
 * user asks for another, and how to build it.
 *
 * @param name lower-case words joined by dashes ({@code fashion-cnn}); the built network carries
 *     the same name
 * @param summary one line for listings, such as {@code sinapsis zoo list}
 * @param defaultBatch examples per inference call when none is given; at least 1
 * @param factory builds a fresh, immutable network on every call
 */
public record ZooEntry(String name, String summary, int defaultBatch, Supplier<Network> factory) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Validates the name, summary and batch. */
    public ZooEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(factory, "factory");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("zoo names are lower-case words joined by dashes, got '" + name + "'");
        }
        if (summary.isBlank()) {
            throw new IllegalArgumentException("zoo entry '" + name + "' needs a summary");
        }
        if (defaultBatch < 1) {
            throw new IllegalArgumentException("zoo entry '" + name + "' needs a default batch >= 1, got "
                    + defaultBatch);
        }
    }

    /** Builds the network (a new instance on every call; networks are immutable). */
    public Network network() {
        return factory.get();
    }
}
