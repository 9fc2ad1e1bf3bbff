// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs a fixed list of independent tasks, on the caller's thread or on a private fork-join pool.
 *
 * <p>Executors split every layer into tasks whose boundaries depend only on the layer's sizes,
 * never on the thread count, and every task writes its own part of the output. The thread count
 * therefore changes only which thread runs a task, never what a task computes, so results are
 * identical for any number of threads. The pool's workers are daemon threads that exit after
 * the pool's idle timeout, so an executor needs no closing.
 *
 * <p>Public so that the trainer ({@code org.sinapsis.networks.train}) splits its work the same
 * way; a task must not run tasks of its own on the same instance.
 */
public final class ParallelTasks {
    private final int threads;
    private final ForkJoinPool pool;

    /**
     * @param threads how many threads run tasks; 1 runs everything on the calling thread
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public ParallelTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** The number of threads tasks run on. */
    public int threads() {
        return threads;
    }

    /** Runs {@code task.accept(i)} for every {@code i} in {@code [0, taskCount)} and waits for all. */
    public void run(int taskCount, IntConsumer task) {
        if (pool == null || taskCount <= 1) {
            for (int i = 0; i < taskCount; i++) {
                task.accept(i);
            }
            return;
        }
        pool.invoke(new Range(task, 0, taskCount));
    }

    /** Splits a task range in halves until single tasks remain. */
    private static final class Range extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient IntConsumer task;
        private final int from;
        private final int to;

        Range(IntConsumer task, int from, int to) {
            this.task = task;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                task.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(task, from, mid), new Range(task, mid, to));
        }
    }
}
