// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the Java heap while a benchmark runs: the most heap in use, sampled every 5 ms
 * (live data and garbage not yet collected: what {@code -Xmx} must hold), and the most heap in
 * use right after a garbage collection (close to the live data). Also reads the process's peak
 * resident set, whole JVM included (Linux only).
 */
final class HeapMonitor implements AutoCloseable {
    private static final double MIB = 1024.0 * 1024.0;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMonitor() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        sampler = new Thread(this::sample, "heap-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects garbage, then starts watching. */
    static HeapMonitor start() {
        System.gc();
        return new HeapMonitor();
    }

    private void sample() {
        while (running) {
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most heap in use seen so far, garbage included, MiB. */
    double peakUsedMiB() {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peakUsed.get() / MIB;
    }

    /** The most heap in use right after a collection so far, MiB (0 when none ran). */
    double peakAfterCollectionMiB() {
        return peakAfterGc.get() / MIB;
    }

    /** The largest heap the JVM may use ({@code -Xmx}), MiB. */
    static double maxMiB() {
        return Runtime.getRuntime().maxMemory() / MIB;
    }

    /** The process's peak resident set so far ({@code VmHWM} of {@code /proc/self/status}), MiB, where there is one. */
    static OptionalDouble processPeakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalDouble.of(Long.parseLong(line.substring(6).replace("kB", "").strip()) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        unsubscribe.forEach(Runnable::run);
    }
}
