// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sinapsis.cli.wiring.NeuromorphicTarget;
import org.sinapsis.cli.wiring.SpikingReport;
import org.sinapsis.compilers.snn.SnnOptions;
import org.sinapsis.compilers.snn.SnnProgram;
import org.sinapsis.isa.chip.ChipConfigs;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.networks.data.LabelledSamples;
import org.sinapsis.traces.format.AtomicOutputFile;
import org.sinapsis.traces.format.ReportFormatType;

/**
 * What {@code sinapsis run} adds for a spiking target: with labelled samples, the ANN / quantized
 * ANN / SNN accuracy side by side and an accuracy-versus-timesteps table for both codings (text
 * and markdown formats only, so JSON and CSV stay one result); with {@code --out}, the compiled
 * chip configuration ({@code chip-config.yaml}), its readable dump ({@code map.txt}) and the
 * report ({@code snn-report.txt}).
 */
final class SpikingRunOutput {
    private SpikingRunOutput() {
    }

    /** Checkpoints: powers of two below {@code timesteps}, and {@code timesteps}. */
    static int[] checkpoints(int timesteps) {
        List<Integer> list = new ArrayList<>();
        for (int t = 1; t < timesteps; t *= 2) {
            list.add(t);
        }
        list.add(timesteps);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static void write(NeuromorphicTarget target, RunRequest request, ReportFormatType format, Writer out, Path dir)
            throws IOException {
        Optional<LabelledSamples> samples = request.workload().evaluation();
        boolean printed = format == ReportFormatType.TEXT || format == ReportFormatType.MD;
        String report = null;
        if (samples.isPresent() && (printed || dir != null)) {
            int timesteps = request.timesteps().orElse(NeuromorphicTarget.DEFAULT_TIMESTEPS);
            SpikingReport r = target.report(request, samples.get(), checkpoints(timesteps));
            StringWriter text = new StringWriter();
            r.writeText(text);
            report = text.toString();
            if (printed) {
                out.write(report);
                out.flush();
            }
        }
        if (dir == null) {
            return;
        }
        SnnProgram program = target.compile(request.workload(), SnnOptions.defaults().coding());
        try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve("chip-config.yaml"))) {
            ChipConfigs.write(program.config(), file.writer());
            file.commit();
        }
        try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve("map.txt"))) {
            file.writer().write(ChipConfigs.dump(program.config(), target.spec()));
            file.commit();
        }
        if (report != null) {
            try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve("snn-report.txt"))) {
                file.writer().write(report.stripLeading());
                file.commit();
            }
        }
    }
}
