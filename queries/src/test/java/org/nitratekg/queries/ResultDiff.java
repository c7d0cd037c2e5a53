package org.nitratekg.queries;

import java.util.List;

/** A readable account of how a query's rows differ from the expected rows, cell by cell; empty when they agree. */
final class ResultDiff {
    private static final int MAX_LINES = 60;

    private ResultDiff() {}

    static String describe(List<String> columns, List<List<String>> expected, List<List<String>> actual) {
        StringBuilder out = new StringBuilder();
        int lines = 0;
        if (expected.size() != actual.size()) {
            out.append("expected ").append(expected.size()).append(" rows, got ").append(actual.size()).append('\n');
        }
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n && lines < MAX_LINES; i++) {
            List<String> want = i < expected.size() ? expected.get(i) : null;
            List<String> got = i < actual.size() ? actual.get(i) : null;
            if (want == null || got == null) {
                out.append("row ").append(i + 1).append(want == null ? ": unexpected " + got : ": missing " + want)
                        .append('\n');
                lines++;
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                String w = c < want.size() ? want.get(c) : "";
                String g = c < got.size() ? got.get(c) : "";
                if (!w.equals(g)) {
                    out.append("row ").append(i + 1).append(", ").append(columns.get(c)).append(": expected '")
                            .append(w).append("' but was '").append(g).append("'\n");
                    lines++;
                }
            }
        }
        return out.toString();
    }
}
