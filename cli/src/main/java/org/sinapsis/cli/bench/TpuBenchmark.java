// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinapsis.compilers.tpu.TpuCompilation;
import org.sinapsis.compilers.tpu.TpuCompiler;
import org.sinapsis.compilers.tpu.TpuHostIo;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.Int8Executor;
import org.sinapsis.networks.reference.Int8Result;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.QuantizationConfig;
import org.sinapsis.networks.reference.QuantizedNetwork;
import org.sinapsis.networks.reference.Quantizer;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.networks.zoo.Zoo;
import org.sinapsis.networks.zoo.ZooEntry;
import org.sinapsis.simulator.systolic.TpuMachine;
import org.sinapsis.simulator.systolic.TpuRun;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.sink.TraceSink;
import org.sinapsis.traces.sink.TraceSinks;

/**
 * The six TPU-paper workloads (MLP0, MLP1, LSTM0, LSTM1, CNN0, CNN1 at their Table 1 batch sizes)
 * compiled for {@code tpu-v1} and run on its machine with real int8 arithmetic and a Chrome trace
 * streamed to a temporary file. Target: the simulations (compile plus machine run) of all six
 * under 60 s on 2 cores, peak heap under 1 GiB with traces on (run the JVM with {@code -Xmx1g}).
 *
 * <p>Per workload, one run each: {@code simulate} (compile and machine run, trace on) is the
 * figure the target is about, with the heap's peak during it (sampled, and after collections); {@code quantize} (fp32 calibration on 2 synthetic examples, then
 * int8 parameters) and {@code reference check} (the int8 reference executor on the same inputs,
 * compared bit for bit; a mismatch fails the benchmark) are reported apart, and so is the heap's
 * peak over the whole benchmark. The fp32 parameters are dropped before the machine runs. Parameters are the zoo's seeded
 * initialization (the speed of the run does not depend on the values).
 */
public final class TpuBenchmark implements Benchmark {
    private static final List<String> WORKLOADS = List.of("mlp0", "mlp1", "lstm0", "lstm1", "cnn0", "cnn1");

    @Override
    public String name() {
        return "tpu";
    }

    @Override
    public String description() {
        return "the six TPU-paper workloads on tpu-v1 with int8 arithmetic and traces on (target < 60 s, heap < 1 GiB)";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) throws IOException, InterruptedException {
        TpuSpec spec = (TpuSpec) ArchSpecs.presets().get("tpu-v1");
        int threads = Runtime.getRuntime().availableProcessors();
        List<BenchmarkMeasurement> out = new ArrayList<>();
        double simulateTotal = 0;
        double quantizeTotal = 0;
        double referenceTotal = 0;
        double heap;
        double live;
        double simulateHeap = 0;
        double simulateLive = 0;
        Path trace = Files.createTempFile("sinapsis-bench-tpu", ".json");
        try (HeapMonitor whole = HeapMonitor.start()) {
            for (String name : WORKLOADS) {
                ZooEntry entry = Zoo.find(name).orElseThrow();
                Network net = entry.network();
                int batch = entry.defaultBatch();
                context.progress().println("bench tpu: " + name + " batch " + batch + " ...");
                context.progress().flush();
                Map<String, Tensor> inputs = SyntheticInputs.generate(net, batch, 2);
                long t0 = System.nanoTime();
                QuantizedNetwork quantized = quantize(net);
                double quantizeSeconds = (System.nanoTime() - t0) / 1e9;
                long t1;
                TpuRun run;
                Int8Result outputs;
                try (HeapMonitor simulation = HeapMonitor.start()) {
                    t1 = System.nanoTime();
                    TpuCompilation compilation = new TpuCompiler(spec).compile(net, batch, quantized);
                    try (TraceSink sink = TraceSinks.create(trace, TimeBase.cycles(Math.round(spec.clockHz())))) {
                        run = new TpuMachine(spec).run(compilation.program(), TpuHostIo.inputs(compilation, quantized,
                                inputs), threads, sink);
                    }
                    outputs = TpuHostIo.outputs(compilation, quantized, batch, run.hostOutputs());
                    simulateHeap = Math.max(simulateHeap, simulation.peakUsedMiB());
                    simulateLive = Math.max(simulateLive, simulation.peakAfterCollectionMiB());
                }
                long t2 = System.nanoTime();
                Int8Result reference = new Int8Executor(quantized, threads).run(inputs);
                long t3 = System.nanoTime();
                if (!outputs.int8Outputs().equals(reference.int8Outputs())) {
                    throw new IllegalStateException(name + ": the machine's int8 outputs differ from the reference");
                }
                double simulate = (t2 - t1) / 1e9;
                simulateTotal += simulate;
                quantizeTotal += quantizeSeconds;
                referenceTotal += (t3 - t2) / 1e9;
                double tops = 2.0 * net.macs() * batch / (run.cycles() / spec.clockHz()) / 1e12;
                out.add(new BenchmarkMeasurement(name + " batch " + batch + ": simulate", simulate, "s",
                        String.format(Locale.ROOT, "compile + machine, %d threads; %d cycles, %.1f TOPS, exact; "
                                + "trace %.1f MiB; quantize %.2f s, reference check %.2f s", threads, run.cycles(),
                                tops, Files.size(trace) / (1024.0 * 1024.0), quantizeSeconds, (t3 - t2) / 1e9)));
            }
            heap = whole.peakUsedMiB();
            live = whole.peakAfterCollectionMiB();
        } finally {
            Files.deleteIfExists(trace);
        }
        out.add(new BenchmarkMeasurement("six workloads: simulate", simulateTotal, "s", "target < 60 s on 2 cores; "
                + threads + " hardware threads here"));
        out.add(new BenchmarkMeasurement("six workloads: quantize", quantizeTotal, "s",
                "fp32 calibration on 2 examples + int8 parameters, not part of the target"));
        out.add(new BenchmarkMeasurement("six workloads: reference check", referenceTotal, "s",
                "int8 reference executor, not part of the target"));
        out.add(new BenchmarkMeasurement("simulate: peak heap", simulateHeap, "MiB", String.format(Locale.ROOT,
                "sampled during compile + machine, traces on, garbage included; -Xmx %.0f MiB; target < 1024 MiB",
                HeapMonitor.maxMiB())));
        out.add(new BenchmarkMeasurement("simulate: peak heap after a collection", simulateLive, "MiB",
                "close to the live data"));
        out.add(new BenchmarkMeasurement("whole benchmark: peak heap", heap, "MiB",
                "quantization (fp32 parameters and calibration) and reference checks included"));
        out.add(new BenchmarkMeasurement("whole benchmark: peak heap after a collection", live, "MiB",
                "close to the live data"));
        return out;
    }

    /** The int8 network; the fp32 parameters are garbage when it returns. */
    private static QuantizedNetwork quantize(Network net) {
        return Quantizer.quantize(net, NetworkParameters.initialize(net, 1), SyntheticInputs.generate(net, 2, 3),
                QuantizationConfig.defaults());
    }
}
