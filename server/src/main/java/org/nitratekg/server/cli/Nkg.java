package org.nitratekg.server.cli;

import java.io.PrintWriter;

import org.nitratekg.loader.ReviewFormatException;
import org.nitratekg.server.io.BadInputException;

import org.nitratekg.server.text.LuceneAdvice;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nkg} command line: exit 0 ok, 1 validation failed, 2 bad input or usage, 3 internal error (a fault
 * of nitrate-kg or of the machine, such as a full disk: one line of message, the stack trace only with
 * {@code --verbose}).
 */
@Command(name = "nkg", mixinStandardHelpOptions = true, version = "nitrate-kg 0.1.0",
        description = "nitrate-kg: a knowledge graph of the electrocatalytic nitrate-to-ammonia literature.",
        subcommands = {ConvertCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ValidateCommand.class, ReportCommand.class, EvaluateCommand.class, SynthCommand.class, PublishCommand.class,
                CommandLine.HelpCommand.class})
public final class Nkg implements Runnable {
    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
    static final String VERBOSE = "--verbose";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand: convert, load, serve, query, validate, report, evaluate, synth or publish");
    }

    public static void main(String[] args) {
        LuceneAdvice.silence();
        System.exit(InternalErrors.run(commandLine(), args));
    }

    /** The command line with nitrate-kg's exit codes; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Nkg());
        // --help and --version on every subcommand too, so `nkg load --help` works as people expect.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cli.getSubcommands().values().forEach(sub -> InternalErrors.addVerboseOption(sub.getCommandSpec()));
        cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cli.setExecutionExceptionHandler(Nkg::handle);
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        PrintWriter err = cli.getErr();
        if (e instanceof ReviewFormatException || e instanceof BadInputException) {
            // One line, whatever the parser's message: a script reads FILE:LINE: from it.
            err.println(e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            err.flush();
            return BAD_INPUT;
        }
        return InternalErrors.report(e, parsed.originalArgs().contains(VERBOSE), err);
    }
}
