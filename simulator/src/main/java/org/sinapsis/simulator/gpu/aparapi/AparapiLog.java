// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Aparapi reports through {@code java.util.logging}, and says that it fell back from OpenCL to
 * Java only there. This keeps its warnings out of the console (sinapsis reports what ran in the
 * result instead) and holds the latest ones, so a run that fails can quote them.
 */
final class AparapiLog {
    private static final int KEPT = 20;
    private static final List<String> RECENT = new ArrayList<>();
    private static boolean installed;

    private AparapiLog() {
    }

    /** Routes Aparapi's log records here (once per JVM). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        Logger logger = Logger.getLogger(Config.getLoggerName());
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    keep(r.getLevel() + ": " + r.getMessage()
                            + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        installed = true;
    }

    private static synchronized void keep(String message) {
        RECENT.add(message);
        if (RECENT.size() > KEPT) {
            RECENT.remove(0);
        }
    }

    /** The warnings since the last call, oldest first, and forgets them. */
    static synchronized List<String> drain() {
        List<String> copy = List.copyOf(RECENT);
        RECENT.clear();
        return copy;
    }
}
