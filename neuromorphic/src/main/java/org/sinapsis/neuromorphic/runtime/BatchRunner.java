// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sinapsis.isa.arch.ModelVariant;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.neuromorphic.chip.ChipCounters;
import org.sinapsis.neuromorphic.chip.NeuroChip;
import org.sinapsis.neuromorphic.process.RateEncoder;
import org.sinapsis.networks.reference.Tensor;

/**
 * Classifies a batch of examples on a chip: each example is rate-coded
 * ({@link RateEncoder}), presented for {@code ticks} ticks from a reset chip, and its class is
 * the output with the most spikes, ties broken by the higher membrane potential and then by the
 * lower output index (the host reads spike counts; Loihi also exposes potentials through probes).
 * The class is also read at earlier checkpoints of the same run, which gives accuracy versus
 * timesteps from one simulation.
 *
 * <p>Examples are split into contiguous slices, one chip instance per thread; per-example
 * results and event counts are merged in example order, so everything (chip time included) is
 * identical for any thread count.
 */
public final class BatchRunner {
    private BatchRunner() {
    }

    /**
     * What a batch did.
     *
     * @param checkpoints the ticks after which classes were read (ascending; the last is the run length)
     * @param predictions {@code predictions[c][n]}: the class of example {@code n} after {@code checkpoints[c]} ticks
     * @param outputSpikes {@code outputSpikes[n][i]}: spikes of output {@code i} for example {@code n} over the run
     * @param exampleSeconds chip time of each example
     * @param counters the chip's events over every example (elapsed time summed in example order)
     */
    public record Classification(int[] checkpoints, int[][] predictions, long[][] outputSpikes,
            double[] exampleSeconds, ChipCounters counters) {
    }

    /**
     * Runs every example of {@code inputs} (one channel per value of an example).
     *
     * @param checkpoints ticks after which to read the class, each in [1, ticks]; {@code ticks}
     *     itself is always read
     * @param threads worker threads, at least 1
     * @param observer watches every tick of every example; only allowed with one thread
     */
    public static Classification classify(NeuroChipSpec spec, ChipConfig config, ModelVariant variant, Tensor inputs,
            int ticks, int[] checkpoints, long seed, int threads, TickObserver observer) {
        if (ticks < 1) {
            throw new IllegalArgumentException("ticks must be >= 1, got " + ticks);
        }
        if (inputs.exampleSize() != config.input().channels()) {
            throw new IllegalArgumentException("examples have " + inputs.exampleSize() + " values; the chip has "
                    + config.input().channels() + " input channels");
        }
        if (threads < 1 || observer != TickObserver.NONE && threads != 1) {
            throw new IllegalArgumentException("threads must be >= 1, and 1 with an observer");
        }
        int[] cps = checkpointsWith(checkpoints, ticks);
        int examples = inputs.batch();
        int[][] predictions = new int[cps.length][examples];
        long[][] spikes = new long[examples][config.output().outputs()];
        double[] seconds = new double[examples];
        int slices = Math.min(threads, examples);
        List<ChipCounters> parts = new ArrayList<>();
        if (slices == 1) {
            parts.add(runSlice(spec, config, variant, inputs, ticks, cps, seed, 0, examples, predictions, spikes,
                    seconds, observer));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(slices, r -> {
                Thread t = new Thread(r, "sinapsis-chip");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ChipCounters>> futures = new ArrayList<>();
                for (int s = 0; s < slices; s++) {
                    int from = (int) ((long) examples * s / slices);
                    int to = (int) ((long) examples * (s + 1) / slices);
                    futures.add(pool.submit(() -> runSlice(spec, config, variant, inputs, ticks, cps, seed, from, to,
                            predictions, spikes, seconds, TickObserver.NONE)));
                }
                for (Future<ChipCounters> f : futures) {
                    parts.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        ChipCounters total = new ChipCounters();
        for (ChipCounters c : parts) {
            total.add(c);
        }
        double elapsed = 0;
        for (double s : seconds) {
            elapsed += s;
        }
        total.elapsedSeconds = elapsed;
        return new Classification(cps, predictions, spikes, seconds, total);
    }

    private static ChipCounters runSlice(NeuroChipSpec spec, ChipConfig config, ModelVariant variant, Tensor inputs,
            int ticks, int[] cps, long seed, int from, int to, int[][] predictions, long[][] spikes, double[] seconds,
            TickObserver observer) {
        NeuroChip chip = new NeuroChip(spec, config, variant, seed);
        int channels = inputs.exampleSize();
        int outputs = config.output().outputs();
        InputEncoding encoding = config.encoding();
        double offset = 0;
        for (int n = from; n < to; n++) {
            chip.reset(n);
            RateEncoder encoder = new RateEncoder(inputs.data(), n * channels, channels, encoding, config.encoderPhase(),
                    seed, n);
            int done = 0;
            double exampleSeconds = 0;
            for (int c = 0; c < cps.length; c++) {
                double s = TickRuntime.run(chip, encoder, done, cps[c] - done, observer, offset + exampleSeconds);
                exampleSeconds += s;
                done = cps[c];
                predictions[c][n] = argmax(chip, outputs);
            }
            for (int i = 0; i < outputs; i++) {
                spikes[n][i] = chip.outputSpikes(i);
            }
            seconds[n] = exampleSeconds;
            offset += exampleSeconds;
        }
        return chip.counters();
    }

    /** The class read from the chip's outputs now: most spikes, then highest potential, then lowest index. */
    public static int argmax(NeuroChip chip, int outputs) {
        int best = 0;
        for (int i = 1; i < outputs; i++) {
            long a = chip.outputSpikes(i);
            long b = chip.outputSpikes(best);
            if (a > b || a == b && chip.outputPotential(i) > chip.outputPotential(best)) {
                best = i;
            }
        }
        return best;
    }

    private static int[] checkpointsWith(int[] checkpoints, int ticks) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        for (int c : checkpoints) {
            if (c < 1 || c > ticks) {
                throw new IllegalArgumentException("checkpoint " + c + " is outside [1, " + ticks + "]");
            }
            set.add(c);
        }
        set.add(ticks);
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
