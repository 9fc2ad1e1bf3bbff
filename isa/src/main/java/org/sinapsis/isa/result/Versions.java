// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.result;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The sinapsis version, from the build (a resource filtered by Maven). */
public final class Versions {
    private static final String VERSION = load();

    private Versions() {
    }

    /** The sinapsis version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String sinapsis() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing version.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read version.properties", e);
        }
    }
}
