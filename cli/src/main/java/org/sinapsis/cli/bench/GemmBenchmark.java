// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_MT_FDRM;
import org.sinapsis.isa.arch.OpenClDevicePreference;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.data.SyntheticInputs;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;
import org.sinapsis.simulator.gpu.aparapi.AparapiNetworkRunner;
import org.sinapsis.simulator.gpu.aparapi.DevicePeak;
import org.sinapsis.simulator.gpu.aparapi.ExecutionDevice;
import org.sinapsis.simulator.gpu.aparapi.ExecutionDevices;

/**
 * The GPU path's tiled GEMM against EJML's multithreaded matrix multiply, fp32, 1024 x 1024 x
 * 1024: the Aparapi kernel as the {@code gpu} target runs it (a Dense layer without bias at batch
 * 1024, the GEMM launch's wall time; the copies in and out are not counted) on the OpenCL CPU
 * device (PoCL), and {@code CommonOps_MT_FDRM.mult} on every hardware thread of the same host.
 * Repetitions alternate between the two, so a busy host slows both alike; the best of each is
 * reported (GFLOP/s = 2 n^3 / seconds). Target: the Aparapi GEMM at least matches EJML. Where an
 * OpenCL GPU exists its GEMM is measured too, with the GPU's measured fp32 peak
 * ({@link DevicePeak}) and the GEMM's fraction of it.
 */
public final class GemmBenchmark implements Benchmark {
    private static final int N = 1024;

    @Override
    public String name() {
        return "gemm";
    }

    @Override
    public String description() {
        return "Aparapi tiled GEMM 1024^3 fp32 on the OpenCL CPU device (PoCL) vs EJML's multithreaded multiply; "
                + "target: Aparapi >= EJML";
    }

    @Override
    public List<BenchmarkMeasurement> run(BenchmarkContext context) {
        Network net = Network.builder("gemm " + N).input("a", N).add("c", new Dense(N, false)).build();
        NetworkParameters weights = NetworkParameters.initialize(net, 1);
        Map<String, Tensor> a = SyntheticInputs.generate(net, N, 2);
        FMatrixRMaj ma = FMatrixRMaj.wrap(N, N, a.get("a").data());
        FMatrixRMaj mb = FMatrixRMaj.wrap(N, N, weights.get("c", "weight"));
        FMatrixRMaj mc = new FMatrixRMaj(N, N);
        double flop = 2.0 * N * N * N;
        List<BenchmarkMeasurement> out = new ArrayList<>();
        double ejmlBest = Double.MAX_VALUE;
        double cpuBest = Double.MAX_VALUE;
        String cpuLabel = null;
        try {
            ExecutionDevice cpu = ExecutionDevices.select(OpenClDevicePreference.CPU, "gpu");
            cpuLabel = cpu.label();
            try (AparapiNetworkRunner runner = AparapiNetworkRunner.compile(net, weights, N, cpu, "gpu")) {
                context.progress().println("bench gemm: compiling the kernel for " + cpu.name() + " ...");
                context.progress().flush();
                runner.stage(a);
                runner.run();
                check(runner, ma, mb, mc);
                CommonOps_MT_FDRM.mult(ma, mb, mc);
                for (int i = 0; i < context.repeats(); i++) {
                    cpuBest = Math.min(cpuBest, gemmSeconds(runner));
                    ejmlBest = Math.min(ejmlBest, ejmlSeconds(ma, mb, mc));
                }
            }
        } catch (InfeasibleException e) {
            context.progress().println("bench gemm: " + e.getMessage());
            CommonOps_MT_FDRM.mult(ma, mb, mc);
            for (int i = 0; i < context.repeats(); i++) {
                ejmlBest = Math.min(ejmlBest, ejmlSeconds(ma, mb, mc));
            }
        }
        String note = "best of " + context.repeats() + ", alternating, after a warm-up";
        out.add(new BenchmarkMeasurement("EJML CommonOps_MT_FDRM.mult " + N + "^3 fp32, "
                + Runtime.getRuntime().availableProcessors() + " threads", flop / ejmlBest / 1e9, "GFLOP/s", note));
        if (cpuLabel != null) {
            double gflops = flop / cpuBest / 1e9;
            out.add(new BenchmarkMeasurement("Aparapi GEMM " + N + "^3 fp32 on " + cpuLabel, gflops, "GFLOP/s",
                    note));
            out.add(new BenchmarkMeasurement("Aparapi / EJML", ejmlBest / cpuBest, "x", String.format(Locale.ROOT,
                    "target >= 1: %s", ejmlBest / cpuBest >= 1 ? "met" : "NOT met")));
        }
        ExecutionDevices.bestGpu().ifPresent(gpu -> out.addAll(gpuGemm(context, net, weights, a, gpu, flop)));
        return out;
    }

    /** The GEMM on an OpenCL GPU, the GPU's measured fp32 peak, and the GEMM's fraction of it. */
    private static List<BenchmarkMeasurement> gpuGemm(BenchmarkContext context, Network net,
            NetworkParameters weights, Map<String, Tensor> a, ExecutionDevice gpu, double flop) {
        try (AparapiNetworkRunner runner = AparapiNetworkRunner.compile(net, weights, N, gpu, "gpu")) {
            context.progress().println("bench gemm: compiling the kernel for " + gpu.name() + " ...");
            context.progress().flush();
            runner.stage(a);
            runner.run();
            double best = Double.MAX_VALUE;
            for (int i = 0; i < context.repeats(); i++) {
                best = Math.min(best, gemmSeconds(runner));
            }
            double gemm = flop / best;
            double peak = DevicePeak.measureOpsPerSecond(gpu, context.repeats());
            String note = "best of " + context.repeats() + " after a warm-up";
            return List.of(new BenchmarkMeasurement("Aparapi GEMM " + N + "^3 fp32 on " + gpu.label(), gemm / 1e9,
                    "GFLOP/s", note),
                    new BenchmarkMeasurement("measured fp32 peak of " + gpu.name() + " (independent multiply-add "
                            + "chains)", peak / 1e9, "GFLOP/s", note),
                    new BenchmarkMeasurement("Aparapi GEMM / measured peak on " + gpu.name(), 100 * gemm / peak, "%",
                            "fraction of the device's measured peak"));
        }
    }

    /** The GEMM launch's wall time in seconds (Aparapi's execute returns when the kernel is done). */
    private static double gemmSeconds(AparapiNetworkRunner runner) {
        long[] nanos = {0};
        runner.runTimed((node, label, start, duration) -> {
            if (label.startsWith("gemm")) {
                nanos[0] += duration;
            }
        });
        return nanos[0] / 1e9;
    }

    private static double ejmlSeconds(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        long t0 = System.nanoTime();
        CommonOps_MT_FDRM.mult(a, b, c);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Both products agree (normwise relative error below 1e-5), so the race compares like with like. */
    private static void check(AparapiNetworkRunner runner, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_MT_FDRM.mult(a, b, c);
        float[] gpu = runner.outputs().get("c").data();
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < gpu.length; i++) {
            diff = Math.max(diff, Math.abs(gpu[i] - c.data[i]));
            scale = Math.max(scale, Math.abs(c.data[i]));
        }
        if (diff > 1e-5 * scale) {
            throw new IllegalStateException("the Aparapi GEMM and EJML differ by " + diff / scale + " (normwise)");
        }
    }
}
