// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * One point of a systolic array's design space: the array shape and the dataflow, everything else
 * (SRAM sizes, word size, DRAM bandwidth, clock, timing, energy table) taken from a base
 * {@link SystolicArraySpec}. {@code sinapsis dse} searches these, as a SCALE-Sim sweep over
 * {@code ArrayHeight}, {@code ArrayWidth} and {@code Dataflow} does.
 *
 * @param rows PE rows, at least 1
 * @param cols PE columns, at least 1
 * @param dataflow the preset mapping of every layer
 */
public record SystolicDesign(int rows, int cols, Dataflow dataflow) {

    /** Validates the fields. */
    public SystolicDesign {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("rows and cols must be >= 1, got " + rows + " x " + cols);
        }
        if (dataflow == null) {
            throw new IllegalArgumentException("a design needs a dataflow");
        }
    }

    /** The design {@code spec} itself has. */
    public static SystolicDesign of(SystolicArraySpec spec) {
        return new SystolicDesign(spec.rows(), spec.cols(), spec.dataflow());
    }

    /** Processing elements (multiply-accumulators): {@code rows cols}. */
    public long pes() {
        return (long) rows * cols;
    }

    /**
     * {@code base} with this shape and dataflow, named {@code <base name>-<rows>x<cols>-<dataflow>}
     * (the base itself when the design is its own).
     */
    public SystolicArraySpec applyTo(SystolicArraySpec base) {
        if (equals(of(base))) {
            return base;
        }
        return new SystolicArraySpec(base.name() + "-" + rows + "x" + cols + "-" + dataflow.shortName(),
                rows + "x" + cols + " " + dataflow.shortName() + " variant of " + base.name() + " (sinapsis dse)",
                rows, cols, dataflow, base.ifmapSramKiB(), base.filterSramKiB(), base.ofmapSramKiB(),
                base.wordBytes(), base.dramBandwidthWordsPerCycle(), base.clockHz(), base.timing(),
                base.energyTable());
    }

    /** {@code <rows>x<cols> <dataflow>}, such as {@code 32x32 os}. */
    @Override
    public String toString() {
        return rows + "x" + cols + " " + dataflow.shortName();
    }
}
