// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sinapsis.isa.arch.FpgaDatapath;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.program.FpgaBufferNeeds;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaResources;
import org.sinapsis.isa.program.FpgaTiling;

/**
 * The levels an FPGA mapping must pass, in order: {@code datapath} (the device offers the
 * precision), {@code array} (a fixed array's shape), {@code tile} (the tile lies within the layer),
 * then the resources {@code dsp}, {@code bram}, {@code lut} and {@code register} of
 * {@link FpgaResources} for this layer's double-buffered tiles.
 */
final class FpgaLegality {
    private static final EvalStatus DATAPATH_OK = EvalStatus.ok("datapath");
    private static final EvalStatus ARRAY_OK = EvalStatus.ok("array");
    private static final EvalStatus TILE_OK = EvalStatus.ok("tile");
    private FpgaLegality() {
    }

    /** The statuses of {@code tiling} of {@code shape} on {@code spec}. */
    static List<EvalStatus> statuses(FpgaSpec spec, FpgaLayerShape shape, FpgaTiling tiling) {
        List<EvalStatus> statuses = new ArrayList<>(7);
        Optional<FpgaDatapath> datapath = spec.datapath(tiling.precision());
        statuses.add(datapath.isPresent() ? DATAPATH_OK : EvalStatus.fail("datapath",
                spec.name() + " has no " + tiling.precision().label() + " datapath (it offers "
                        + String.join(", ", spec.precisions().stream().map(p -> p.label()).toList()) + ")"));
        boolean fixedMismatch = spec.fixedTm().isPresent() && (tiling.tm() != spec.fixedTm().getAsInt()
                || tiling.tn() != spec.fixedTn().getAsInt());
        statuses.add(fixedMismatch ? EvalStatus.fail("array", "the array is fixed at Tm x Tn = "
                + spec.fixedTm().getAsInt() + " x " + spec.fixedTn().getAsInt()) : ARRAY_OK);
        boolean tileOutside = tiling.tr() > shape.outRows() || tiling.tc() > shape.outCols();
        statuses.add(tileOutside ? EvalStatus.fail("tile", "Tr x Tc = " + tiling.tr() + " x " + tiling.tc()
                + " exceeds R x C = " + shape.outRows() + " x " + shape.outCols()) : TILE_OK);
        if (datapath.isPresent()) {
            statuses.addAll(FpgaResources.estimate(spec, datapath.get(), tiling.tm(), tiling.tn(),
                    FpgaBufferNeeds.of(shape, tiling), true).statuses(spec));
        }
        return statuses;
    }

    /** Whether every status succeeded. */
    static boolean legal(List<EvalStatus> statuses) {
        for (EvalStatus s : statuses) {
            if (!s.success()) {
                return false;
            }
        }
        return true;
    }
}
