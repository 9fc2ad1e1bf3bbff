// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.energy.EnergyBreakdown;
import org.sinapsis.isa.energy.EnergyCalculator;
import org.sinapsis.isa.energy.EnergyTables;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.isa.result.RunResult;
import org.sinapsis.isa.target.RunRequest;
import org.sinapsis.isa.target.Target;
import org.sinapsis.isa.target.Workload;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.sink.TraceSink;

/**
 * A generic systolic array target: the {@link SystolicMachine}'s timing of the workload's matrix
 * layers (a performance model: no functional execution, so no accuracy and no reference check),
 * energy from the spec's energy table. The precision must be the spec's word size (1 byte: int8).
 */
final class SystolicTarget implements Target {
    private final SystolicArraySpec spec;

    SystolicTarget(SystolicArraySpec spec) {
        this.spec = spec;
    }

    @Override
    public SystolicArraySpec spec() {
        return spec;
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Precision defaultPrecision() {
        for (Precision p : Precision.values()) {
            if (p.bytes() == spec.wordBytes()) {
                return p;
            }
        }
        return Precision.INT8;
    }

    @Override
    public RunResult run(RunRequest request) {
        Precision precision = request.precisionOr(defaultPrecision());
        if (precision.bytes() != spec.wordBytes()) {
            throw new InvalidInputException("--precision", 0, null, "target '" + spec.name() + "' has "
                    + spec.wordBytes() + "-byte words; " + precision.label() + " needs " + precision.bytes());
        }
        long started = System.nanoTime();
        Workload workload = request.workload();
        SystolicRun run;
        try (TraceSink trace = request.trace().open(TimeBase.cycles(Math.round(spec.clockHz())))) {
            run = new SystolicMachine(spec).run(workload.network(), workload.batch(), trace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace: " + e.getMessage(), e);
        }
        EnergyBreakdown energy = EnergyCalculator.estimate(run.actions(), EnergyTables.builtIn(spec.energyTable()));
        return RunResult.builder(spec.name(), spec.targetKind(), false, workload.network().name(), workload.batch(),
                precision)
                .device(spec.name() + " model: " + spec.rows() + "x" + spec.cols() + " " + spec.dataflow().shortName()
                        + ", " + spec.timing().name().toLowerCase(Locale.ROOT).replace('_', '-') + " timing")
                .clockHz(spec.clockHz())
                .cycles(run.cycles())
                .latencySeconds(Math.max(1, run.cycles()) / spec.clockHz())
                .macs(workload.network().macs() * workload.batch())
                .peakOpsPerSecond(spec.peakOpsPerSecond())
                .energy(energy.totalJoules(), energy.source())
                .energyBreakdownJoules(energy.byComponentJoules())
                .stallCycles(run.stallCycles())
                .referenceMatch(ReferenceMatch.NOT_CHECKED)
                .hostSeconds((System.nanoTime() - started) / 1e9)
                .build();
    }
}
