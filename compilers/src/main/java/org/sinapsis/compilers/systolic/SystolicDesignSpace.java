// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.systolic;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.compilers.search.DesignSpace;
import org.sinapsis.isa.arch.Dataflow;
import org.sinapsis.isa.arch.SystolicDesign;

/**
 * The designs {@code sinapsis dse} explores on a systolic array: every {@code rows x cols} with
 * both sides powers of two in {@code [minSide, maxSide]} and {@code rows cols <= maxPes} (both
 * side orders, so {@code 16x64} and {@code 64x16} are distinct designs), times every dataflow
 * asked for. Indexed rows outer, then columns, then dataflows in the order given.
 *
 * @param minSide the smallest side, a power of two, at least 1
 * @param maxSide the largest side, a power of two, at least {@code minSide}
 * @param maxPes the PE budget, at least {@code minSide^2} so that the space is not empty
 * @param dataflows the dataflows, at least one, no repeats
 * @param designs the designs, in index order, each within the bounds above
 */
public record SystolicDesignSpace(int minSide, int maxSide, long maxPes, List<Dataflow> dataflows,
        List<SystolicDesign> designs) implements DesignSpace<SystolicDesign> {
    /** The smallest side searched by default (SCALE-Sim's smallest shipped array is 12x14). */
    public static final int DEFAULT_MIN_SIDE = 8;
    /** The largest side searched by default (twice the TPU v1's 256). */
    public static final int DEFAULT_MAX_SIDE = 512;

    /** Validates and copies. */
    public SystolicDesignSpace {
        if (minSide < 1 || Integer.bitCount(minSide) != 1 || maxSide < minSide || Integer.bitCount(maxSide) != 1) {
            throw new IllegalArgumentException("sides must be powers of two with min <= max, got " + minSide + ".."
                    + maxSide);
        }
        if (maxPes < (long) minSide * minSide) {
            throw new IllegalArgumentException("a budget of " + maxPes + " PEs is below the smallest array "
                    + minSide + "x" + minSide);
        }
        dataflows = List.copyOf(dataflows);
        if (dataflows.isEmpty() || dataflows.stream().distinct().count() != dataflows.size()) {
            throw new IllegalArgumentException("need at least one dataflow and no repeats, got " + dataflows);
        }
        designs = List.copyOf(designs);
        for (SystolicDesign d : designs) {
            if (d.rows() < minSide || d.rows() > maxSide || d.cols() < minSide || d.cols() > maxSide
                    || d.pes() > maxPes || !dataflows.contains(d.dataflow())) {
                throw new IllegalArgumentException("design " + d + " is outside the space");
            }
        }
    }

    /** The space of the default sides under {@code maxPes}, with {@code dataflows}. */
    public static SystolicDesignSpace of(long maxPes, List<Dataflow> dataflows) {
        return of(DEFAULT_MIN_SIDE, DEFAULT_MAX_SIDE, maxPes, dataflows);
    }

    /** The space of sides {@code minSide..maxSide} under {@code maxPes}, with {@code dataflows}. */
    public static SystolicDesignSpace of(int minSide, int maxSide, long maxPes, List<Dataflow> dataflows) {
        List<SystolicDesign> list = new ArrayList<>();
        for (long rows = minSide; rows <= maxSide; rows *= 2) {
            for (long cols = minSide; cols <= maxSide; cols *= 2) {
                if (rows * cols > maxPes) {
                    continue;
                }
                for (Dataflow d : dataflows) {
                    list.add(new SystolicDesign((int) rows, (int) cols, d));
                }
            }
        }
        return new SystolicDesignSpace(minSide, maxSide, maxPes, dataflows, list);
    }

    @Override
    public long size() {
        return designs.size();
    }

    @Override
    public SystolicDesign point(long index) {
        if (index < 0 || index >= designs.size()) {
            throw new IndexOutOfBoundsException("design " + index + " of " + designs.size());
        }
        return designs.get((int) index);
    }

    /** The index of {@code design}, or -1 when the space does not hold it. */
    public long indexOf(SystolicDesign design) {
        return designs.indexOf(design);
    }

    /** Distinct array shapes in the space. */
    public long shapes() {
        return designs.size() / dataflows.size();
    }
}
