// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.sinapsis.compilers.search.DesignSpace;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.program.FpgaLayerShape;

/**
 * The cross-layer design space: every array {@code <Tm, Tn>} with {@code Tm} among the
 * {@link UnrollFactors} of the layers' output channels, {@code Tn} among those of their input
 * channels and {@code Tm x Tn} within the lanes the device allows ({@link FpgaSpec#maxLanes}), each
 * with streamed weights and, when the network's weights could fit the block RAM at all, with
 * resident weights. A fixed array (a soft processor) is a space of its one shape. Designs are
 * ordered by the fewest cycles they could take (then lanes, Tm, Tn, streamed before resident), so
 * a search meets good designs first and a lower bound prunes early.
 */
public final class FpgaArraySpace implements DesignSpace<FpgaArrayDesign> {
    private final List<FpgaArrayDesign> designs;
    private final int tmValues;
    private final int tnValues;
    private final long maxLanes;

    FpgaArraySpace(FpgaSpec spec, FpgaDatapath datapath, List<FpgaLayerShape> shapes, boolean residentPossible,
            ToLongFunction<FpgaArrayDesign> lowerBound) {
        List<FpgaArrayDesign> list = new ArrayList<>();
        boolean[] residency = residentPossible ? new boolean[] {false, true} : new boolean[] {false};
        if (spec.fixedTm().isPresent()) {
            for (boolean resident : residency) {
                list.add(new FpgaArrayDesign(spec.fixedTm().getAsInt(), spec.fixedTn().getAsInt(), resident));
            }
            tmValues = 1;
            tnValues = 1;
            maxLanes = (long) spec.fixedTm().getAsInt() * spec.fixedTn().getAsInt();
        } else {
            int[] tms = UnrollFactors.of(shapes.stream().map(FpgaLayerShape::outChannels).toList());
            int[] tns = UnrollFactors.of(shapes.stream().map(FpgaLayerShape::inChannels).toList());
            maxLanes = spec.maxLanes(datapath);
            for (int tm : tms) {
                for (int tn : tns) {
                    if ((long) tm * tn > maxLanes) {
                        break;
                    }
                    for (boolean resident : residency) {
                        list.add(new FpgaArrayDesign(tm, tn, resident));
                    }
                }
            }
            tmValues = tms.length;
            tnValues = tns.length;
        }
        list.sort(Comparator.comparingLong(lowerBound).thenComparingLong(FpgaArrayDesign::lanes)
                .thenComparingInt(FpgaArrayDesign::tm).thenComparingInt(FpgaArrayDesign::tn)
                .thenComparing(FpgaArrayDesign::weightsResident));
        designs = List.copyOf(list);
    }

    @Override
    public long size() {
        return designs.size();
    }

    @Override
    public FpgaArrayDesign point(long index) {
        return designs.get(Math.toIntExact(index));
    }

    /** Distinct Tm values tried. */
    public int tmValues() {
        return tmValues;
    }

    /** Distinct Tn values tried. */
    public int tnValues() {
        return tnValues;
    }

    /** The most lanes a design may have. */
    public long maxLanes() {
        return maxLanes;
    }
}
