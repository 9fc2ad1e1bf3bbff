// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.internal.kernel.KernelManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

/**
 * Runs a {@link GpuProgram} through one {@link NetworkKernel} on one device, with explicit
 * buffer management: the weights and the arena are created on the device once, each batch
 * writes only the input buffer and reads only the output buffer.
 *
 * <p>Never a silent fallback: after every launch the runner checks that Aparapi ran it where it
 * was asked to (OpenCL on the chosen device, or the Java thread pool when that was chosen) and
 * fails the run with Aparapi's own warnings otherwise. Global sizes are whole work-groups
 * ({@link Launch}), which also avoids the thread pool's lost work-items on ranges that are not
 * a multiple of its thread count (Syncleus/aparapi#142).
 *
 * <p>Not thread-safe: one runner per thread. {@link #close()} releases the device buffers.
 */
public final class AparapiNetworkRunner implements AutoCloseable {
    private final GpuProgram program;
    private final ExecutionDevice device;
    private final NetworkKernel kernel;
    private final float[] input;
    private final float[] output;
    private final Range[] ranges;

    /**
     * Lowers {@code network} for batches of {@code batch} examples and prepares it on
     * {@code device}; nothing runs until the first batch, whose first launch compiles the kernel
     * (seconds: keep it out of timings).
     *
     * @param target the target's name, for errors
     * @throws InfeasibleException when a layer has no kernel, or the buffers exceed the device's
     *     memory or its largest allocation
     */
    public static AparapiNetworkRunner compile(Network network, NetworkParameters parameters, int batch,
            ExecutionDevice device, String target) {
        return new AparapiNetworkRunner(GpuLowering.lower(network, parameters, batch, target), device, target);
    }

    /**
     * Prepares {@code program} on {@code device}.
     *
     * @param target the target's name, for errors
     * @throws InfeasibleException when the program's buffers exceed the device's memory or its
     *     largest allocation, or the device cannot run 64 work-items per group
     */
    AparapiNetworkRunner(GpuProgram program, ExecutionDevice device, String target) {
        checkFits(program, device, target);
        this.program = program;
        this.device = device;
        this.input = new float[Math.max(1, program.inputFloats())];
        this.output = new float[Math.max(1, program.outputFloats())];
        List<Launch> launches = program.launches();
        int[] params = new int[Math.max(1, launches.size()) * Param.COUNT_OF];
        for (int i = 0; i < launches.size(); i++) {
            System.arraycopy(launches.get(i).params(), 0, params, i * Param.COUNT_OF, Param.COUNT_OF);
        }
        this.kernel = new NetworkKernel(new float[Math.max(1, program.arenaFloats())], program.weights(), input,
                output, params);
        kernel.setExplicit(true);
        KernelManager.instance().setPreferredDevices(kernel, new LinkedHashSet<>(List.of(device.device())));
        ranges = new Range[launches.size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = range(device.device(), launches.get(i));
        }
    }

    /** The batch every run computes. */
    public int batch() {
        return program.batch();
    }


    /**
     * Writes one batch of inputs to the device (host array, then {@code put}).
     *
     * @throws InvalidInputException when an input is missing, has the wrong batch or shape, or an
     *     Embedding's token id is not an integer in its vocabulary
     */
    public void stage(Map<String, Tensor> inputs) {
        Network network = program.network();
        for (IoSlot slot : program.inputs()) {
            Tensor t = inputs.get(slot.node());
            if (t == null || t.batch() != program.batch() || !t.shape().equals(slot.shape())) {
                throw new InvalidInputException("network '" + network.name() + "'", 0, "input '" + slot.node() + "'",
                        "expected a batch of " + program.batch() + " examples of shape " + slot.shape() + ", got "
                                + (t == null ? "none" : "a batch of " + t.batch() + " of shape " + t.shape()));
            }
            checkTokenIds(network, slot.node(), t);
            System.arraycopy(t.data(), 0, input, slot.offset(), slot.values());
        }
        kernel.put(input);
    }

    /**
     * Runs every launch of one batch on the staged inputs and reads the outputs back.
     *
     * @throws IllegalStateException when Aparapi ran a launch anywhere but on the chosen device
     */
    public void run() {
        List<Launch> launches = program.launches();
        for (int i = 0; i < ranges.length; i++) {
            execute(i, launches.get(i));
        }
        kernel.get(output);
    }

