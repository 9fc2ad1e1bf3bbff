// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sinapsis.isa.result.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The root {@code sinapsis} command: prints usage; the work is in the subcommands. */
@Command(name = "sinapsis",
        mixinStandardHelpOptions = true,
        versionProvider = SinapsisCommand.VersionProvider.class,
        description = "Compile, simulate and compare neural networks on TPU, FPGA and neuromorphic "
                + "accelerator models and measured CPU/GPU paths.",
        subcommands = {TargetsCommand.class, ZooCommand.class, RunCommand.class, CompareCommand.class, BenchCommand.class,
            DseCommand.class, IsaCommand.class, ScaleSimCommand.class, TrainCommand.class, EvalCommand.class,
            HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 a run failed, 2 bad usage or input, 3 the network does not fit."})
public final class SinapsisCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    private boolean verbose;

    /** A configured command line writing to the process's stdout and stderr. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** A configured command line writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new SinapsisCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
        registerEnumConverters(commandLine, commandLine);
        return commandLine;
    }

    /** Every enum-typed option of {@code command} and its subcommands reads its value with {@link #lowerCaseEnum}. */
    private static void registerEnumConverters(CommandLine root, CommandLine command) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (option.type().isEnum()) {
                registerEnumConverter(root, option.type());
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            registerEnumConverters(root, sub);
        }
    }

    /** @param type an enum class ({@link Class#isEnum()} was checked), hence the unchecked cast */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerEnumConverter(CommandLine root, Class<?> type) {
        Class<Enum> enumType = (Class<Enum>) type;
        root.registerConverter(enumType, s -> lowerCaseEnum(enumType, s));
    }

    /**
     * An enum constant by its name in any case; a bad value names the choices as users type them,
     * in lower case.
     */
    static <E extends Enum<E>> E lowerCaseEnum(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", got '" + value
                + "'");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the build's version. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sinapsis " + Versions.sinapsis(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
