package org.nitratekg.loader.prose.language;

import java.util.ArrayList;
import java.util.List;

/** One sentence of a passage: its plain text, its position in the passage, its clauses and its citations. */
public final class Sentence {
    private final String text;
    private final int index;
    private final List<Clause> clauses;
    private final List<CitationMarker> markers;
    private String lowerCase;

    public Sentence(String text, int index) {
        this.text = text;
        this.index = index;
        this.clauses = ClauseSplitter.split(text);
        this.markers = CitationMarkers.in(text);
    }

    public String text() {
        return text;
    }

    /**
     * The text in lower case, made once: a reader looks its key words up here before running a case-insensitive
     * pattern over the sentence. An ASCII word the pattern matches in any case is in it as a lower-case word.
     */
    public String lowerCase() {
        if (lowerCase == null) lowerCase = text.toLowerCase(java.util.Locale.ROOT);
        return lowerCase;
    }

    public int index() {
        return index;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<CitationMarker> markers() {
        return markers;
    }

    /** Every reference number the sentence cites, in order of first citation. */
    public List<Integer> citations() {
        List<Integer> all = new ArrayList<>();
        for (CitationMarker c : markers) {
            for (int n : c.numbers()) if (!all.contains(n)) all.add(n);
        }
        return all;
    }

    public boolean cites() {
        return !markers.isEmpty();
    }

    /** The index of the clause holding a position of the text. */
    public int clauseAt(int position) {
        for (int i = 0; i < clauses.size(); i++) {
            if (position < clauses.get(i).span().end()) return i;
        }
        return clauses.size() - 1;
    }

    /**
     * The references that close the clause holding {@code position}: those printed in that clause, else those of
     * the first clause after it that cites, as long as the clauses between only explain or continue it (": …",
     * ", because …"); a clause that opens a contrast ("; …", ", while …") is another statement with its own sources.
     */
    public List<Integer> citationsClosing(int position) {
        for (int i = clauseAt(position); i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (i > clauseAt(position) && c.link() == Clause.Link.CONTRAST) break;
            List<Integer> here = citationsIn(c.span());
            if (!here.isEmpty()) return here;
        }
        return List.of();
    }

    public List<Integer> citationsIn(Span span) {
        List<Integer> numbers = new ArrayList<>();
        for (CitationMarker m : markers) {
            if (span.contains(m.span().start())) {
                for (int n : m.numbers()) if (!numbers.contains(n)) numbers.add(n);
            }
        }
        return numbers;
    }

    @Override
    public String toString() {
        return text;
    }
}