    /**
     * Runs one batch launch by launch, reporting each launch's host wall time in nanoseconds
     * (Aparapi's {@code execute} returns when the kernel has finished) to {@code timer}.
     */
    public void runTimed(LaunchTimer timer) {
        List<Launch> launches = program.launches();
        for (int i = 0; i < ranges.length; i++) {
            long t0 = System.nanoTime();
            execute(i, launches.get(i));
            timer.launched(launches.get(i).node(), launches.get(i).label(), t0, System.nanoTime() - t0);
        }
        kernel.get(output);
    }

    /** Receives the wall time of each launch of a timed batch. */
    @FunctionalInterface
    public interface LaunchTimer {
        /**
         * One launch finished.
         *
         * @param node the network node it computed
         * @param label what it did ({@code gemm}, {@code max-pool}...)
         * @param startNanos {@link System#nanoTime()} before the launch
         * @param durationNanos its wall time
         */
        void launched(String node, String label, long startNanos, long durationNanos);
    }

    /** The outputs of the last batch, by output node, as new tensors. */
    public Map<String, Tensor> outputs() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (IoSlot slot : program.outputs()) {
            float[] values = new float[slot.values()];
            System.arraycopy(output, slot.offset(), values, 0, slot.values());
            out.put(slot.node(), new Tensor(program.batch(), slot.shape(), values));
        }
        return out;
    }

    /** Whether the last batch's outputs equal {@code previous}'s values bit for bit. */
    public boolean outputsEqual(float[] previous) {
        return Arrays.equals(output, previous);
    }

    /** A copy of the raw output buffer of the last batch. */
    public float[] outputSnapshot() {
        return output.clone();
    }

    @Override
    public void close() {
        kernel.dispose();
    }

    private void execute(int index, Launch launch) {
        kernel.launch = index;
        AparapiLog.drain();
        try {
            kernel.execute(ranges[index]);
        } catch (AssertionError | RuntimeException e) {
            throw fallback(launch, "Aparapi failed (" + e + ")");
        }
        Device used = kernel.getTargetDevice();
        if (device.openCl() ? !kernel.isRunningCL() || !device.device().equals(used)
                : kernel.isRunningCL() || !device.device().equals(used)) {
            throw fallback(launch, "Aparapi ran it on " + (used == null ? "no device" : used.getShortDescription()));
        }
    }

    private IllegalStateException fallback(Launch launch, String what) {
        List<String> warnings = AparapiLog.drain();
        return new IllegalStateException("launch '" + launch.label() + "' of node '" + launch.node()
                + "' was to run on " + device.label() + " but " + what + "; not accepted as a measurement"
                + (warnings.isEmpty() ? "" : "; Aparapi said: " + String.join(" | ", warnings)));
    }

    private static Range range(Device device, Launch l) {
        int[] g = l.globalSize();
        int[] s = l.localSize();
        return Range.create3D(device, g[0], g[1], g[2], s[0], s[1], s[2]);
    }

    private static void checkFits(GpuProgram program, ExecutionDevice device, String target) {
        if (device.maxWorkGroupSize() < Launch.GROUP_SIZE) {
            throw new InfeasibleException(target, "work-group size", "the kernels need " + Launch.GROUP_SIZE
                    + " work-items per group; " + device.label() + " allows " + device.maxWorkGroupSize());
        }
        long largest = 4L * Math.max(program.arenaFloats(), program.weights().length);
        if (largest > device.maxAllocationBytes()) {
            throw new InfeasibleException(target, "device buffer", mib(largest) + " MiB in one buffer (arena "
                    + mib(4L * program.arenaFloats()) + " MiB, weights " + mib(4L * program.weights().length)
                    + " MiB at batch " + program.batch() + "); " + device.label() + " allocates at most "
                    + mib(device.maxAllocationBytes()) + " MiB");
        }
        if (program.deviceBytes() > device.globalMemoryBytes()) {
            throw new InfeasibleException(target, "device memory", mib(program.deviceBytes()) + " MiB needed at batch "
                    + program.batch() + "; " + device.label() + " has " + mib(device.globalMemoryBytes()) + " MiB");
        }
    }

    private static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void checkTokenIds(Network network, String inputNode, Tensor t) {
        for (Node reader : network.consumers(inputNode)) {
            if (reader.layer() instanceof Embedding e) {
                float[] data = t.data();
                int perExample = t.exampleSize();
                for (int i = 0; i < data.length; i++) {
                    float v = data[i];
                    int id = (int) v;
                    if (id != v || id < 0 || id >= e.vocabularySize()) {
                        throw new InvalidInputException("network '" + network.name() + "'", 0, "layer '"
                                + reader.name() + "'", "example " + i / perExample + " position " + i % perExample
                                + ": token id " + v + " is not an integer in [0, " + e.vocabularySize() + ")");
                    }
                }
            }
        }
    }
}
