package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.queries.gold.GoldKind;

/** {@code nkg evaluate} on the development review and its gold, copied into the loader's test resources. */
class EvaluateCommandTest {
    private static final Path DEV = Path.of(System.getProperty("basedir", "."))
            .resolve("../loader/src/test/resources/gold/review-c").normalize();
    private static final String REVIEW = DEV.resolve("review-c.txt").toString();

    @TempDir
    Path dir;

    @Test
    void scoresEveryKindAndTheTableAndReferencesFully() {
        CliRun run = CliRun.of("evaluate", REVIEW, "--gold", DEV.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).contains("kind", "gold", "found", "matched", "recall", "precision",
                "attribute agreement");
        for (GoldKind kind : GoldKind.values()) {
            assertThat(lines).as("a line for %s", kind.kindName())
                    .anySatisfy(l -> assertThat(l).startsWith(kind.kindName() + " ").contains(kind.queryName()));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("table +performance-table +20 +20 +20 +100\\.0% +100\\.0% .*")
                .contains("ref 20/20"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("references +references +53 +53 +53 +100\\.0% +100\\.0% .*")
                .contains("title 53/53"));
    }

    @Test
    void verboseListsUnmatchedRowsOfTheChosenKinds() {
        CliRun run = CliRun.of("evaluate", REVIEW, "--gold", DEV.toString(), "--kind", "references,scaling", "-v");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("references: 0 missed, 0 unexpected").contains("scaling: ")
                .doesNotContain("performance-table");
        assertThat(run.out().lines().filter(l -> l.startsWith("  missed ") || l.startsWith("  unexpected ")))
                .allSatisfy(l -> assertThat(l).containsPattern(":\\d+  "));
    }

    @Test
    void aMissingGoldDirectoryIsBadInput() {
        Path none = dir.resolve("none");
        CliRun run = CliRun.of("evaluate", REVIEW, "--gold", none.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(none + ":1: a directory of gold CSV files");
    }

    @Test
    void aMalformedGoldFileIsBadInputWithItsLine() throws IOException {
        Path table = dir.resolve("table.csv");
        Files.writeString(table, "row,catalyst,condition_value,fe_value,yield_value,yield_unit\n1,Cu,-0.4,90,1,mg\n2,Fe\n");
        CliRun run = CliRun.of("evaluate", REVIEW, "--gold", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(table + ":3: 6 fields as in the header, found 2").doesNotContain("Exception");
    }

    @Test
    void anUnknownKindIsBadInput() {
        CliRun run = CliRun.of("evaluate", REVIEW, "--gold", DEV.toString(), "--kind", "tables");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--kind tables: one of table, references");
    }

    @Test
    void helpExplainsTheMatchingRules() {
        CliRun run = CliRun.of("evaluate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("prose_performance.csv -> prose-performance");
        // The help wraps its paragraphs at the terminal width.
        assertThat(run.out().replaceAll("\\s+", " ")).contains("(generic)", "EXAFS, XANES and XAS",
                "hedged", "greedily");
    }
}
