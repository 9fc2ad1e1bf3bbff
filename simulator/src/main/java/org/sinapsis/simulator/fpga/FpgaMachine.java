// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaResourceEstimate;
import org.sinapsis.isa.program.FpgaResources;
import org.sinapsis.isa.program.FpgaVectorOp;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * The cycle-approximate FPGA machine: runs an {@link FpgaProgram} (compiled or hand-written) on a
 * spec. Kernels run one after another (each reads the previous one's outputs from DDR), every
 * kernel through {@link FpgaKernelSimulation}, and each kernel's element-wise work after it on the
 * element-wise unit ({@code vectorLatency + ceil(ops / vectorLanes)} cycles per layer).
 *
 * <p>Before running, the program's design is checked against the device
 * ({@link #resources(FpgaProgram)}): a datapath the device lacks, a fixed array of another shape,
 * or a design that takes more DSPs, block RAM, LUTs or registers than the device has is refused
 * with an {@link InfeasibleException} naming the resource.
 *
 * <p>Not modelled: the host and PCIe, DDR traffic of element-wise layers (assumed fused into the
 * neighbouring kernel's transfers), overlap between layers, reconfiguration.
 */
public final class FpgaMachine {
    /** Track of the kernels (one span per layer). */
    static final Track LAYERS = new Track("fpga", "layers");

    private final FpgaSpec spec;

    /** A machine of {@code spec}. */
    public FpgaMachine(FpgaSpec spec) {
        this.spec = spec;
    }

    /**
     * The resources of {@code program}'s design on this machine's device.
     *
     * @throws InfeasibleException when the device has no datapath for the program's precision or
     *     its array is fixed at another shape
     */
    public FpgaResourceEstimate resources(FpgaProgram program) {
        FpgaDatapath datapath = spec.datapath(program.precision()).orElseThrow(() -> new InfeasibleException(
                spec.name(), "datapath", "the device offers no " + program.precision().label() + " array (it offers "
                        + String.join(", ", spec.precisions().stream().map(p -> p.label()).toList()) + ")"));
        if (spec.fixedTm().isPresent() && (program.tm() != spec.fixedTm().getAsInt()
                || program.tn() != spec.fixedTn().getAsInt())) {
            throw new InfeasibleException(spec.name(), "array", "the program's Tm x Tn = " + program.tm() + " x "
                    + program.tn() + " but the array is fixed at " + spec.fixedTm().getAsInt() + " x "
                    + spec.fixedTn().getAsInt());
        }
        return FpgaResources.estimate(spec, datapath, program.tm(), program.tn(), program.buffers(),
                program.doubleBuffered());
    }

    /**
     * Checks the design and runs the program once (one batch), streaming spans to {@code sink}
     * (cycle ticks).
     *
     * @throws InfeasibleException when the design does not fit the device; the message names the
     *     first resource that overflows, with the numbers
     */
    public FpgaRunTiming run(FpgaProgram program, TraceSink sink) {
        FpgaResourceEstimate estimate = resources(program);
        for (EvalStatus s : estimate.statuses(spec)) {
            if (!s.success()) {
                throw new InfeasibleException(spec.name(), s.level(), s.reason());
            }
        }
        FpgaDatapath datapath = spec.datapath(program.precision()).orElseThrow();
        ActionCounts.Builder actions = ActionCounts.builder();
        List<FpgaKernelTiming> kernels = new ArrayList<>();
        long t = vector(program.leadingOps(), 0, sink, actions);
        long vectorCycles = t;
        long compute = 0;
        long ddrStall = 0;
        long gateMath = 0;
        for (FpgaKernel k : program.kernels()) {
            FpgaTileGeometry g = new FpgaTileGeometry(spec, datapath, k.shape(), program.tiling(k));
            FpgaKernelSimulation.Result r = FpgaKernelSimulation.run(g, t, k.doubleBuffered(), sink, k.node(), actions);
            if (sink.enabled()) {
                sink.accept(new Span(LAYERS, k.node(), "layer", t, r.endCycle() - t, TraceArgs.empty()
                        .with("layer", k.layer()).with("macs", k.shape().macs())));
            }
            kernels.add(new FpgaKernelTiming(k.node(), t, r.endCycle(), r.computeCycles(), k.shape().macs()));
            compute += r.computeCycles();
            ddrStall += r.ddrStallCycles();
            gateMath += r.gateMathCycles();
            long end = vector(k.vectorOps(), r.endCycle(), sink, actions);
            vectorCycles += end - r.endCycle();
            t = end;
        }
        actions.add(FpgaActions.STATIC_CYCLE, t);
        Map<String, Long> stalls = new LinkedHashMap<>();
        stalls.put("ddr", ddrStall);
        if (gateMath > 0) {
            stalls.put("gate-math", gateMath);
        }
        stalls.put("vector", vectorCycles);
        return new FpgaRunTiming(t, compute, stalls, actions.build(), kernels);
    }

    private long vector(List<FpgaVectorOp> ops, long start, TraceSink sink, ActionCounts.Builder actions) {
        long t = start;
        for (FpgaVectorOp op : ops) {
            if (op.elementOps() == 0) {
                continue;
            }
            long cycles = spec.vectorLatencyCycles() + (op.elementOps() + spec.vectorLanes() - 1) / spec.vectorLanes();
            if (sink.enabled()) {
                sink.accept(new Span(FpgaKernelSimulation.VECTOR, op.node(), "vector", t, cycles, TraceArgs.empty()
                        .with("operation", op.operation()).with("ops", op.elementOps())));
            }
            actions.add(FpgaActions.VECTOR_OP, op.elementOps());
            t += cycles;
        }
        return t;
    }
}
