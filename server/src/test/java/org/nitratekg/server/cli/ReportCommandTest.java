package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheBundledReviewsAnomaliesAsTsv() throws IOException {
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", review.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("kind\tsubject\tdetail");
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
        // Table 1 prints one yield unit with no amount of ammonia and one potential against Ag/AgCl.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("unit-without-numerator\t").contains("/table/1/row/"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("potential-not-vs-rhe\t").contains("Ag/AgCl"));
    }

    @Test
    void anEmptyReviewIsBadInput() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CliRun run = CliRun.of("report", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(empty + ":1: ");
    }
}
