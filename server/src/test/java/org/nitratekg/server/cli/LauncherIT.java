package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

/**
 * {@code bin/nkg}, run with a PATH that holds only the system's directories and no JAVA_HOME, as on a machine whose
 * default java is older than 21: it finds a JDK >= 21 itself, and the JVM prints no notes of its own.
 */
class LauncherIT {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    static final java.util.List<String> STANDARD_ROOTS = java.util.List.of("/usr/lib/jvm/", "/usr/java/", "/opt/java/");

    static Result nkg(Path jarCopy, String... args) throws IOException, InterruptedException {
        return nkg(jarCopy, Map.of("NKG_AOT", "off"), args);
    }

    static Result nkg(Path jarCopy, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Path launcher = Path.of("..", "bin", "nkg").toAbsolutePath().normalize();
        var command = new java.util.ArrayList<String>();
        command.add(launcher.toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.remove("NKG_JAVA");
        // where the running JDK is in a place the launcher searches (as on Debian's /usr/lib/jvm), it must find it
        // with no hint; elsewhere (a CI tool cache) it is given as JAVA_HOME
        String home = System.getProperty("java.home");
        if (STANDARD_ROOTS.stream().anyMatch(home::startsWith)) env.remove("JAVA_HOME");
        else env.put("JAVA_HOME", home);
        env.put("PATH", "/usr/bin:/bin");
        env.put("NKG_JAR", jarCopy.toString());
        env.putAll(extraEnv);
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsTheJarWithANewEnoughJdkAndNoJvmWarnings() throws Exception {
        // a copy of the jar, so the class-data-sharing archive the launcher records lands in the temporary folder
        Path jar = dir.resolve("nitrate-kg.jar");
        Files.copy(Path.of(System.getProperty("nkg.jar", "target/nitrate-kg.jar")), jar);
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);

        Result version = nkg(jar, "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("nitrate-kg ");
        for (int run = 0; run < 2; run++) { // the first run records the archive, the second uses it
            Result convert = nkg(jar, "convert", review.toString(), "-o", dir.resolve("r" + run + ".ttl").toString());
            assertThat(convert.exit()).as(convert.err()).isZero();
            assertThat(convert.out() + convert.err()).doesNotContain("[cds]").doesNotContainIgnoringCase("warning");
        }
        assertThat(dir.resolve("nitrate-kg.jsa")).exists();
        assertThat(dir.resolve("r1.ttl")).isNotEmptyFile();
    }

    @Test
    void makesAnAheadOfTimeCacheInTheBackgroundAndStartsFromItSilently() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() >= 25, "ahead-of-time caches need JDK 25");
        Path jar = dir.resolve("nitrate-kg.jar");
        Files.copy(Path.of(System.getProperty("nkg.jar", "target/nitrate-kg.jar")), jar);
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);

        Result first = nkg(jar, Map.of(), "--version");
        assertThat(first.out()).isEqualTo(nkg(jar, "--version").out());
        Path cache = dir.resolve("nitrate-kg.aot");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (Files.exists(dir.resolve("nitrate-kg.aot.making")) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(cache).as("made by the training run").isNotEmptyFile();
        assertThat(dir.resolve("nitrate-kg.aot.making")).doesNotExist();

        Path rq = Files.writeString(dir.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        Path ttl = dir.resolve("r.ttl");
        Result convert = nkg(jar, Map.of(), "convert", review.toString(), "-o", ttl.toString());
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat(convert.out() + convert.err()).isEmpty();
        Result query = nkg(jar, Map.of(), "query", "--data", ttl.toString(), rq.toString());
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.err()).isEmpty();
        // stdout holds the result and nothing else
        assertThat(query.out().lines().toList()).hasSize(2).first().isEqualTo("n");
        assertThat(query.out().lines().toList().get(1)).matches("[1-9][0-9]+");
    }
}
