// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.sinapsis.isa.target.InfeasibleException;
import org.sinapsis.networks.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code: bad usage and bad input 2, a
 * network that does not fit 3, anything else 1. Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("sinapsis: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parseResult.hasMatchedOption("--verbose")
                || parseResult.originalArgs().contains("--verbose");
        int code;
        String message;
        if (ex instanceof InvalidInputException) {
            code = ExitCodes.BAD_INPUT;
            message = ex.getMessage();
        } else if (ex instanceof InfeasibleException) {
            code = ExitCodes.INFEASIBLE;
            message = "does not fit: " + ex.getMessage();
        } else {
            code = ExitCodes.RUN_FAILED;
            message = "run failed: " + describe(ex) + (verbose ? "" : " (--verbose shows the stack trace)");
        }
        err.println("sinapsis: " + message);
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The line for a run that ran out of heap: what happened and how to give it more. */
    static String outOfMemory(OutOfMemoryError e) {
        return "out of memory (" + e.getMessage() + "); give the JVM more heap, e.g. SINAPSIS_JAVA_OPTS=-Xmx8g"
                + " ./sinapsis ...";
    }

    private static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return outOfMemory(oom);
            }
        }
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getMessage() != null && m.contains(f.getMessage())) {
                return m.replace(f.toString(), f.getMessage()).replace(f.getMessage(), fileProblem(f));
            }
        }
        return m;
    }

    /** {@code FILE: reason}: the JDK's file exceptions often carry the path alone. */
    private static String fileProblem(FileSystemException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "already exists";
        } else {
            reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        }
        return e.getFile() + (e.getOtherFile() != null ? " -> " + e.getOtherFile() : "") + ": " + reason;
    }
}
