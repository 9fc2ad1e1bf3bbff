// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.GpuSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * A modelled GPU ({@code gpu-k80}, {@code gpu-p100}): the network's layers through
 * {@link GpuRooflineModel}, shapes only (no functional execution, so {@code referenceMatch} is
 * {@code not-checked} and there is no accuracy).
 *
 * <p>Reported: cycles = the sum of the layers' roofline cycles; latency = cycles / clock;
 * throughput = batch / latency (layers and batches do not overlap); peak = {@code 2 U f};
 * stall cycles {@code dram} = the cycles memory-bound layers spend beyond their compute. Energy:
 * the model counts {@code die.leak_cycle} and {@code die.busy_cycle} once per modelled cycle (the
 * die is busy for the whole batch) and the spec's energy table prices them, so energy = busy
 * power x latency. The trace has one span per layer, in core cycles, with its MACs, DRAM bytes
 * and which roof bound it.
 */
final class RooflineGpuTarget implements Target {
    private final GpuSpec spec;
    private final GpuRooflineModel model;

    RooflineGpuTarget(GpuSpec spec) {
        this.spec = spec;
        this.model = new GpuRooflineModel(spec);
    }

    @Override
    public GpuSpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Precision defaultPrecision() {
        return Precision.FP32;
    }

    @Override
    public RunResult run(RunRequest request) {
        Precision precision = request.precisionFor(this, List.of(Precision.FP32), "models fp32 arithmetic only");
        long start = System.nanoTime();
        Network network = request.workload().network();
        int batch = request.workload().batch();
        List<LayerRoofline> layers = model.evaluate(network, batch);
        long cycles = 0;
        long stalls = 0;
        long macs = 0;
        for (LayerRoofline l : layers) {
            cycles = Math.addExact(cycles, l.cycles());
            stalls += l.dramStallCycles();
            macs += l.macs();
        }
        cycles = Math.max(1, cycles);
        trace(request, layers);
        ActionCounts counts = ActionCounts.builder().add("die", "leak_cycle", cycles).add("die", "busy_cycle", cycles)
                .build();
        EnergyBreakdown energy = EnergyCalculator.estimate(counts, EnergyTables.builtIn(spec.energyTable()));
        Map<String, Long> stallCycles = new LinkedHashMap<>();
        stallCycles.put("dram", stalls);
        return RunResult.builder(spec.name(), spec.targetKind(), false, network.name(), batch, precision)
                .device(spec.description())
                .clockHz(spec.clockHz())
                .cycles(cycles)
                .latencySeconds(cycles / spec.clockHz())
                .macs(macs)
                .peakOpsPerSecond(spec.peakFp32OpsPerSecond())
                .energy(energy.totalJoules(), energy.source())
                .energyBreakdownJoules(energy.byComponentJoules())
                .stallCycles(stallCycles)
                .hostSeconds((System.nanoTime() - start) / 1e9)
                .build();
    }

    private void trace(RunRequest request, List<LayerRoofline> layers) {
        try (TraceSink sink = request.trace().open(TimeBase.cycles(Math.round(spec.clockHz())))) {
            if (!sink.enabled()) {
                return;
            }
            Track track = new Track(spec.name(), "kernels");
            long tick = 0;
            for (LayerRoofline l : layers) {
                sink.accept(new Span(track, l.node(), l.memoryBound() ? "memory-bound" : "compute-bound", tick,
                        l.cycles(), TraceArgs.empty().with("kind", l.kind()).with("macs", l.macs())
                                .with("vectorOps", l.vectorOps()).with("dramBytes", l.dramBytes())
                                .with("computeCycles", l.computeCycles()).with("memoryCycles", l.memoryCycles())));
                tick += l.cycles();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
    }
}
