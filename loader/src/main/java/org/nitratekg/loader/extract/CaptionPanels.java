package org.nitratekg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a figure caption into the descriptions of its lettered panels: "(a) … (b) …" or "(a,b) …"; a panel runs
 * to the next panel label. A caption without panel labels has none.
 */
public final class CaptionPanels {
    private static final Pattern LABEL = Pattern.compile("(?<=^|[\\s.;])\\(([a-z])(?:\\s*[,–-]\\s*([a-z]))?\\)\\s");

    private CaptionPanels() {}

    /** A panel: its letters (one, or several for "(a,b)"), and its span [start, end) in the caption text. */
    public record Panel(List<String> labels, int start, int end) {}

    public static List<Panel> split(String caption) {
        List<int[]> starts = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(caption);
        char expected = 'a';
        while (m.find()) {
            char first = m.group(1).charAt(0);
            if (first != expected) {
                continue; // "(i)" or a letter out of sequence is text, not a panel label
            }
            char last = m.group(2) == null ? first : m.group(2).charAt(0);
            List<String> letters = new ArrayList<>();
            for (char c = first; c <= last; c++) {
                letters.add(String.valueOf(c));
            }
            starts.add(new int[] {m.start()});
            labels.add(letters);
            expected = (char) (last + 1);
        }
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : caption.length();
            panels.add(new Panel(List.copyOf(labels.get(i)), starts.get(i)[0], end));
        }
        return panels;
    }
}
