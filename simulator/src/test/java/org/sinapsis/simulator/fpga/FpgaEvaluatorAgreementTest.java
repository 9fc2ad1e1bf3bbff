// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.FpgaSpec;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.energy.ActionCounts;
import org.sinapsis.isa.eval.Evaluation;
import org.sinapsis.isa.program.FpgaLayerShape;
import org.sinapsis.isa.program.FpgaTiling;
import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.zoo.Zoo;

/**
 * The cross-check of architecture.md R6: the closed-form evaluator the search uses and the
 * cycle-approximate one agree on cycles within {@value #SMALL_LAYER_TOLERANCE} (and on average
 * within {@value #SMALL_LAYER_MEAN_TOLERANCE}) on random small layers and tilings, where fill,
 * drain and the order of loads and stores on the one DDR channel weigh most; within
 * {@value #ALEXNET_TOLERANCE} on AlexNet's layers; and they count exactly the same actions.
 */
class FpgaEvaluatorAgreementTest {
    static final double SMALL_LAYER_TOLERANCE = 0.30;
    static final double SMALL_LAYER_MEAN_TOLERANCE = 0.04;
    static final double ALEXNET_TOLERANCE = 0.05;

    @Test
    void theTwoModelsAgreeOnRandomSmallLayers() {
        FpgaAnalyticalEvaluator analytical = new FpgaAnalyticalEvaluator();
        FpgaCycleEvaluator cycle = new FpgaCycleEvaluator();
        Random random = new Random(7);
        int checked = 0;
        double sum = 0;
        for (String preset : new String[] {"fpga-vx485t", "fpga-catapult", "fpga-brainwave"}) {
            FpgaSpec spec = (FpgaSpec) ArchSpecs.presets().get(preset);
            for (int i = 0; i < 150; i++) {
                FpgaLayerShape shape = randomShape(random);
                int tm = spec.fixedTm().isPresent() ? spec.fixedTm().getAsInt() : 1 + random.nextInt(64);
                int tn = spec.fixedTn().isPresent() ? spec.fixedTn().getAsInt() : 1 + random.nextInt(16);
                FpgaTiling t = new FpgaTiling(spec.defaultPrecision(), tm, tn, 1 + random.nextInt(shape.outRows()),
                        1 + random.nextInt(shape.outCols()), random.nextInt(4) == 0);
                Evaluation a = analytical.evaluate(shape, spec, t);
                Evaluation c = cycle.evaluate(shape, spec, t);
                assertEquals(a.legal(), c.legal());
                if (!a.legal()) {
                    continue;
                }
                checked++;
                double ratio = (double) a.cycles() / c.cycles();
                sum += Math.abs(ratio - 1);
                assertTrue(Math.abs(ratio - 1) <= SMALL_LAYER_TOLERANCE, preset + " " + shape + " " + t + ": analytical "
                        + a.cycles() + ", cycle model " + c.cycles());
                assertEquals(work(a.actions()), work(c.actions()), shape + " " + t);
            }
        }
        assertTrue(checked > 250, "most random tilings are legal: " + checked);
        assertTrue(sum / checked <= SMALL_LAYER_MEAN_TOLERANCE, "mean relative difference " + sum / checked);
    }

    @Test
    void theTwoModelsAgreeOnAlexnetsLayers() {
        FpgaSpec spec = (FpgaSpec) ArchSpecs.presets().get("fpga-vx485t");
        Network alexnet = Zoo.find("alexnet-conv").orElseThrow().network();
        int[][] tiles = {{6, 19}, {5, 27}, {7, 13}, {7, 13}, {7, 13}};
        int i = 0;
        for (var node : alexnet.layers()) {
            FpgaLayerShape shape = FpgaLayerShape.of(node, 1);
            FpgaTiling t = new FpgaTiling(Precision.FP32, 64, 7, tiles[i][0], tiles[i][1], false);
            long a = new FpgaAnalyticalEvaluator().evaluate(shape, spec, t).cycles();
            long c = new FpgaCycleEvaluator().evaluate(shape, spec, t).cycles();
            assertEquals(1.0, (double) a / c, ALEXNET_TOLERANCE, node.name());
            i++;
        }
    }

    private static FpgaLayerShape randomShape(Random random) {
        int c = 1 + random.nextInt(32);
        int m = 1 + random.nextInt(64);
        int batch = 1 + random.nextInt(4);
        Network n = switch (random.nextInt(3)) {
            case 0 -> {
                int k = 1 + 2 * random.nextInt(3);
                yield Network.builder("c").input("x", c, 4 + random.nextInt(28), 4 + random.nextInt(28))
                        .add("l", Conv2D.of(m, k).stride(1 + random.nextInt(2)).pad(k / 2)).build();
            }
            case 1 -> Network.builder("d").input("x", 8 * c).add("l", Dense.of(4 * m)).build();
            default -> Network.builder("r").input("x", 3 + random.nextInt(5), c)
                    .add("l", random.nextBoolean() ? new Lstm(m, false) : new Gru(m, true)).build();
        };
        return FpgaLayerShape.of(n.node("l"), batch);
    }

    /** The counts that depend on the work, not the cycles. */
    private static Map<String, Long> work(ActionCounts counts) {
        Map<String, Long> m = new TreeMap<>();
        counts.counts().forEach((k, v) -> {
            if (!k.equals(FpgaActions.STATIC_CYCLE)) {
                m.put(k.toString(), v);
            }
        });
        return m;
    }
}
