package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

/** The self-contained jar, run as a user runs it: {@code java -jar server/target/nitrate-kg.jar ...}. */
class JarIT {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    static Result java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("nkg.jar", "target/nitrate-kg.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void convertThenQueryFromTheJar() throws Exception {
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path ttl = dir.resolve("r.ttl");
        Result convert = java("convert", review.toString(), "-o", ttl.toString());
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat(ttl).isNotEmptyFile();

        Result query = java("query", "--data", ttl.toString(), "references", "--format", "csv");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.out()).startsWith("review,number,first_author_surname");
    }

    @Test
    void badInputFromTheJarExitsWith2AndNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', '\n', 'b', '\n', (byte) 0xC0, (byte) 0x20});
        Result r = java("convert", bad.toString(), "-o", dir.resolve("r.ttl").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(bad + ":3: ");
    }
}
