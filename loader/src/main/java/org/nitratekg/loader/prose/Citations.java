package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbered in-text citations such as [12], [12,13] and [12–15] (ranges expanded) from a sentence. */
final class Citations {
    private static final Pattern MARKER =
            Pattern.compile("\\[(\\d{1,4}(?:\\s*[–—−-]\\s*\\d{1,4})?(?:\\s*,\\s*\\d{1,4}(?:\\s*[–—−-]\\s*\\d{1,4})?)*)]");
    private static final int MAX_RANGE = 60;

    private Citations() {}

    static List<Integer> in(String sentence) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                String[] ends = part.strip().split("\\s*[–—−-]\\s*");
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                if (to < from || to - from > MAX_RANGE) {
                    to = from;
                }
                for (int n = from; n <= to; n++) {
                    if (!numbers.contains(n)) numbers.add(n);
                }
            }
        }
        return numbers;
    }
}
