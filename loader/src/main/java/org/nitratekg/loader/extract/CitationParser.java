package org.nitratekg.loader.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds numeric in-text citations ({@code [12]}, {@code [12,13]}, {@code [12–15]}, {@code [2,5–7,60]}). */
public final class CitationParser {
    /** Any count of digits: a number too large to be a reference must be reported, not read as plain text. */
    private static final String ITEM = "\\d+(?:\\s*[–—−-]\\s*\\d+)?";
    /** Stands for a cited number too large for any reference list; no reference has it, so it is reported. */
    public static final int TOO_LARGE = Integer.MAX_VALUE;
    private static final Pattern CITATION = Pattern.compile("\\[\\s*(" + ITEM + "(?:\\s*[,;]\\s*" + ITEM + ")*)\\s*\\]");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[–—−-]\\s*(\\d+)");

    private CitationParser() {}

    public static List<Citation> find(String printed) {
        List<Citation> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(printed);
        while (m.find()) {
            citations.add(new Citation(m.start(), m.end(), expand(m.group(1))));
        }
        return citations;
    }

    /** All reference numbers cited in a text, in first-cited order, without repeats. */
    public static List<Integer> numbers(String printed) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Citation c : find(printed)) {
            numbers.addAll(c.numbers());
        }
        return List.copyOf(numbers);
    }

    static List<Integer> expand(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : list.split("[,;]")) {
            Matcher r = RANGE.matcher(item.strip());
            if (r.matches()) {
                int from = number(r.group(1));
                int to = number(r.group(2));
                if (from == TOO_LARGE || to == TOO_LARGE) {
                    numbers.add(Math.min(from, to));
                    numbers.add(TOO_LARGE);
                    continue;
                }
                for (int n = Math.min(from, to); n <= Math.max(from, to) && numbers.size() < 10_000; n++) {
                    numbers.add(n);
                }
            } else {
                numbers.add(number(item.strip()));
            }
        }
        return numbers;
    }

    private static int number(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 9 ? TOO_LARGE : Integer.parseInt(significant);
    }
}
