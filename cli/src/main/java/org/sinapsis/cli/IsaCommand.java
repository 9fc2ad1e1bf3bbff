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
import org.sinapsis.isa.arch.TpuSpec;
import org.sinapsis.isa.program.TpuAssembly;
import org.sinapsis.isa.program.TpuBinary;
import org.sinapsis.isa.program.TpuListing;
import org.sinapsis.isa.program.TpuProgramValidator;
import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.traces.format.AtomicOutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinapsis isa asm|disasm --target T FILE}: assembles and disassembles TPU instruction streams. */
@Command(name = "isa", mixinStandardHelpOptions = true,
        description = "Assemble or disassemble a target's instruction stream (TPU targets).",
        subcommands = {IsaCommand.Assemble.class, IsaCommand.Disassemble.class})
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
