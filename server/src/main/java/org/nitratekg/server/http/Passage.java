package org.nitratekg.server.http;

/**
 * A text with one part highlighted: {@code before}, {@code marked}, {@code after}, each plain text for the template
 * to escape. The part is found as printed, else ignoring case and runs of white space; not found, nothing is marked.
 */
record Passage(String heading, String before, String marked, String after, PageLink source) {

    static Passage of(String heading, String text, String wanted, PageLink source) {
        String clean = DisplayText.clean(text);
        if (wanted == null || wanted.isBlank()) {
            return new Passage(heading, clean, "", "", source);
        }
        String target = DisplayText.clean(wanted);
        int at = clean.indexOf(target);
        int length = target.length();
        if (at < 0) {
            int[] loose = looseFind(clean, target);
            at = loose[0];
            length = loose[1];
        }
        if (at < 0) {
            return new Passage(heading, clean, "", "", source);
        }
        return new Passage(heading, clean.substring(0, at), clean.substring(at, at + length), clean.substring(at + length), source);
    }

    /** The window of {@code text} around the first place {@code wanted} occurs, for a snippet. */
    static Passage snippet(String text, String wanted, int context, PageLink source) {
        Passage whole = of("", text, wanted, source);
        if (whole.marked.isEmpty()) {
            String t = whole.before;
            return new Passage("", t.length() > 2 * context ? t.substring(0, 2 * context) + "…" : t, "", "", source);
        }
        String before = whole.before.length() > context ? "…" + whole.before.substring(whole.before.length() - context) : whole.before;
        String after = whole.after.length() > context ? whole.after.substring(0, context) + "…" : whole.after;
        return new Passage("", before, whole.marked, after, source);
    }

    boolean hasMark() {
        return !marked.isEmpty();
    }

    /** Start and length in {@code text} of {@code wanted}, matching case-insensitively with flexible white space. */
    private static int[] looseFind(String text, String wanted) {
        String[] words = wanted.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(java.util.regex.Pattern.quote(w));
        }
        var m = java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text);
        return m.find() ? new int[] {m.start(), m.end() - m.start()} : new int[] {-1, 0};
    }
}
