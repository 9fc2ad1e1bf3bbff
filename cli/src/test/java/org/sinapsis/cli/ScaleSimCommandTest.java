// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleSimCommandTest {
    private static final Path DIR = Path.of("src/test/resources/scalesim");

    @Test
    void writesScaleSimsReportsByteForByte(@TempDir Path out) throws Exception {
        Cli c = Cli.run("scalesim", "-c", DIR.resolve("tiny_4x4_ws.cfg").toString(), "-t", DIR.resolve("tiny.csv")
                .toString(), "-p", out.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().startsWith("SCALE-Sim run 'tiny_4x4_ws': 4x4 ws, CALC bandwidth, 1 layers, 129 cycles"),
                c.out());
        for (String f : new String[] {"COMPUTE_REPORT.csv", "BANDWIDTH_REPORT.csv", "DETAILED_ACCESS_REPORT.csv"}) {
            assertEquals(Files.readString(DIR.resolve(f)), Files.readString(out.resolve("tiny_4x4_ws").resolve(f)), f);
        }
    }

    @Test
    void malformedInputIsOneLineWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("bad.cfg");
        Files.writeString(cfg, Files.readString(DIR.resolve("scale32_os.cfg")).replace("Dataflow : os", "Dataflow : xs"));
        Cli bad = Cli.run("scalesim", "-c", cfg.toString(), "-t", DIR.resolve("tiny.csv").toString(), "-p", dir.toString());
        assertEquals(2, bad.exit());
        assertEquals("sinapsis: " + cfg + ":14: Dataflow: expected os, ws or is, got 'xs'", bad.errLine());
        Path topo = dir.resolve("t.csv");
        Files.writeString(topo, "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels,"
                + " Num Filter, Strides,\nc1, 8, 8, 3, 3, 2, four, 1,\n");
        Cli badTopo = Cli.run("scalesim", "-c", DIR.resolve("scale32_os.cfg").toString(), "-t", topo.toString(), "-p",
                dir.toString());
        assertEquals(2, badTopo.exit());
        assertEquals("sinapsis: " + topo + ":2: column 7 'Num Filter': expected a positive integer, got 'four'",
                badTopo.errLine());
        Cli badType = Cli.run("scalesim", "-c", DIR.resolve("scale32_os.cfg").toString(), "-t", topo.toString(),
                "-i", "onnx");
        assertEquals(2, badType.exit());
        assertEquals("sinapsis: -i: expected conv or gemm, got 'onnx'", badType.errLine());
    }
}
