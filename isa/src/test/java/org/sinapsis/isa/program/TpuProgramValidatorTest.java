// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.reference.FixedPointMultiplier;

class TpuProgramValidatorTest {
    private static final TpuSpec TPU = (TpuSpec) ArchSpecs.presets().get("tpu-v1");

    @Test
    void aCorrectStreamPasses() {
        TpuProgramValidator.validate(TpuAssembly.parse("ok.s", """
                rw weights=0 rows=256 cols=256
                rw weights=65536 rows=256 cols=256
                mm flags=switch ub=0 acc=0 length=200
                mm flags=switch|accumulate ub=200 acc=0 length=200
                halt
                """), TPU);
    }

    @Test
    void streamErrorsNameTheLineInstructionAndField() {
        assertError("s.s:3: instruction 2 (mm) flags: switches to a weight tile that no earlier rw fetched",
                "rw weights=0 rows=256 cols=256\nmm flags=switch|accumulate ub=0 acc=0 length=8\n"
                        + "mm flags=switch ub=0 acc=0 length=8\nhalt\n");
        assertError("s.s:2: instruction 1 (mm) flags: the first matrix instruction must switch to a fetched tile",
                "rw weights=0 rows=256 cols=256\nmm ub=0 acc=0 length=8\nhalt\n");
        assertError("s.s:1: instruction 0 (mm) acc: accumulator rows 4000..4199 run past the 4096 accumulators",
                "mm flags=switch ub=0 acc=4000 length=200\nhalt\n");
        assertError("s.s:1: instruction 0 (rhm) ub: Unified Buffer rows 98300..98309 run past the 98304 Unified"
                + " Buffer rows", "rhm host=0 ub=98300 length=10\nhalt\n");
        assertError("s.s:1: instruction 0 (rw) rows: must be in [1, 256], got 300", "rw weights=0 rows=300 cols=1\nhalt\n");
        assertError("s.s:1: instruction 0 (sync) mask: must name at least one unit (1 to 15), got 0", "sync mask=0\nhalt\n");
        assertError("s.s:2: instruction 1 (nop): instruction after halt", "halt\nnop\nhalt\n");
        assertError("s.s: the program must end with halt", "nop\n");
        assertError("s.s:6: instruction 5 (rw): the weight FIFO holds 4 tiles: this Read_Weights (tile 5) waits for"
                + " tile 1 to start shifting in, which needs a matrix instruction that switches to tile 0 first, but"
                + " that comes later (deadlock)", "rw weights=0 rows=1 cols=1\n".repeat(6)
                + "mm flags=switch ub=0 acc=0 length=1\nhalt\n");
    }

    @Test
    void programsAreCheckedForHazardsSlotsAndRegions() {
        ActivationConfig act = new ActivationConfig(2, new int[2], new FixedPointMultiplier[] {
            FixedPointMultiplier.of(0.5), FixedPointMultiplier.of(0.5)}, true);
        List<HostRegion> regions = List.of(new HostRegion("x", 0, 256 * 4, HostRegion.Kind.INPUT),
                new HostRegion("y", 4096, 256 * 4, HostRegion.Kind.OUTPUT));
        Map<Long, TpuConfig> configs = Map.of(8192L, act);
        List<TpuInstruction> good = List.of(
                TpuInstruction.readHostMemory(0, 0, 4),
                TpuInstruction.setConfig(3, 8192, act.bytes()),
                TpuInstruction.readWeights(0, 2, 2),
                TpuInstruction.sync(TpuUnit.HOST_DMA.maskBit()),
                TpuInstruction.matrixMultiply(TpuFlags.SWITCH, 0, 0, 4),
                TpuInstruction.activate(0, 10, 4, 3),
                TpuInstruction.sync(TpuUnit.ACTIVATION.maskBit()),
                TpuInstruction.writeHostMemory(10, 4096, 4),
                TpuInstruction.halt());
        TpuProgramValidator.validate(new TpuProgram("p", good, regions, configs, TpuWeightImage.none()), TPU);

        List<TpuInstruction> noSync = new ArrayList<>(good);
        noSync.remove(3);
        assertProgramError("program 'p': instruction 3 (mm): reads Unified Buffer rows 0..3 that instruction 0 (rhm)"
                + " writes on unit host; put 'sync mask=host' between them", noSync, regions, configs);
        List<TpuInstruction> badSlot = new ArrayList<>(good);
        badSlot.set(5, TpuInstruction.activate(0, 10, 4, 4));
        assertProgramError("program 'p': instruction 5 (act) config: slot 4 was never loaded by setcfg", badSlot,
                regions, configs);
        List<TpuInstruction> badHost = new ArrayList<>(good);
        badHost.set(7, TpuInstruction.writeHostMemory(10, 0, 4));
        assertProgramError("program 'p': instruction 7 (whm) host: host region 'x' is an input region", badHost,
                regions, configs);
        List<TpuInstruction> badSize = new ArrayList<>(good);
        badSize.set(1, TpuInstruction.setConfig(3, 8192, 99));
        assertProgramError("program 'p': instruction 1 (setcfg) bytes: the activation configuration block there is 26"
                + " bytes, not 99", badSize, regions, configs);
    }

    private static void assertError(String expected, String assembly) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TpuProgramValidator.validate(TpuAssembly.parse("s.s", assembly), TPU));
        assertEquals(expected, e.getMessage());
    }

    private static void assertProgramError(String expected, List<TpuInstruction> code, List<HostRegion> regions,
            Map<Long, TpuConfig> configs) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TpuProgramValidator.validate(
                new TpuProgram("p", code, regions, configs, TpuWeightImage.none()), TPU));
        assertEquals(expected, e.getMessage());
    }
}
