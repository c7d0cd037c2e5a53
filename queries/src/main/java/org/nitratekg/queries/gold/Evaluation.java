package org.nitratekg.queries.gold;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scores the named queries' results on one review against that review's gold, kind by kind. Where the gold and the
 * results come from is left to the caller (a directory and a converted review for the command line, test resources
 * for tests), so the scoring itself reads no files.
 */
public final class Evaluation {
    private Evaluation() {}

    /** A CSV text and the name to give it in messages (a file path, a query name). */
    public record CsvText(String source, String text) {}

    /** The gold CSV of a kind, or empty when the gold has no file for it. */
    @FunctionalInterface
    public interface GoldFiles {
        Optional<CsvText> gold(GoldKind kind);
    }

    /** The CSV result of a named query, or empty when there is no query of that name. */
    @FunctionalInterface
    public interface QueryResults {
        Optional<CsvText> run(String queryName);
    }

    public enum Status { SCORED, NO_GOLD, NO_QUERY }

    /**
     * What happened to one kind: scored, or skipped for want of a gold file or of its query.
     *
     * @param goldRows the number of gold rows, or -1 without a gold file
     */
    public record Outcome(GoldKind kind, Status status, int goldRows, Optional<KindScore> score) {}

    public static List<Outcome> evaluate(Collection<GoldKind> kinds, GoldFiles goldFiles, QueryResults queryResults) {
        List<Outcome> outcomes = new ArrayList<>();
        for (GoldKind kind : kinds) {
            Optional<CsvText> gold = goldFiles.gold(kind);
            if (gold.isEmpty()) {
                outcomes.add(new Outcome(kind, Status.NO_GOLD, -1, Optional.empty()));
                continue;
            }
            // The gold is read before the query runs so that a malformed gold file is reported even without a query.
            CsvRows goldRows = rows(gold.get());
            Optional<CsvText> result = queryResults.run(kind.queryName());
            if (result.isEmpty()) {
                outcomes.add(new Outcome(kind, Status.NO_QUERY, goldRows.rows().size(), Optional.empty()));
                continue;
            }
            KindScore score = GoldScorer.score(kind, goldRows, rows(result.get()));
            outcomes.add(new Outcome(kind, Status.SCORED, score.gold(), Optional.of(score)));
        }
        return outcomes;
    }

    private static CsvRows rows(CsvText csv) {
        return CsvRows.read(csv.source(), new StringReader(csv.text()));
    }
}
