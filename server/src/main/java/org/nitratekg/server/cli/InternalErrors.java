package org.nitratekg.server.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.apache.jena.dboe.DBOpEnvException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the command line says when something other than the input fails: one line naming the fault and exit
 * {@value Nkg#INTERNAL_ERROR}, so a script can tell a crash from a validation failure (1) or bad input (2); the
 * stack trace only with {@code --verbose}. A store locked by another process is the user's to fix: one line,
 * exit {@value Nkg#BAD_INPUT}.
 */
final class InternalErrors {
    private InternalErrors() {}

    /** Runs the command line; an Error (out of memory, stack overflow) reaches no picocli handler, so it is caught here. */
    static int run(CommandLine cli, String[] args) {
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            PrintWriter err = cli.getErr();
            return report(t, Arrays.asList(args).contains(Nkg.VERBOSE), err);
        }
    }

    static int report(Throwable t, boolean verbose, PrintWriter err) {
        if (isStoreLocked(t)) {
            err.println("nkg: a store not in use by another process: " + oneLine(t.getMessage()));
            err.flush();
            return Nkg.BAD_INPUT;
        }
        err.println("nkg: internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage()))
                + (verbose ? "" : " (run again with --verbose for the stack trace)"));
        if (verbose) {
            t.printStackTrace(err);
        }
        err.flush();
        return Nkg.INTERNAL_ERROR;
    }

    private static boolean isStoreLocked(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DBOpEnvException && c.getMessage() != null
                    && c.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /** {@code --verbose} on every subcommand that has no option of that name yet. */
    static void addVerboseOption(CommandSpec spec) {
        if (!spec.optionsMap().containsKey(Nkg.VERBOSE)) {
            spec.addOption(OptionSpec.builder(Nkg.VERBOSE).arity("0").type(boolean.class)
                    .description("Print the stack trace of an internal error.").build());
        }
    }
}
