// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sinapsis.isa.arch.ArchSpec;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.compilers.tpu.TpuCompilation;
import org.sinapsis.compilers.tpu.TpuCompiler;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.mapping.ArrayMapping;
import org.sinapsis.isa.mapping.DataflowMappings;
import org.sinapsis.isa.mapping.Mapping;
import org.sinapsis.isa.mapping.MappingPrinter;
import org.sinapsis.isa.program.TpuAssembly;
import org.sinapsis.isa.program.TpuBinary;
import org.sinapsis.isa.program.TpuListing;
import org.sinapsis.isa.program.TpuProgramValidator;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.GemmView;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.simulator.systolic.FoldAnalysis;
import org.sinapsis.traces.format.AtomicOutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinapsis isa asm|disasm|compile|map}: assembles and disassembles TPU instruction streams,
 * prints the program the TPU compiler makes for a network, and prints the mapping (loop nest) a
 * generic systolic array runs each layer with.
 */
@Command(name = "isa", mixinStandardHelpOptions = true,
        description = "Assemble, disassemble or compile a TPU instruction stream; print a systolic array's mappings.",
        subcommands = {IsaCommand.Assemble.class, IsaCommand.Disassemble.class, IsaCommand.Compile.class,
            IsaCommand.Map.class})
final class IsaCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code isa asm}: text assembly to the binary stream. */
    @Command(name = "asm", mixinStandardHelpOptions = true,
            description = "Assemble FILE (text) into the binary stream the host sends; checks it against the target.")
    static final class Assemble implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--target", required = true, paramLabel = "T", description = "A TPU preset (tpu-v1) or spec file.")
        private String target;

        @Option(names = {"-o", "--out"}, paramLabel = "OUT",
                description = "The binary file to write (default: FILE with the extension .bin).")
        private Path out;

        @Parameters(paramLabel = "FILE", description = "Assembly text.")
        private Path file;

        @Override
        public Integer call() throws IOException {
            TpuSpec tpu = tpu(target);
            String text = new String(read(file), StandardCharsets.UTF_8);
            TpuListing listing = TpuAssembly.parse(file.toString(), text);
            TpuProgramValidator.validate(listing, tpu);
            Path target = out != null ? out : withExtension(file, ".bin");
            try (AtomicOutputFile f = AtomicOutputFile.create(target)) {
                f.stream().write(TpuBinary.encode(listing.instructions()));
                f.commit();
            }
            spec.commandLine().getErr().println("sinapsis: wrote " + target + " (" + listing.instructions().size()
                    + " instructions)");
            return ExitCodes.OK;
        }
    }

    /** {@code isa disasm}: the binary stream to text assembly. */
    @Command(name = "disasm", mixinStandardHelpOptions = true,
            description = "Disassemble FILE (binary) into text assembly on stdout; checks it against the target.")
    static final class Disassemble implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--target", required = true, paramLabel = "T", description = "A TPU preset (tpu-v1) or spec file.")
        private String target;

        @Parameters(paramLabel = "FILE", description = "A binary stream written by 'isa asm'.")
        private Path file;

        @Override
        public Integer call() {
            TpuSpec tpu = tpu(target);
            TpuListing listing = TpuBinary.decode(file.toString(), read(file));
            TpuProgramValidator.validate(listing, tpu);
            PrintWriter w = spec.commandLine().getOut();
            w.print(TpuAssembly.format(listing.instructions()));
            w.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code isa compile}: the TPU program of a network, as assembly. */
    @Command(name = "compile", mixinStandardHelpOptions = true,
            description = "Compile a network for a TPU target and print its program as assembly (or write it with -o).")
    static final class Compile implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--target", required = true, paramLabel = "T", description = "A TPU preset (tpu-v1) or spec file.")
        private String target;

        @Option(names = "--net", required = true, paramLabel = "N", description = "A zoo name or a topology CSV.")
        private String net;

        @Option(names = "--batch", paramLabel = "N", description = "Examples per batch (default: the network's).")
        private Integer batch;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE.s", description = "Write the assembly here instead of stdout.")
        private Path out;

        @Override
        public Integer call() throws IOException {
            TpuSpec tpu = tpu(target);
            NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
            int examples = Options.batch(batch, resolved.defaultBatch());
            TpuCompilation c = new TpuCompiler(tpu).compile(resolved.network(), examples, null);
            String text = String.format(Locale.ROOT, "# %s program for %s, batch %d: %d instructions, %d weight tiles"
                    + " (%d of their %d bytes used, %.1f%%), %d pass%s of %d examples, %d Unified Buffer rows at peak%n",
                    tpu.name(), resolved.network().name(), examples, c.program().instructions().size(), c.tiles(),
                    c.usedWeightBytes(), c.weightBytes(), 100 * c.usedWeightFraction(),
                    c.passes(), c.passes() == 1 ? "" : "es", c.examplesPerPass(), c.peakUnifiedBufferRows())
                    + TpuAssembly.format(c.program().instructions());
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                w.print(text);
                w.flush();
                return ExitCodes.OK;
            }
            try (AtomicOutputFile f = AtomicOutputFile.create(out)) {
                f.stream().write(text.getBytes(StandardCharsets.UTF_8));
                f.commit();
            }
            spec.commandLine().getErr().println("sinapsis: wrote " + out + " (" + c.program().instructions().size()
                    + " instructions)");
            return ExitCodes.OK;
        }
    }

    /** {@code isa map}: each matrix layer's mapping on a generic systolic array. */
    @Command(name = "map", mixinStandardHelpOptions = true,
            description = "Print the mapping (loop nest, folds, closed-form cycles) of every matrix layer of a network"
                    + " on a systolic array target.")
    static final class Map implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--target", required = true, paramLabel = "T",
                description = "A systolic preset (systolic, systolic-256-ws) or spec file.")
        private String target;

        @Option(names = "--net", required = true, paramLabel = "N", description = "A zoo name or a topology CSV.")
        private String net;

        @Option(names = "--batch", paramLabel = "N", description = "Examples per batch (default: the network's).")
        private Integer batch;

        @Override
        public Integer call() {
            ArchSpec arch = spec(target);
            if (!(arch instanceof SystolicArraySpec array)) {
                throw new InvalidInputException("--target", 0, null, "'" + target + "' is a " + ArchSpecs.kind(arch)
                        + " spec; 'isa map' handles kind systolic (a TPU's schedule is its program: 'isa compile')");
            }
            NetworkResolver.Resolved resolved = NetworkResolver.resolve(net, "--net");
            int examples = Options.batch(batch, resolved.defaultBatch());
            PrintWriter w = spec.commandLine().getOut();
            for (Node node : resolved.network().layers()) {
                var view = node.gemm(examples);
                if (view.isEmpty()) {
                    continue;
                }
                GemmView g = view.get();
                Mapping mapping = DataflowMappings.canonical(array.dataflow(), g.m(), g.n(), g.k(), array.rows(),
                        array.cols());
                FoldAnalysis fold = FoldAnalysis.of(ArrayMapping.of(mapping));
                w.printf(Locale.ROOT, "# %s%s: %d folds of %d cycles (SCALE-Sim timing), mapping efficiency %.2f %%,"
                        + " compute utilization %.2f %%%n", node.name(), g.instances() > 1 ? " (x" + g.instances()
                        + " instances)" : "", fold.folds(), fold.foldCycles(), 100 * fold.mappingEfficiency(),
                        100 * fold.computeUtilization());
                w.print(MappingPrinter.toText(mapping));
                w.println();
            }
            w.flush();
            return ExitCodes.OK;
        }
    }

    private static ArchSpec spec(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        ArchSpec spec = lower.endsWith(".yaml") || lower.endsWith(".yml") ? ArchSpecs.parse(Path.of(target))
                : ArchSpecs.presets().get(target);
        if (spec == null) {
            throw new InvalidInputException("--target", 0, null, "unknown target '" + target + "'; the presets are "
                    + String.join(", ", ArchSpecs.presets().keySet()) + " (or a spec file ending in .yaml)");
        }
        return spec;
    }

    private static TpuSpec tpu(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        ArchSpec spec = lower.endsWith(".yaml") || lower.endsWith(".yml") ? ArchSpecs.parse(Path.of(target))
                : ArchSpecs.presets().get(target);
        if (spec == null) {
            throw new InvalidInputException("--target", 0, null, "unknown target '" + target + "'; the TPU presets are "
                    + String.join(", ", ArchSpecs.presets().values().stream().filter(s -> s instanceof TpuSpec)
                            .map(ArchSpec::name).toList()) + " (or a spec file ending in .yaml)");
        }
        if (!(spec instanceof TpuSpec tpu)) {
            throw new InvalidInputException("--target", 0, null, "'" + target + "' is a " + ArchSpecs.kind(spec)
                    + " spec; 'isa' handles kind tpu");
        }
        return tpu;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
