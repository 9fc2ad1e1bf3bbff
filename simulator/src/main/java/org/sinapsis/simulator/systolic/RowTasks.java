// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the rows of one functional instruction on a few threads. Rows write disjoint outputs, so
 * the result is the same for any thread count; chunks depend only on the row count.
 */
final class RowTasks implements AutoCloseable {
    /** Rows per task. */
    static final int CHUNK = 32;

    /** Work on rows {@code [from, to)}, with a per-task scratch buffer. */
    @FunctionalInterface
    interface RowRange {
        void run(int from, int to, byte[] scratch);
    }

    private final int threads;
    private final ExecutorService pool;
    private final int scratchBytes;

    /** {@code threads} workers (1 runs on the caller), each task with {@code scratchBytes} of scratch. */
    RowTasks(int threads, int scratchBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.scratchBytes = scratchBytes;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tpu-datapath");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} over rows {@code [0, rows)}. */
    void run(int rows, RowRange work) {
        int chunks = (rows + CHUNK - 1) / CHUNK;
        if (pool == null || chunks < 2) {
            work.run(0, rows, new byte[scratchBytes]);
            return;
        }
        int perTask = (chunks + threads - 1) / threads * CHUNK;
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < rows; from += perTask) {
            int start = from;
            int end = Math.min(rows, from + perTask);
            futures.add(pool.submit(() -> work.run(start, end, new byte[scratchBytes])));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
