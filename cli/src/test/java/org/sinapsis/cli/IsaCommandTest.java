// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsaCommandTest {
    private static final String PROGRAM = """
            rhm host=0 ub=0 length=200
            rw weights=0 rows=256 cols=256
            sync mask=host
            mm flags=switch ub=0 acc=0 length=200
            halt
            """;

    @Test
    void assembleThenDisassembleGivesTheProgramBack(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("p.s");
        Files.writeString(source, "# a tile\n" + PROGRAM);
        Cli asm = Cli.run("isa", "asm", "--target", "tpu-v1", source.toString());
        assertEquals(0, asm.exit(), asm.err());
        Path binary = dir.resolve("p.bin");
        assertEquals(8 + 13 + 10 + 2 + 12 + 1, Files.size(binary));
        Cli disasm = Cli.run("isa", "disasm", "--target", "tpu-v1", binary.toString());
        assertEquals(0, disasm.exit(), disasm.err());
        assertEquals(PROGRAM, disasm.out());
    }

    @Test
    void badProgramsAreOneLineWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("bad.s");
        Files.writeString(source, PROGRAM.replace("acc=0", "acc=4000"));
        Cli asm = Cli.run("isa", "asm", "--target", "tpu-v1", source.toString());
        assertEquals(2, asm.exit());
        assertEquals("sinapsis: " + source + ":4: instruction 3 (mm) acc: accumulator rows 4000..4199 run past the"
                + " 4096 accumulators", asm.err().strip());
        assertTrue(Files.notExists(dir.resolve("bad.bin")));
        Cli cpu = Cli.run("isa", "asm", "--target", "cpu", source.toString());
        assertEquals(2, cpu.exit());
        assertEquals("sinapsis: --target: 'cpu' is a cpu spec; 'isa' handles kind tpu", cpu.errLine());
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {1, 2, 3});
        Cli dis = Cli.run("isa", "disasm", "--target", "tpu-v1", junk.toString());
        assertEquals(2, dis.exit());
        assertTrue(dis.errLine().contains("junk.bin: header: not a TPU instruction stream"), dis.err());
    }

    @Test
    void aCompiledProgramAssemblesAndDisassemblesBack(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("lenet5.s");
        Cli compile = Cli.run("isa", "compile", "--target", "tpu-v1", "--net", "lenet5", "--batch", "3", "-o",
                source.toString());
        assertEquals(0, compile.exit(), compile.err());
        String text = Files.readString(source);
        assertTrue(text.startsWith("# tpu-v1 program for lenet5, batch 3: "), text);
        assertTrue(text.contains("\nconv flags=switch "), text);
        Cli asm = Cli.run("isa", "asm", "--target", "tpu-v1", source.toString());
        assertEquals(0, asm.exit(), asm.err());
        Cli disasm = Cli.run("isa", "disasm", "--target", "tpu-v1", dir.resolve("lenet5.bin").toString());
        assertEquals(text.substring(text.indexOf('\n') + 1), disasm.out());
    }

    @Test
    void theHeaderSaysHowMuchOfTheWeightTilesIsPadding() {
        Cli compile = Cli.run("isa", "compile", "--target", "tpu-v1", "--net", "perceptron");
        assertEquals(0, compile.exit(), compile.err());
        // 784 x 10 weights in 4 tiles of 256 x 256 slots (784 rows = 3 full reduction chunks + 16)
        assertTrue(compile.out().startsWith("# tpu-v1 program for perceptron, batch 1: 16 instructions, 4 weight"
                + " tiles (7840 of their 262144 bytes used, 3.0%), 1 pass of 1 examples"), compile.out());
    }

    @Test
    void mapPrintsEachMatrixLayersLoopNestOnASystolicArray() {
        Cli map = Cli.run("isa", "map", "--target", "systolic-256-ws", "--net", "alexnet", "--batch", "1");
        assertEquals(0, map.exit(), map.err());
        assertTrue(map.out().startsWith("# conv1: "), map.out());
        assertTrue(map.out().contains("weight stationary on 256x256: M=3025 N=96 K=363\nDRAM\n"), map.out());
        assertTrue(map.out().contains("# conv2 (x2 instances)"), "AlexNet's grouped conv2: " + map.out());
        Cli tpu = Cli.run("isa", "map", "--target", "tpu-v1", "--net", "alexnet");
        assertEquals(2, tpu.exit());
        assertTrue(tpu.errLine().contains("'isa map' handles kind systolic"), tpu.errLine());
    }
}
