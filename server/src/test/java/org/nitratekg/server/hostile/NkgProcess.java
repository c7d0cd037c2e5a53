package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The nkg jar run in its own JVM, as a user runs it. */
final class NkgProcess {
    private NkgProcess() {}

    record Run(List<String> args, int exit, String out, String err) {}

    static ProcessBuilder builder(List<String> args) {
        String jar = System.getProperty("nkg.jar", "target/nitrate-kg.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        // A class-data-sharing archive made by the first run halves the start-up of the others.
        Path archive = Path.of(jar).toAbsolutePath().resolveSibling("hostile-battery.jsa");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xlog:disable",
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-jar", jar));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    static Run run(List<String> args) throws IOException, InterruptedException {
        Process p = builder(args).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
        return new Run(args, p.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }
}
