// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.io.OutputStream;

/** Output streams for sink tests. */
final class TestStreams {
    private TestStreams() {
    }

    /** Counts bytes and keeps none. */
    static final class Counting extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Fails every write with an {@link IOException} ("disk full"); records whether it was closed. */
    static final class Failing extends OutputStream {
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
