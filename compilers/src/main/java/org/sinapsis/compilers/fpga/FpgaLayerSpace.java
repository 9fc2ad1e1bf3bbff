// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.Arrays;
import java.util.List;
import org.sinapsis.compilers.search.DesignSpace;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * One layer's own design space (Zhang et al.'s per-layer search): every {@code <Tm, Tn, Tr, Tc>}
 * with each factor among the {@link UnrollFactors} of its extent and {@code Tm x Tn} within the
 * device's lanes (or the fixed array), with weights streamed and, when the layer's weights could
 * fit the block RAM at all, resident. Indexed in Tm, Tn, Tr, Tc, residency order.
 */
public final class FpgaLayerSpace implements DesignSpace<FpgaTiling> {
    private final Precision precision;
    private final int[][] arrays;
    private final int[] trs;
    private final int[] tcs;
    private final int residency;

    FpgaLayerSpace(FpgaSpec spec, FpgaDatapath datapath, FpgaLayerShape shape) {
        precision = datapath.precision();
        if (spec.fixedTm().isPresent()) {
            arrays = new int[][] {{spec.fixedTm().getAsInt(), spec.fixedTn().getAsInt()}};
        } else {
            long maxLanes = spec.maxLanes(datapath);
            int[] tms = UnrollFactors.of(List.of(shape.outChannels()));
            int[] tns = UnrollFactors.of(List.of(shape.inChannels()));
            int count = 0;
            int[][] all = new int[tms.length * tns.length][];
            for (int tm : tms) {
                for (int tn : tns) {
                    if ((long) tm * tn <= maxLanes) {
                        all[count++] = new int[] {tm, tn};
                    }
                }
            }
            arrays = Arrays.copyOf(all, count);
        }
        trs = UnrollFactors.of(List.of(shape.outRows()));
        tcs = UnrollFactors.of(List.of(shape.outCols()));
        residency = shape.weightValues() * datapath.storageBitsPerValue()
                <= (double) spec.acceleratorBramBlocks() * spec.bramBlockBits() ? 2 : 1;
    }

    @Override
    public long size() {
        return (long) residency * arrays.length * trs.length * tcs.length;
    }

    @Override
    public FpgaTiling point(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size());
        }
        boolean resident = index % residency == 1;
        long rest = index / residency;
        int tc = tcs[(int) (rest % tcs.length)];
        int tr = trs[(int) (rest / tcs.length % trs.length)];
        int[] array = arrays[(int) (rest / tcs.length / trs.length)];
        return new FpgaTiling(precision, array[0], array[1], tr, tc, resident);
    }
}
