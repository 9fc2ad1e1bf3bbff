// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.DataflowMappings;
import org.sinapsis.isa.mapping.GemmOperand;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;

/**
 * One matrix layer of a network as a systolic array runs it: its GEMM view under the spec's
 * preset mapping, how many independent instances (groups, time steps), and the words each operand
 * moves between DRAM and its SRAM.
 *
 * <p>DRAM traffic, per instance and operand: an operand whose whole footprint fits in the active
 * half of its SRAM (the other half is the double buffer) moves once; one that does not is
 * streamed, every SRAM access going to DRAM (no reuse across folds). Footprints: input
 * {@code min(unique input words, M K)} (the layer's input tensor, not the im2col'd matrix),
 * weights {@code K N}, outputs {@code M N}.
 *
 * @param name the node name
 * @param mapping the array schedule
 * @param fold the closed-form analysis of the mapping
 * @param instances independent repetitions (groups x time steps)
 * @param ifmapDramWords input words read from DRAM per instance
 * @param filterDramWords weight words read from DRAM per instance
 * @param ofmapDramWords output words written to DRAM per instance
 */
public record SystolicLayerWork(String name, ArrayMapping mapping, FoldAnalysis fold, long instances,
        long ifmapDramWords, long filterDramWords, long ofmapDramWords) {

    /** The matrix layers of {@code network} at {@code batch}, in order. */
    public static List<SystolicLayerWork> of(Network network, int batch, SystolicArraySpec spec) {
        List<SystolicLayerWork> list = new ArrayList<>();
        for (Node node : network.layers()) {
            of(node, batch, spec).ifPresent(list::add);
        }
        return list;
    }

    /** {@code node} at {@code batch} on {@code spec}, or empty when it is not a matrix layer. */
    public static Optional<SystolicLayerWork> of(Node node, int batch, SystolicArraySpec spec) {
        var view = node.gemm(batch);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        GemmView g = view.get();
        ArrayMapping map = ArrayMapping.of(DataflowMappings.canonical(spec.dataflow(), g.m(), g.n(), g.k(),
                spec.rows(), spec.cols()));
        FoldAnalysis fold = FoldAnalysis.of(map);
        long inputWords = Math.max(1, node.inputShapes().get(0).elements() * batch / g.instances());
        return Optional.of(new SystolicLayerWork(node.name(), map, fold, g.instances(),
                traffic(fold, GemmOperand.IFMAP, Math.min(inputWords, g.m() * g.k()), spec.words(spec.ifmapSramKiB())),
                traffic(fold, GemmOperand.FILTER, g.k() * g.n(), spec.words(spec.filterSramKiB())),
                traffic(fold, GemmOperand.OFMAP, g.m() * g.n(), spec.words(spec.ofmapSramKiB()))));
    }

    private static long traffic(FoldAnalysis fold, GemmOperand operand, long footprint, long sramWords) {
        return footprint <= sramWords / 2 ? footprint : fold.sramAccesses(operand);
    }

    /** DRAM words of {@code operand} per instance. */
    public long dramWords(GemmOperand operand) {
        return switch (operand) {
            case IFMAP -> ifmapDramWords;
            case FILTER -> filterDramWords;
            case OFMAP -> ofmapDramWords;
        };
    }

    /**
     * The actions of every instance with {@code wordBytes}-byte words: {@code pe.mac},
     * {@code ifmap_sram.read_byte}, {@code filter_sram.read_byte}, {@code ofmap_sram.write_byte}
     * (SRAM accesses as {@link FoldAnalysis#sramAccesses} counts them), {@code dram.read_byte} and
     * {@code dram.write_byte} (this record's DRAM words).
     */
    public ActionCounts actions(int wordBytes) {
        long n = instances;
        long w = wordBytes;
        return ActionCounts.builder()
                .add("pe", "mac", fold.macs() * n)
                .add("ifmap_sram", "read_byte", fold.sramAccesses(GemmOperand.IFMAP) * n * w)
                .add("filter_sram", "read_byte", fold.sramAccesses(GemmOperand.FILTER) * n * w)
                .add("ofmap_sram", "write_byte", fold.sramAccesses(GemmOperand.OFMAP) * n * w)
                .add("dram", "read_byte", (ifmapDramWords + filterDramWords) * n * w)
                .add("dram", "write_byte", ofmapDramWords * n * w)
                .build();
    }

    /**
     * Fill and drain paid once per instance when folds stream back to back:
     * {@code AR + AC - 2}, plus {@code AR} for the first preload of a stationary input (ws, is).
     */
    public long fillDrainCycles() {
        ArrayMapping m = mapping;
        return m.arrayRows() + m.arrayCols() - 2 + (m.stationary().output() ? 0 : m.arrayRows());
    }
}
