// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.compilers.search.ExhaustiveSearch;
import org.sinapsis.compilers.search.SearchListener;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.EvalStatus;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.eval.Evaluator;
import org.sinapsis.isa.program.FpgaBufferNeeds;
import org.sinapsis.isa.program.FpgaKernel;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaProgram;
import org.sinapsis.isa.program.FpgaResources;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.ir.Activation;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.zoo.Zoo;

/**
 * The compiler's searches with a test evaluator: Zhang et al.'s closed form
 * {@code cycles = ceil(M/Tm) ceil(N/Tn) ceil(R/Tr) ceil(C/Tc) (K^2 Tr Tc + 20)} per instance (their
 * per-layer table's cycle counts follow it to the cycle) and the shared resource model, so these
 * tests check the search logic apart from the simulator's model.
 */
class FpgaCompilerTest {
    private static final FpgaSpec VX485T = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");

    static final Evaluator<FpgaSpec, FpgaTiling> ZHANG = (work, spec, t) -> {
        FpgaLayerShape s = FpgaLayerShape.of(work.node(), work.batch());
        List<EvalStatus> statuses = FpgaResources.estimate(spec, spec.datapath(t.precision()).orElseThrow(), t.tm(),
                t.tn(), FpgaBufferNeeds.of(s, t), true).statuses(spec);
        if (statuses.stream().anyMatch(x -> !x.success())) {
            return Evaluation.illegal(statuses);
        }
        long tiles = ceil(s.outChannels(), t.tm()) * ceil(s.inChannels(), t.tn()) * ceil(s.outRows(), t.tr())
                * ceil(s.outCols(), t.tc());
        long cycles = (long) s.batch() * s.groups() * s.timesteps() * tiles
                * ((long) s.kernelH() * s.kernelW() * t.tr() * t.tc() + 20);
        long ddr = 4L * tiles * (t.tn() * (long) s.inputTileRows(t.tr()) * s.inputTileCols(t.tc())
                + (long) t.tm() * t.tn() * s.kernelH() * s.kernelW());
        return new Evaluation(statuses, cycles, Map.of(), ActionCounts.builder().add("ddr", "read_byte", ddr).build());
    };

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    @Test
    void theCrossLayerSearchChoosesZhangsUniformArray() {
        Network alexnet = Zoo.find("alexnet-conv").orElseThrow().network();
        FpgaCompilation c = new FpgaCompiler(ZHANG, 2).compile(alexnet, 1, VX485T, Precision.FP32);
        FpgaArraySearch s = c.search();
        assertEquals(new FpgaArrayDesign(64, 7, false), s.chosen().design());
        assertEquals(s.space().size(), s.result().explored() + s.result().pruned());
        FpgaArraySearch all = new FpgaCompiler(ZHANG, 2).searchArray(alexnet, 1, VX485T, Precision.FP32,
                ExhaustiveSearch.factory(), SearchListener.none(), false);
        assertEquals(s.space().size(), all.result().explored());
        assertEquals(s.chosen().design(), all.chosen().design(), "pruning never changes the choice");
        assertEquals(1.0, s.chosen().evaluation().cycles() / 1_008_246.0, 1e-4, "their cross-layer total (U); conv1's"
                + " tiles are split here to fit the block RAM beside the 64 x 7 array's weights, each adding 20 cycles");
        FpgaProgram p = c.program();
        assertEquals(5, p.kernels().size());
        assertEquals(64, p.tm());
        assertEquals(7, p.tn());
        assertEquals(alexnet.macs(), p.macs());
    }

    @Test
    void thePerLayerSearchReproducesZhangsPerLayerUnrollFactors() {
        Network alexnet = Zoo.find("alexnet-conv").orElseThrow().network();
        List<FpgaLayerOptimum> own = new FpgaCompiler(ZHANG, 2).searchPerLayer(alexnet, 1, VX485T, Precision.FP32,
                FpgaCompiler.LayerListener.none());
        long[] zhang = {366_025, 237_185, 160_264, 120_198, 80_132};
        for (int i = 0; i < 5; i++) {
            assertEquals(zhang[i] + (i == 0 ? 20 : 0), own.get(i).best().evaluation().cycles(), own.get(i).nodes()
                    + " (Zhang et al.'s per-layer table, U, plus conv1's 20-cycle fill)");
        }
        assertEquals(new FpgaTiling(Precision.FP32, 48, 3, 55, 55, false).lanes(), own.get(0).best().point().lanes());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Network lenet = Zoo.find("lenet5").orElseThrow().network();
        FpgaProgram one = new FpgaCompiler(ZHANG, 1).compile(lenet, 2, VX485T, Precision.INT8).program();
        FpgaProgram four = new FpgaCompiler(ZHANG, 4).compile(lenet, 2, VX485T, Precision.INT8).program();
        assertEquals(one, four);
    }

    @Test
    void layersWithoutMatrixWorkBecomeElementWiseWork() {
        Network n = Network.builder("small").input("x", 3, 8, 8).add("pool0", Pool2D.max(2, 2))
                .add("conv", Conv2D.of(4, 3)).add("relu", Activation.relu()).add("pool", Pool2D.avg(2, 1))
                .add("flat", new Flatten()).add("fc", Dense.of(10)).add("softmax", Activation.softmax()).build();
        FpgaProgram p = new FpgaCompiler(ZHANG, 1).compile(n, 2, VX485T, Precision.FP32).program();
        assertEquals("pool0", p.leadingOps().get(0).node());
        assertEquals(2L * 3 * 4 * 4 * 4, p.leadingOps().get(0).elementOps());
        FpgaKernel conv = p.kernels().get(0);
        assertEquals(List.of("relu", "pool", "flat"), conv.vectorOps().stream().map(o -> o.node()).toList());
        assertEquals(2L * 4 * 2 * 2, conv.vectorOps().get(0).elementOps(), "ReLU: one op per value");
        assertEquals(2L * 4 * 1 * 1 * 4, conv.vectorOps().get(1).elementOps(), "pooling: one op per window read");
        assertEquals(0, conv.vectorOps().get(2).elementOps());
        assertEquals(2L * 10 * 3, p.kernels().get(1).vectorOps().get(0).elementOps(), "softmax: 3 ops per value");
    }

    @Test
    void aDesignThatCannotFitIsRefusedNamingTheResource() {
        FpgaSpec brainwave = (FpgaSpec) ArchSpecs.presets().get("fpga-brainwave");
        Network lenet = Zoo.find("lenet5").orElseThrow().network();
        InfeasibleException e = assertThrows(InfeasibleException.class,
                () -> new FpgaCompiler(ZHANG, 1).compile(lenet, 1, brainwave, Precision.FP32));
        assertEquals("dsp", e.resource());
        assertTrue(e.getMessage().contains("needs 96000, the device has 5760"), e.getMessage());
        Network pools = Network.builder("pools").input("x", 1, 4, 4).add("p", Pool2D.max(2, 2)).build();
        assertEquals("PE array", assertThrows(InfeasibleException.class,
                () -> new FpgaCompiler(ZHANG, 1).compile(pools, 1, VX485T, Precision.FP32)).resource());
    }
}
