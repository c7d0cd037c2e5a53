package org.nitratekg.queries.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.nitratekg.queries.gold.Evaluation.Outcome;
import org.nitratekg.queries.gold.Evaluation.Status;

/** The outcomes of an evaluation as a plain-text table, and on request the rows that did not match. */
public final class ScoreReport {
    private static final String ROW = "%-18s %-26s %5s %6s %8s %7s %10s  %s";

    private ScoreReport() {}

    public static List<String> lines(List<Outcome> outcomes, boolean listRows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, ROW, "kind", "query", "gold", "found", "matched", "recall", "precision",
                "attribute agreement"));
        List<String> noGold = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            GoldKind kind = outcome.kind();
            switch (outcome.status()) {
                case NO_GOLD -> noGold.add(kind.goldFile());
                case NO_QUERY -> lines.add(String.format(Locale.ROOT, ROW, kind.kindName(), kind.queryName(),
                        outcome.goldRows(), "-", "-", "-", "-", "no query"));
                case SCORED -> {
                    KindScore s = outcome.score().orElseThrow();
                    lines.add(String.format(Locale.ROOT, ROW, kind.kindName(), kind.queryName(), s.gold(), s.found(),
                            s.matched().size(), percent(s.recall()), percent(s.precision()),
                            s.attributes().stream().map(AttributeAgreement::toString).collect(Collectors.joining(", "))));
                }
            }
        }
        if (!noGold.isEmpty()) {
            lines.add("skipped, no gold file: " + String.join(", ", noGold));
        }
        for (Outcome outcome : outcomes) {
            outcome.score().ifPresent(s -> s.notes().forEach(n -> lines.add(outcome.kind().kindName() + ": " + n)));
        }
        if (listRows) {
            outcomes.stream().filter(o -> o.status() == Status.SCORED)
                    .forEach(o -> lines.addAll(unmatchedRows(o.score().orElseThrow())));
        }
        return lines;
    }

    private static List<String> unmatchedRows(KindScore score) {
        List<String> lines = new ArrayList<>();
        GoldKind kind = score.kind();
        lines.add("");
        lines.add(kind.kindName() + ": " + score.missed().size() + " missed, " + score.unexpected().size() + " unexpected");
        score.missed().forEach(r -> lines.add("  missed      " + describe(kind, r)));
        score.unexpected().forEach(r -> lines.add("  unexpected  " + describe(kind, r)));
        return lines;
    }

    /** Where a row is and its key values, with the free-text column that says which statement it is. */
    static String describe(GoldKind kind, Row row) {
        String keys = kind.keys().stream().map(f -> f.label() + "=" + f.valueIn(row)).collect(Collectors.joining(" | "));
        String context = kind.contextColumn().isEmpty() ? "" : row.get(kind.contextColumn());
        if (context.length() > 70) {
            context = context.substring(0, 67) + "...";
        }
        return row.source() + ":" + row.line() + "  " + keys + (context.isEmpty() ? "" : "  (" + context + ")");
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
