package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.classify.NameMatcher.Occurrence;
import org.nitratekg.loader.classify.ReviewGraph.Part;

/**
 * The review's paragraphs and captions cut into sentences once, each with the table catalysts it names and the
 * references it cites, so that every catalyst can be looked up without reading the text again.
 */
final class TextIndex {

    /** A sentence in the folded form of {@link NameMatcher#fold}. */
    record Sentence(Part part, String text, List<Occurrence> names, Set<Integer> cited) {}

    /**
     * The stretch of a sentence that speaks about one catalyst: from the name before it to the name after it, the
     * words between two names being split at a clause break (a relative clause after a name belongs to that name),
     * so a sentence comparing two catalysts gives each its own words.
     */
    record Window(Part part, String text) {}

    private static final Pattern CONJUNCTION = Pattern.compile(" (?:and|or|whereas|while|but) ");

    private final List<Sentence> sentences = new ArrayList<>();

    TextIndex(List<Part> parts, NameMatcher names) {
        for (Part part : parts) {
            String folded = NameMatcher.fold(part.text());
            for (Sentences.Span span : Sentences.split(folded)) {
                String text = folded.substring(span.start(), span.end());
                sentences.add(new Sentence(part, text, names.occurrences(text), Sentences.citedOneByOne(text)));
            }
        }
    }

    /** The windows of the sentences that name the catalyst, in text order. */
    List<Window> windowsNaming(String name) {
        List<Window> windows = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Occurrence> names = s.names();
            int from = -1;
            int to = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).name().equals(name)) {
                    Occurrence before = i > 0 && !names.get(i - 1).name().equals(name) ? names.get(i - 1) : null;
                    Occurrence after = i + 1 < names.size() && !names.get(i + 1).name().equals(name) ? names.get(i + 1) : null;
                    int start = before == null ? 0 : clauseBreak(s.text(), before.end(), names.get(i).start(), before.end());
                    int end = after == null ? s.text().length()
                            : clauseBreak(s.text(), names.get(i).end(), after.start(), after.start());
                    from = from < 0 ? start : Math.min(from, start);
                    to = Math.max(to, end);
                }
            }
            if (from >= 0) {
                windows.add(new Window(s.part(), s.text().substring(from, to)));
            }
        }
        return windows;
    }

    /**
     * Just after the last comma, semicolon or colon between two names; else just before the last "and", "or",
     * "whereas", "while" or "but" between them; else {@code otherwise}.
     */
    private static int clauseBreak(String text, int from, int to, int otherwise) {
        for (int i = to - 1; i >= from; i--) {
            if (",;:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        Matcher m = CONJUNCTION.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 ? last : otherwise;
    }

    /**
     * The sentences that cite this reference and no other, and name no table catalyst: what the review says about
     * that work alone.
     */
    List<Sentence> citingOnly(int referenceNumber) {
        return sentences.stream().filter(s -> s.names().isEmpty() && s.cited().equals(Set.of(referenceNumber))).toList();
    }
}
