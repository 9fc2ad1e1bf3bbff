// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.isa.arch.GpuSpec;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.LayerCategory;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/**
 * A GPU as a roofline (Williams, Waterman and Patterson, CACM 2009, as the TPU paper applies it
 * to the K80 in its Figure 7), evaluated layer by layer in fp32.
 *
 * <p>Equations, per layer of a batch of {@code B} examples, with {@code U} fp32 MAC units,
 * clock {@code f}, DRAM bandwidth {@code BW} and on-chip memory {@code S} bytes:
 * <ul>
 *   <li>compute cycles {@code = ceil(MACs / U) + ceil(vectorOps / U)}: one fused multiply-add per
 *       unit per cycle, and one element-wise operation per unit per cycle for the rest;
 *   <li>memory cycles {@code = ceil(dramBytes / (BW / f))};
 *   <li>layer cycles {@code = max(compute, memory)}; the network's cycles are the sum over its
 *       layers (each layer is one kernel that starts when the previous one ends), and its latency
 *       is cycles / f.
 * </ul>
 * DRAM traffic (4 bytes per value): a Dense or Conv2D layer with input {@code X}, weights
 * {@code W} and output {@code Y} bytes keeps the smaller of X and W on chip in chunks of
 * {@code S / 2} and streams the larger once per chunk: {@code min + ceil(min / (S/2)) max + Y}
 * (every value moves once when the smaller operand fits in half the chip). An LSTM or GRU reads
 * its input and writes its output once, reads its weights once when they fit in {@code S / 2} and
 * once per time step otherwise, and reads and writes its state ({@code h}, and {@code c} for the
 * LSTM) every step. Element-wise layers read their inputs and write their output; an Embedding
 * reads the ids and the rows it gathers and writes them; Flatten is a view and moves nothing.
 * Vector operations: one per iteration of the layer's loop nest for pooling, activations and
 * Add; one per gate pre-activation ({@code B T gates H}) for the recurrent gate math.
 *
 * <p>Reproduces: the ridge point of the roofline, {@code U f / BW} MACs per byte (K80: 2,496 x
 * 560 MHz / 160 GB/s = 8.7, Figure 7 of Jouppi et al., ISCA 2017, plots it at 9), and the peak
 * {@code 2 U f} (K80 2.8 TFLOPS, P100 10.6 TFLOPS).
 *
 * <p>Not modelled: kernel-launch and host overheads, PCIe transfers of inputs and outputs,
 * caches beyond the chunking rule above (no inter-layer reuse: every layer reads its inputs from
 * DRAM), DRAM efficiency below the published bandwidth, occupancy, warp divergence, tail
 * effects of partially filled waves, Boost clocks (the clock is fixed), and precisions other
 * than fp32.
 */
public final class GpuRooflineModel {
    private static final int BYTES_PER_VALUE = 4;

    private final GpuSpec spec;

    /** A model of {@code spec}. */
    public GpuRooflineModel(GpuSpec spec) {
        this.spec = spec;
    }

    /** Every layer's roofline for one batch of {@code batch} examples, in network order. */
    public List<LayerRoofline> evaluate(Network network, int batch) {
        List<LayerRoofline> layers = new ArrayList<>();
        for (Node node : network.layers()) {
            layers.add(evaluate(node, batch));
        }
        return layers;
    }

    /** One layer's roofline for a batch. */
    public LayerRoofline evaluate(Node node, int batch) {
        long macs = Math.multiplyExact(node.macs(), (long) batch);
        long vectorOps = vectorOps(node, batch);
        long bytes = dramBytes(node, batch);
        long units = spec.fp32MacUnits();
        long compute = ceilDiv(macs, units) + ceilDiv(vectorOps, units);
        long memory = (long) Math.ceil(bytes / spec.bandwidthBytesPerCycle());
        return new LayerRoofline(node.name(), node.layer().kind(), macs, vectorOps, bytes, compute, memory);
    }

    private static long vectorOps(Node node, int batch) {
        if (node.layer() instanceof Lstm l) {
            return (long) batch * node.inputShapes().get(0).dim(0) * 4L * l.units();
        }
        if (node.layer() instanceof Gru g) {
            return (long) batch * node.inputShapes().get(0).dim(0) * 3L * g.units();
        }
        LayerCategory c = node.layer().category();
        if (c == LayerCategory.POOL || c == LayerCategory.VECTOR) {
            return node.loops(batch).product();
        }
        return 0;
    }

    private long dramBytes(Node node, int batch) {
        long in = 0;
        for (TensorShape s : node.inputShapes()) {
            in += values(s, batch);
        }
        long out = values(node.outputShape(), batch);
        long weights = node.parameters();
        long half = spec.onChipMemoryBytes() / 2;
        if (node.layer() instanceof Flatten) {
            return 0;
        }
        if (node.layer() instanceof Embedding) {
            return BYTES_PER_VALUE * (in + 2 * out);
        }
        if (node.layer() instanceof Lstm || node.layer() instanceof Gru) {
            long steps = node.inputShapes().get(0).dim(0);
            int units = node.layer() instanceof Lstm l ? l.units() : ((Gru) node.layer()).units();
            long stateValues = (node.layer() instanceof Lstm ? 4L : 2L) * batch * units * steps;
            long weightBytes = BYTES_PER_VALUE * weights;
            long weightReads = weightBytes <= half ? 1 : steps;
            return BYTES_PER_VALUE * (in + out + stateValues) + weightBytes * weightReads;
        }
        if (node.layer().matrixWork()) {
            long x = BYTES_PER_VALUE * in;
            long w = BYTES_PER_VALUE * weights;
            long small = Math.min(x, w);
            long big = Math.max(x, w);
            long passes = Math.max(1, ceilDiv(small, half));
            return small + passes * big + BYTES_PER_VALUE * out;
        }
        return BYTES_PER_VALUE * (in + out);
    }

    private static long values(TensorShape shape, int batch) {
        return shape.elements() * batch;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
