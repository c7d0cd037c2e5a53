package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

import picocli.CommandLine;

/** Internal errors exit 3 with one line (the stack trace only with --verbose), apart from 1 and 2. */
class ExitCodesTest {
    @TempDir
    Path dir;

    @CommandLine.Command(name = "crash")
    static final class Crash implements Runnable {
        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Crash());
        cli.setErr(new PrintWriter(err, true));
        int code = InternalErrors.run(cli, args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void anErrorSuchAsOutOfMemoryExits3WithOneLine() {
        String[] r = run();
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1].lines()).containsExactly(
                "nkg: internal error: OutOfMemoryError: Java heap space (run again with --verbose for the stack trace)");
    }

    @Test
    void verboseAddsTheStackTrace() {
        String[] r = run("--verbose");
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).startsWith("nkg: internal error: OutOfMemoryError: Java heap space\n").contains("\tat ");
    }

    @Test
    void aStoreThatCannotBeOpenedIsAnInternalErrorOfOneLine() throws IOException {
        Path review = Files.writeString(dir.resolve("review.txt"), ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve("tdb2"), "not a database folder");
        CliRun load = CliRun.of("load", "--store", store.toString(), review.toString());
        assertThat(load.exitCode()).isEqualTo(Nkg.INTERNAL_ERROR);
        assertThat(load.err().lines().filter(l -> l.startsWith("nkg: internal error: "))).hasSize(1);
        assertThat(load.err()).doesNotContain("\tat ");
        CliRun verbose = CliRun.of("load", "--verbose", "--store", store.toString(), review.toString());
        assertThat(verbose.exitCode()).isEqualTo(Nkg.INTERNAL_ERROR);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void everyCommandTakesVerbose() {
        for (var sub : Nkg.commandLine().getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help")) {
                assertThat(sub.getValue().getCommandSpec().optionsMap()).as(sub.getKey()).containsKey("--verbose");
            }
        }
    }
}
