// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.program.FpgaLayerKind;
import org.sinapsis.traces.event.Span;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.event.Track;
import org.sinapsis.traces.sink.TraceSink;

/**
 * Runs one kernel on the cycle-approximate machine: the resident-weight load (when the layer keeps
 * its weights on chip and the spec does not pin them at deployment), then the passes of
 * {@link FpgaTilePipeline} back to back for every instance, and for a recurrent layer every step
 * followed by its gate math on the element-wise unit (the next step's input depends on it). The
 * steps of a recurrent layer are identical, so without tracing one step is simulated and
 * repeated.
 */
final class FpgaKernelSimulation {
    /** Track of the element-wise unit. */
    static final Track VECTOR = new Track("fpga", "vector-unit");

    /** What the kernel took. */
    record Result(long endCycle, long computeCycles, long ddrStallCycles, long gateMathCycles) {
    }

    private FpgaKernelSimulation() {
    }

    /** Runs the kernel from {@code start}, adding its actions (static cycles excluded) to {@code actions}. */
    static Result run(FpgaTileGeometry g, long start, boolean doubleBuffered, TraceSink sink, String kernel,
            ActionCounts.Builder actions) {
        long t = start;
        long readBytes = 0;
        long writeBytes = 0;
        long compute = 0;
        if (g.loadsResidentWeights()) {
            for (int group = 0; group < g.shape.groups(); group++) {
                for (int m = 0; m < g.mTiles.length; m++) {
                    for (int n = 0; n < g.nTiles.length; n++) {
                        long bytes = g.weightBytes(m, n);
                        long end = t + g.transferCycles(bytes);
                        if (sink.enabled()) {
                            sink.accept(new Span(FpgaTilePipeline.DDR, "load resident weights", "dma", t, end - t,
                                    TraceArgs.empty().with("kernel", kernel).with("bytes", bytes)));
                        }
                        t = end;
                        readBytes += bytes;
                    }
                }
            }
        }
        long residentLoad = t - start;
        boolean recurrent = g.shape.kind() == FpgaLayerKind.RECURRENT;
        long gateOps = recurrent ? (long) g.shape.outRows() * g.shape.outChannels() : 0;
        long vector = recurrent ? g.spec.vectorLatencyCycles()
                + (gateOps + g.spec.vectorLanes() - 1) / g.spec.vectorLanes() : 0;
        long passes = (long) g.instances() * g.shape.timesteps();
        boolean repeat = recurrent && !sink.enabled();
        long simulated = repeat ? 1 : passes;
        long passCycles = 0;
        for (long p = 0; p < simulated; p++) {
            FpgaTilePipeline.Pass pass = FpgaTilePipeline.run(g, t, doubleBuffered, sink, kernel);
            passCycles += pass.endCycle() - t;
            t = pass.endCycle();
            compute += pass.computeCycles();
            readBytes += pass.ddrReadBytes();
            writeBytes += pass.ddrWriteBytes();
            if (recurrent) {
                if (sink.enabled()) {
                    sink.accept(new Span(VECTOR, "gate math", "vector", t, vector, TraceArgs.empty()
                            .with("kernel", kernel).with("ops", gateOps)));
                }
                t += vector;
                long store = g.transferCycles(g.passOutputBytes());
                if (sink.enabled() && store > 0) {
                    sink.accept(new Span(FpgaTilePipeline.DDR, "store hidden state", "dma", t, store, TraceArgs.empty()
                            .with("kernel", kernel).with("bytes", g.passOutputBytes())));
                }
                t += store;
                writeBytes += g.passOutputBytes();
            }
        }
        if (repeat) {
            long perPass = passCycles;
            long passCompute = compute;
            long passRead = readBytes - (residentLoad > 0 ? g.shape.groups() * g.allWeightBytes() : 0);
            long passWrite = writeBytes;
            t += (passes - 1) * (perPass + vector + g.transferCycles(g.passOutputBytes()));
            compute += (passes - 1) * passCompute;
            readBytes += (passes - 1) * passRead;
            writeBytes += (passes - 1) * passWrite;
            passCycles = passes * perPass;
        }
        FpgaActions.addComputeTraffic(actions, g);
        FpgaActions.addTransfers(actions, readBytes, writeBytes);
        actions.add(FpgaActions.VECTOR_OP, g.shape.timesteps() * gateOps);
        long gateMath = g.shape.timesteps() * (vector + g.transferCycles(g.passOutputBytes()));
        return new Result(t, compute, passCycles - compute + residentLoad, gateMath);
    }
}
