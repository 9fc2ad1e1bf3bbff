// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.config.YamlConfigReader;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.traces.golden.Goldens;

class FpgaProgramsTest {

    /** Zhang et al.'s conv5 of one AlexNet tower on a 64 x 7 array, then a ReLU, and an LSTM step. */
    static FpgaProgram handWritten() {
        FpgaLayerShape conv5 = new FpgaLayerShape(FpgaLayerKind.CONV, 1, 1, 1, 128, 192, 13, 13, 3, 3, 1, 1, 1, 1, 13,
                13, 0);
        FpgaLayerShape lstm = new FpgaLayerShape(FpgaLayerKind.RECURRENT, 1, 1, 5, 64, 40, 2, 1, 1, 1, 1, 1, 0, 0, 2, 1,
                16);
        return new FpgaProgram("hand", "fpga-vx485t", Precision.FP32, 64, 7, 225, 121, 169, true,
                List.of(new FpgaVectorOp("scale", "Tanh", 100)),
                List.of(new FpgaKernel("conv5", "Conv2D 128 3x3 pad 1", conv5, 13, 13, false, true,
                                List.of(new FpgaVectorOp("conv5_relu", "ReLU", 21632))),
                        new FpgaKernel("lstm", "LSTM 16 last", lstm, 2, 1, false, true, List.of())));
    }

    @Test
    void yamlRoundTripsAndTheDumpIsSealed(@TempDir Path dir) throws Exception {
        FpgaProgram p = handWritten();
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, FpgaPrograms.toYaml(p));
        assertEquals(p, FpgaPrograms.parse(file));
        Goldens.assertMatches("fpga/hand-program.yaml", FpgaPrograms.toYaml(p));
        Goldens.assertMatches("fpga/hand-program.txt", FpgaPrograms.dump(p));
        assertEquals(128L * 192 * 169 * 9 + 5L * 64 * 40 * 2, p.macs());
    }

    @Test
    void badProgramsNameTheFileLineAndField() {
        String yaml = FpgaPrograms.toYaml(handWritten());
        InvalidInputException v = assertThrows(InvalidInputException.class, () -> FpgaPrograms.parse(
                YamlConfigReader.read("p.yaml", new StringReader(yaml.replace("version: 1", "version: 7")))));
        assertEquals("p.yaml:1: version: unsupported program version 7; this build reads 1", v.getMessage());
        InvalidInputException small = assertThrows(InvalidInputException.class, () -> FpgaPrograms.parse(
                YamlConfigReader.read("p.yaml", new StringReader(yaml.replace("input_words_per_bank: 225",
                        "input_words_per_bank: 100")))));
        assertTrue(small.getMessage().startsWith("p.yaml:1: invalid FpgaProgram: kernel 'conv5': its tiles need 225 "
                + "input"), small.getMessage());
    }
}
