package org.nitratekg.loader.prose.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbered citations of a sentence, ranges expanded ({@code [6–8]} cites 6, 7 and 8). */
public final class CitationMarkers {
    private static final Pattern MARKER =
            Pattern.compile("\\[(\\d{1,4}(?:\\s*[–—−-]\\s*\\d{1,4})?(?:\\s*,\\s*\\d{1,4}(?:\\s*[–—−-]\\s*\\d{1,4})?)*)]");
    /** A wider "range" is a misprint, not a citation of sixty works: only its first number is kept. */
    private static final int MAX_RANGE = 60;

    private CitationMarkers() {}

    public static List<CitationMarker> in(String text) {
        List<CitationMarker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            List<Integer> numbers = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String[] ends = part.strip().split("\\s*[–—−-]\\s*");
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                if (to < from || to - from > MAX_RANGE) to = from;
                for (int n = from; n <= to; n++) {
                    if (!numbers.contains(n)) numbers.add(n);
                }
            }
            markers.add(new CitationMarker(new Span(m.start(), m.end()), List.copyOf(numbers)));
        }
        return markers;
    }

    /** Every number cited in the text, in order of first citation. */
    public static List<Integer> numbers(String text) {
        List<Integer> all = new ArrayList<>();
        for (CitationMarker c : in(text)) {
            for (int n : c.numbers()) if (!all.contains(n)) all.add(n);
        }
        return all;
    }
}
