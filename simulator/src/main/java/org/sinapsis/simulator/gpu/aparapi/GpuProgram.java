// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu.aparapi;

import java.util.List;
import org.sinapsis.networks.ir.Network;

/**
 * A network lowered for {@link NetworkKernel}: the launches of one batch in order, the buffer
 * sizes, and the packed weights. Built by {@link GpuLowering}; run by {@link AparapiNetworkRunner}.
 *
 * @param network the network
 * @param batch examples per batch
 * @param arenaFloats size of the activation arena
 * @param weights every parameter, packed (owned by the program; never modified)
 * @param inputs where each input node's batch goes in the {@code input} buffer
 * @param outputs where each output node's batch comes from in the {@code output} buffer
 * @param launches the kernel launches of one batch, in order
 */
record GpuProgram(Network network, int batch, int arenaFloats, float[] weights, List<IoSlot> inputs,
        List<IoSlot> outputs, List<Launch> launches) {

    /** Copies the lists. */
    GpuProgram {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        launches = List.copyOf(launches);
    }

    /** Floats of the {@code input} buffer. */
    int inputFloats() {
        return inputs.stream().mapToInt(IoSlot::values).sum();
    }

    /** Floats of the {@code output} buffer. */
    int outputFloats() {
        return outputs.stream().mapToInt(IoSlot::values).sum();
    }

    /** Bytes the device holds for this program: arena, weights, inputs and outputs. */
    long deviceBytes() {
        return 4L * ((long) arenaFloats + weights.length + inputFloats() + outputFloats());
    }
}
