// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicTiming;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.simulator.engine.BandwidthChannel;
import org.sinapsis.simulator.engine.Resource;
import org.sinapsis.simulator.engine.StallLedger;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * A generic systolic array ({@link SystolicArraySpec}) running a network's matrix layers, each as
 * the spec's preset mapping of its GEMM view ({@link SystolicLayerWork}); dataflows differ only in
 * their mapping. Two timings:
 * <ul>
 *   <li>{@link SystolicTiming#SCALE_SIM}: SCALE-Sim v2's schedule ({@link FoldAnalysis}): folds one
 *       after another with their own fill and drain, each layer instance starting afresh:
 *       {@code folds L} cycles per instance (L = the fold length; SCALE-Sim prints the last cycle's
 *       index, one less per layer), reads never stall. Used too when the spec gives no DRAM
 *       bandwidth.</li>
 *   <li>{@link SystolicTiming#OVERLAPPED}: what SCALE-Sim leaves out. Within an instance, folds
 *       stream back to back ({@code T} cycles each) because the next fold's stationary operand
 *       loads into a second register set while the current one computes (double buffering); one
 *       fill and drain ({@link SystolicLayerWork#fillDrainCycles()}) is paid per instance. Each SRAM
 *       has its own DRAM port of {@code dramBandwidthWordsPerCycle} words per cycle (as in
 *       SCALE-Sim's USER mode). An operand's DRAM words {@code W} are split over the folds
 *       (fold {@code f} moves {@code floor((f+1) W / folds) - floor(f W / folds)}) and move one fold ahead (double-buffered SRAMs): fold
 *       {@code f} starts at {@code max(array free, its ifmap and filter shares arrived, fold f-2's
 *       outputs written back)}; fold {@code f+1}'s reads start on their ports when fold {@code f}
 *       starts, its outputs are written when it ends. The next instance's and the next layer's
 *       first reads start as soon as their ports are free, during the previous work, so layers
 *       follow each other without a gap.</li>
 * </ul>
 * Cycles are the later of the array's last cycle and the last write-back. Every cycle the array
 * does not stream a fold row is a stall, {@code fill_drain} or {@code dram} (write-back after the
 * array finished included), so {@code cycles = computeCycles + sum of stalls}. Actions counted:
 * {@code pe.mac}, {@code ifmap_sram.read_byte}, {@code filter_sram.read_byte},
 * {@code ofmap_sram.write_byte}, {@code dram.read_byte}, {@code dram.write_byte}.
 *
 * <p>Not modelled: non-matrix layers (pooling, activations, adds: taken to run on a vector unit
 * beside the array, overlapped); SRAM capacity beyond the reuse rule of {@link SystolicLayerWork};
 * the data dependence of a layer on the previous layer's write-back; DRAM latency, banks and
 * refresh; static power.
 */
public final class SystolicMachine {
    /** The stall causes reported, in order. */
    public static final List<String> STALL_CAUSES = List.of("fill_drain", "dram");

    private static final GemmOperand[] READS = {GemmOperand.IFMAP, GemmOperand.FILTER};

    private final SystolicArraySpec spec;

    /** A machine of {@code spec}. */
    public SystolicMachine(SystolicArraySpec spec) {
        this.spec = spec;
    }

    /** Runs {@code network} for one batch of {@code batch} examples, writing spans to {@code trace}. */
    public SystolicRun run(Network network, int batch, TraceSink trace) {
        return run(SystolicLayerWork.of(network, batch, spec), trace);
    }

    /** Runs {@code layers} one after another, writing spans to {@code trace}. */
    public SystolicRun run(List<SystolicLayerWork> layers, TraceSink trace) {
        Timeline timeline = new Timeline(trace);
        ActionCounts.Builder actions = ActionCounts.builder();
        long compute = 0;
        long macs = 0;
        for (SystolicLayerWork layer : layers) {
            for (long instance = 0; instance < layer.instances(); instance++) {
                long start = timeline.array.freeAt();
                long end = overlapped() ? timeline.overlapped(layer) : start + layer.fold().folds() * layer.fold().foldCycles();
                long computeCycles = layer.fold().folds() * layer.mapping().t();
                if (!overlapped()) {
                    timeline.stalls.add("fill_drain", end - start - computeCycles);
                }
                timeline.array.occupy(start, end);
                if (trace.enabled()) {
                    trace.accept(new Span(timeline.arrayTrack, layer.name(), "compute", start, end - start,
                            TraceArgs.empty().with("folds", layer.fold().folds()).with("instance", instance)));
                }
                compute += computeCycles;
            }
            macs += layer.fold().macs() * layer.instances();
            actions.addAll(layer.actions(spec.wordBytes()));
        }
        long arrayEnd = timeline.array.freeAt();
        long end = Math.max(arrayEnd, timeline.port(GemmOperand.OFMAP).earliestStart(0));
        timeline.stalls.add("dram", end - arrayEnd);
        return new SystolicRun(end, compute, macs, timeline.stalls.cycles(), actions.build());
    }

    private boolean overlapped() {
        return spec.timing() == SystolicTiming.OVERLAPPED && spec.dramBandwidthWordsPerCycle().isPresent();
    }

    /** The array, its three DRAM ports and the stall ledger of one run. */
    private final class Timeline {
        final Resource array = new Resource("array");
        final StallLedger stalls = new StallLedger(STALL_CAUSES);
        final Track arrayTrack = new Track(spec.name(), "array");
        private final BandwidthChannel[] ports = new BandwidthChannel[GemmOperand.values().length];
        private final Track[] portTracks = new Track[GemmOperand.values().length];
        private final TraceSink trace;

        Timeline(TraceSink trace) {
            this.trace = trace;
            double bytesPerCycle = spec.dramBandwidthWordsPerCycle().orElse(1) * spec.wordBytes();
            for (GemmOperand operand : GemmOperand.values()) {
                String name = operand.name().toLowerCase(Locale.ROOT);
                ports[operand.ordinal()] = new BandwidthChannel("dram-" + name, bytesPerCycle * spec.clockHz(),
                        spec.clockHz());
                portTracks[operand.ordinal()] = new Track(spec.name(), "dram " + name);
            }
        }

        BandwidthChannel port(GemmOperand operand) {
            return ports[operand.ordinal()];
        }

        /**
         * Moves {@code operand}'s share of fold {@code f}, {@code floor((f+1) W / folds) - floor(f W / folds)}
         * words, starting no earlier than {@code ready}; returns its arrival.
         */
        long move(SystolicLayerWork layer, GemmOperand operand, long f, long ready) {
            long folds = layer.fold().folds();
            long words = layer.dramWords(operand);
            long bytes = (share(words, folds, f + 1) - share(words, folds, f)) * spec.wordBytes();
            if (bytes == 0) {
                return ready;
            }
            BandwidthChannel port = port(operand);
            long start = port.earliestStart(ready);
            long end = port.transfer(start, bytes);
            if (trace.enabled()) {
                trace.accept(new Span(portTracks[operand.ordinal()], layer.name(), "dram", start, end - start,
                        TraceArgs.empty().with("bytes", bytes)));
            }
            return end;
        }

        /** Reads of fold {@code f}, issued at {@code ready}; returns when both have arrived. */
        long reads(SystolicLayerWork layer, long f, long ready) {
            long arrived = ready;
            for (GemmOperand operand : READS) {
                arrived = Math.max(arrived, move(layer, operand, f, ready));
            }
            return arrived;
        }

        /** One instance in the overlapped timing, from the array's free cycle; returns its end. */
        long overlapped(SystolicLayerWork layer) {
            long folds = layer.fold().folds();
            long t = layer.mapping().t();
            long at = array.freeAt();
            long readsReady = reads(layer, 0, 0);
            long writtenTwoBack = 0;
            long writtenOneBack = 0;
            for (long f = 0; f < folds; f++) {
                long start = Math.max(at, Math.max(readsReady, writtenTwoBack));
                stalls.add("dram", start - at);
                if (f + 1 < folds) {
                    readsReady = reads(layer, f + 1, start);
                }
                at = start + t;
                writtenTwoBack = writtenOneBack;
                writtenOneBack = move(layer, GemmOperand.OFMAP, f, at);
            }
            stalls.add("fill_drain", layer.fillDrainCycles());
            return at + layer.fillDrainCycles();
        }
    }

    /** {@code floor(i words / folds)}, exact for any sizes. */
    private static long share(long words, long folds, long i) {
        if (Math.multiplyHigh(words, i) == 0 && words * i >= 0) {
            return words * i / folds;
        }
        return BigInteger.valueOf(words).multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(folds)).longValueExact();
    }
}
