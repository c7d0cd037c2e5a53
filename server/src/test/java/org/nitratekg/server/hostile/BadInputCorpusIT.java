package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.hostile.NkgProcess.Run;

/**
 * Bad input of every kind given to the real command line (the jar, in its own JVM): each run either succeeds or
 * exits 2 with one line {@code FILE:LINE: what was expected} on stderr, never a stack trace, never another code.
 * The corpus is the loader's error cases plus the damage a hostile tester did to the bundled review.
 */
class BadInputCorpusIT {
    private static final Pattern FILE_LINE = Pattern.compile("^\\S[^\\n]*:\\d+: \\S[^\\n]*$");

    @TempDir
    static Path dir;

    static Run nkg(List<String> args) throws IOException, InterruptedException {
        return NkgProcess.run(args);
    }

    static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Map<String, List<String>> corpus() throws IOException {
        Map<String, List<String>> runs = new LinkedHashMap<>();
        String out = dir.resolve("out.ttl").toString();
        try (Stream<Path> cases = Files.list(Path.of("../loader/src/test/resources/cases"))) {
            for (Path c : cases.filter(c -> c.getFileName().toString().startsWith("error-")).sorted().toList()) {
                Path input = Files.copy(c.resolve("input.txt"), dir.resolve(c.getFileName() + ".txt"));
                runs.put(c.getFileName().toString(), List.of("convert", input.toString(), "-o", out));
            }
        }
        List<String> lines = List.of(ReviewText.bundled().text().split("\n", -1));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Catalyst\t")).findFirst().orElseThrow());
        int caption = lines.indexOf(lines.stream().filter(l -> l.startsWith("Table 1.")).findFirst().orElseThrow());
        int note = lines.indexOf(lines.stream().filter(l -> l.startsWith("Note: In the table")).findFirst().orElseThrow());
        int intro = lines.indexOf("1. Introduction");
        Map<String, List<String>> damaged = new LinkedHashMap<>();
        damaged.put("no-table-header", with(lines, header, ""));
        damaged.put("short-row", with(lines, header + 3, lines.get(header + 3).split("\t")[0]));
        List<String> twice = new ArrayList<>(lines);
        twice.addAll(note, lines.subList(caption, note));
        damaged.put("table-twice", twice);
        damaged.put("nul", with(lines, intro + 2, "\u0000" + lines.get(intro + 2)));
        damaged.put("escape", with(lines, intro + 2, lines.get(intro + 2) + "\u001B[31m"));
        damaged.put("huge-citation", with(lines, intro + 2, lines.get(intro + 2) + " [99999999999999999999]"));
        damaged.put("broken-heading", with(lines, intro, "1.Introduction"));
        for (var d : damaged.entrySet()) {
            Path input = write(d.getKey() + ".txt", String.join("\n", d.getValue()));
            runs.put(d.getKey(), List.of("convert", input.toString(), "-o", out));
            if (d.getKey().equals("nul") || d.getKey().equals("table-twice")) {
                runs.put(d.getKey() + " (load)", List.of("load", "--store", dir.resolve("store-" + d.getKey()).toString(), input.toString()));
            }
        }
        Path big = dir.resolve("too-big.txt");
        try (var w = Files.newBufferedWriter(big)) {
            String line = "x".repeat(1023) + "\n";
            for (int i = 0; i < 17 * 1024; i++) {
                w.write(line);
            }
        }
        runs.put("too-big", List.of("convert", big.toString(), "-o", out));
        runs.put("dev-zero", List.of("convert", "/dev/zero", "-o", out));
        runs.put("directory", List.of("convert", dir.toString(), "-o", out));
        runs.put("missing", List.of("convert", dir.resolve("missing.txt").toString(), "-o", out));
        byte[] junk = new byte[4096];
        new java.util.Random(11).nextBytes(junk);
        runs.put("binary", List.of("convert", Files.write(dir.resolve("junk.bin"), junk).toString(), "-o", out));
        runs.put("utf-16", List.of("convert", Files.write(dir.resolve("utf16.txt"),
                ReviewText.bundled().text().substring(0, 2000).getBytes(StandardCharsets.UTF_16)).toString(), "-o", out));
        runs.put("nested-lists", List.of("validate", write("nested.ttl", "<urn:a> <urn:b> " + "(".repeat(100_000) + ")".repeat(100_000) + " .").toString()));
        runs.put("bad-turtle", List.of("validate", write("bad.ttl", "<urn:a> <urn:b> \"x .\n").toString()));
        runs.put("bad-query", List.of("query", "--data", write("empty.ttl", "").toString(), write("bad.rq", "SELECT * {\n ?s ?p\n").toString()));
        runs.put("deep-query", List.of("query", "--data", dir.resolve("empty.ttl").toString(),
                write("deep.rq", "SELECT * " + "{".repeat(50_000) + "}".repeat(50_000)).toString()));
        return runs;
    }

    private static List<String> with(List<String> lines, int index, String replacement) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, replacement);
        return copy;
    }

    @Test
    void everyBadInputExitsWith2AndOneFileLineMessage() throws Exception {
        Map<String, List<String>> corpus = corpus();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Map<String, Future<Run>> runs = new LinkedHashMap<>();
        var first = corpus.entrySet().iterator().next();
        runs.put(first.getKey(), java.util.concurrent.CompletableFuture.completedFuture(nkg(first.getValue())));
        corpus.forEach((name, args) -> runs.computeIfAbsent(name, n -> pool.submit(() -> nkg(args))));
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (var e : runs.entrySet()) {
            Run r = e.getValue().get();
            String err = r.err().strip();
            if (r.exit() == 0) {
                continue;
            }
            refused++;
            // The message is the last line, on its own (a load's progress bar may come before it).
            String last = err.lines().reduce((a, b) -> b).orElse("");
            if (r.exit() != 2 || !FILE_LINE.matcher(last).matches() || !last.startsWith("/")
                    || err.contains("\tat ") || err.contains("Exception")) {
                wrong.add(e.getKey() + ": exit " + r.exit() + ": " + err.lines().limit(3).toList());
            }
        }
        pool.shutdown();
        assertThat(wrong).isEmpty();
        assertThat(refused).isEqualTo(corpus.size());
    }

    @Test
    void aStoreLockedByARunningServerIsOneLineAndExit2() throws Exception {
        Path store = dir.resolve("locked-store");
        Path review = write("locked.txt", ReviewText.bundled().text());
        assertThat(nkg(List.of("load", "--store", store.toString(), review.toString())).exit()).isZero();
        Process serve = NkgProcess.builder(List.of("serve", "--store", store.toString(), "--port", "0"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var ready = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = ready.readLine()) != null && !line.startsWith("nitrate-kg: http")) {
                // wait until the server holds the store
            }
            Run load = nkg(List.of("load", "--store", store.toString(), review.toString()));
            assertThat(load.exit()).isEqualTo(2);
            String last = load.err().lines().reduce((a, b) -> b).orElse("");
            assertThat(last).startsWith("nkg: a store not in use by another process: ").contains("tdb.lock");
            assertThat(load.err()).doesNotContain("\tat ");
        } finally {
            serve.destroyForcibly();
            serve.waitFor();
        }
    }
}
