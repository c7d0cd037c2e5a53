package org.nitratekg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference entry in the converter's style
 * {@code Surname, I.; Surname, I.; et al. Title. *Journal* **2020**, *5*, 12, 605–613. <https://doi.org/…>.}
 * (the year also as {@code **(2020)**} or {@code (2020)}).
 * An entry that does not fit is read as far as possible (first author, year, DOI) rather than rejected.
 */
public final class ReferenceParser {
    private static final String AUTHOR = "[^,;*]{1,60}?,\\s*(?:\\p{Lu}[\\p{Ll}]?\\.\\s?-?\\s?)+(?:,?\\s*(?:Jr|Sr)\\.|,?\\s+I{2,3}\\b)?";
    private static final Pattern AUTHORS = Pattern.compile(
            "^(" + AUTHOR + "(?:(?:\\s*;\\s*|\\s*,?\\s+(?:and|&)\\s+)" + AUTHOR + ")*"
                    + "(?:\\s*;?\\s*(?:et al\\.|and others\\.))?)\\s+");
    private static final Pattern TAIL = Pattern.compile(
            "^(?<title>.*?)\\.?\\s+\\*(?<journal>[^*]+)\\*\\s*"
                    // the year is bold in the converter's style, but some lists print it in parentheses
                    + "(?:\\*\\*)?(?:\\((?<yearInParens>\\d{4})\\)|(?<year>\\d{4}))(?:\\*\\*)?"
                    + "(?:\\s*,\\s*(?:\\*(?<volume>[^*]+)\\*\\s*(?:\\((?<issueInParens>[^)]+)\\))?\\s*,\\s*)?"
                    + "(?:(?<issue>\\d+[A-Za-z]?)\\s*,\\s*)?"
                    + "(?<first>[A-Za-z]?\\d+[A-Za-z0-9]*)(?:\\s*[–—-]\\s*(?<last>[A-Za-z]?\\d+))?\\s*\\.?"
                    // an accepted article has no volume or pages yet
                    + "|\\s*,?\\s*(?i:in press|accepted|just accepted)\\.?)"
                    + "(?<rest>.*)$");
    private static final Pattern DOI = Pattern.compile("(?:doi\\.org/|doi:\\s*)(10\\.\\d{4,9}/[^\\s>]+?)(?=[>.]?\\s*$|>|\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\*\\*(\\d{4})\\*\\*|\\((\\d{4})\\)|\\b((?:19|20)\\d{2})\\b");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,2}([^*]+?)\\*{1,2}");

    private ReferenceParser() {}

    public static ParsedReference parse(int number, String entry) {
        String text = entry.strip();
        String doi = null;
        Matcher d = DOI.matcher(text);
        if (d.find()) {
            doi = d.group(1).replaceAll("[.,;]+$", "");
        }
        Matcher a = AUTHORS.matcher(text);
        List<String> authors = new ArrayList<>();
        String afterAuthors = text;
        boolean authorsRead = a.find();
        if (authorsRead) {
            for (String author : a.group(1).split("\\s*;\\s*|\\s*,?\\s+(?:and|&)\\s+")) {
                if (!author.isBlank() && !author.strip().startsWith("et al") && !author.strip().startsWith("and others")) {
                    authors.add(author.strip());
                }
            }
            afterAuthors = text.substring(a.end());
        } else {
            int comma = text.indexOf(',');
            if (comma > 0) {
                authors.add(text.substring(0, comma).strip());
            }
        }
        String surname = authors.isEmpty() ? null : authors.getFirst().split(",")[0].strip();
        Matcher t = TAIL.matcher(afterAuthors);
        if (t.matches()) {
            // without a recognised author list the title's start is unknown: better no title than one with names in it
            String title = authorsRead ? EMPHASIS.matcher(t.group("title").strip()).replaceAll("$1").strip() : null;
            return new ParsedReference(number, List.copyOf(authors), surname, title, t.group("journal").strip(),
                    t.group("year") != null ? t.group("year") : t.group("yearInParens"), t.group("volume") == null ? null : t.group("volume").strip(),
                    t.group("issue") != null ? t.group("issue") : t.group("issueInParens"),
                    t.group("first"), t.group("last"), doi);
        }
        Matcher y = YEAR.matcher(text);
        String year = null;
        if (y.find()) {
            year = y.group(1) != null ? y.group(1) : y.group(2) != null ? y.group(2) : y.group(3);
        }
        return new ParsedReference(number, List.copyOf(authors), surname, null, null, year, null, null, null, null, doi);
    }
}
