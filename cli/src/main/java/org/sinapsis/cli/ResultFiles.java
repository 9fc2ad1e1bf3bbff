// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.result.RunResultWriter;
import org.sinapsis.isa.target.Target;
import org.sinapsis.traces.format.AtomicOutputFile;
import org.sinapsis.traces.format.ReportFormatType;

/**
 * Writes a command's results under {@code --out DIR}: {@code DIR/<run-name>/results.json},
 * {@code results.csv} and {@code effective-spec-<target>.yaml} for every target. Every file is
 * written whole or not at all.
 */
final class ResultFiles {
    private ResultFiles() {
    }

    /** Writes the files and returns the run directory. */
    static Path write(Path out, String runName, List<RunResult> results, List<Target> targets) throws IOException {
        Path dir = out.resolve(runName);
        for (ReportFormatType format : List.of(ReportFormatType.JSON, ReportFormatType.CSV)) {
            try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve("results." + format.label()))) {
                Writer w = file.writer();
                if (results.size() == 1) {
                    RunResultWriter.writeOne(results.get(0), format, w);
                } else {
                    RunResultWriter.writeAll(results, format, w);
                }
                file.commit();
            }
        }
        for (Target t : targets) {
            try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve("effective-spec-" + t.name() + ".yaml"))) {
                file.writer().write(ArchSpecs.toYaml(t.spec()));
                file.commit();
            }
        }
        return dir;
    }
}
