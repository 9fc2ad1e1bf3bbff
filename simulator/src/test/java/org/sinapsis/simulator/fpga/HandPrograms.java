// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.program.FpgaBufferNeeds;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.isa.program.FpgaVectorOp;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;

/** Hand-written tile programs for the machine's tests (the simulator never uses the compiler). */
final class HandPrograms {
    private HandPrograms() {
    }

    /**
     * Every matrix layer on a {@code tm x tn} array with tiles of at most {@code tr x tc} (odd sizes
     * exercise the edge tiles), element-wise layers after the kernel before them.
     */
    static FpgaProgram of(Network network, int batch, Precision precision, int tm, int tn, int tr, int tc,
            boolean resident) {
        List<FpgaKernel> kernels = new ArrayList<>();
        List<FpgaVectorOp> leading = new ArrayList<>();
        List<List<FpgaVectorOp>> ops = new ArrayList<>();
        FpgaBufferNeeds needs = null;
        for (Node n : network.layers()) {
            if (!n.layer().matrixWork()) {
                FpgaVectorOp op = new FpgaVectorOp(n.name(), n.layer().kind(), n.outputShape().elements() * batch);
                (ops.isEmpty() ? leading : ops.get(ops.size() - 1)).add(op);
                continue;
            }
            FpgaLayerShape s = FpgaLayerShape.of(n, batch);
            int r = Math.min(tr, s.outRows());
            int c = Math.min(tc, s.outCols());
            FpgaBufferNeeds k = FpgaBufferNeeds.of(s, new FpgaTiling(precision, tm, tn, r, c, resident));
            needs = needs == null ? k : needs.union(k);
            List<FpgaVectorOp> after = new ArrayList<>();
            ops.add(after);
            kernels.add(new FpgaKernel(n.name(), n.layer().kind(), s, r, c, resident, true, after));
        }
        return new FpgaProgram(network.name(), "test", precision, tm, tn, needs.inputWordsPerBank(),
                needs.weightWordsPerBank(), needs.outputWordsPerBank(), true, leading, kernels);
    }
}
