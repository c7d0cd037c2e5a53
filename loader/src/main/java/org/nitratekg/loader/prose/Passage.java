package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.loader.prose.language.SentenceSplitter;
import org.nitratekg.loader.prose.language.Span;

/**
 * A paragraph or caption split into sentences, with the catalysts each sentence names and the rules that tie a
 * statement to the catalyst it is about and to the references it rests on.
 */
final class Passage {
    private static final Pattern ANAPHORIC =
            Pattern.compile("^(?:[^,]{0,60}, )?(?:This|These|Such|Those|The latter|It|They|Their|Its|this|these|they|the catalyst)\\b");

    final Resource part;
    /** The paragraphs the passage is read from: one, or two a converter cut in mid-sentence. */
    final List<Resource> parts;
    final String claimPrefix;
    final String section;
    final boolean caption;
    final List<Sentence> sentences = new ArrayList<>();
    private final List<List<CatalystMention>> catalysts = new ArrayList<>();
    final Antecedents antecedents;

    Passage(Resource part, String claimPrefix, String plainText, String section, boolean caption, CatalystRecognizer recognizer) {
        this(part == null ? List.of() : List.of(part), claimPrefix, plainText, section, caption, recognizer);
    }

    Passage(List<Resource> parts, String claimPrefix, String plainText, String section, boolean caption, CatalystRecognizer recognizer) {
        this.part = parts.isEmpty() ? null : parts.get(0);
        this.parts = parts;
        this.claimPrefix = claimPrefix;
        this.section = section;
        this.caption = caption;
        List<Span> split = SentenceSplitter.split(plainText);
        for (int i = 0; i < split.size(); i++) {
            Sentence s = new Sentence(split.get(i).of(plainText), i);
            sentences.add(s);
            catalysts.add(recognizer.find(s.text()));
        }
        this.antecedents = new Antecedents(this);
    }

    /** The catalysts a sentence names, in text order. */
    List<CatalystMention> catalysts(Sentence s) {
        return catalysts.get(s.index());
    }

    static boolean anaphoric(Sentence s) {
        return ANAPHORIC.matcher(s.text()).find();
    }

    Sentence previous(Sentence s, int back) {
        int i = s.index() - back;
        return i >= 0 ? sentences.get(i) : null;
    }

    Sentence next(Sentence s) {
        int i = s.index() + 1;
        return i < sentences.size() ? sentences.get(i) : null;
    }

    /**
     * The references a statement at {@code position} rests on: those that close its clause (see
     * {@link Sentence#citationsClosing}); for a statement printed without a citation, those cited in the same
     * passage for the catalyst it is about (the nearest earlier sentence naming it with a citation, else the
     * nearest later one); else, when the whole passage cites one set of works, that set.
     */
    List<Integer> sourcesOf(Sentence s, int position, String catalyst) {
        List<Integer> own = s.citationsClosing(position);
        if (!own.isEmpty()) return own;
        if (catalyst != null) {
            for (int i = s.index() - 1; i >= 0; i--) {
                List<Integer> cited = citedFor(sentences.get(i), catalyst);
                if (!cited.isEmpty()) return cited;
            }
            for (int i = s.index() + 1; i < sentences.size(); i++) {
                List<Integer> cited = citedFor(sentences.get(i), catalyst);
                if (!cited.isEmpty()) return cited;
            }
        }
        List<Integer> only = null;
        for (Sentence t : sentences) {
            if (!t.cites()) continue;
            if (only == null) only = t.citations();
            else if (!only.equals(t.citations())) return List.of();
        }
        return only == null ? List.of() : only;
    }

    private List<Integer> citedFor(Sentence t, String catalyst) {
        if (!t.cites()) return List.of();
        for (CatalystMention m : catalysts(t)) {
            if (m.name().equals(catalyst)) return t.citationsClosing(m.start());
        }
        return List.of();
    }

    /** Kept for the claim readers that predate clause-level sources: the sentence's citations, else a neighbour's. */
    List<Integer> referencesFor(Sentence s, Sentence focus) {
        if (s.cites()) return s.citations();
        if (focus != null && focus.index() < s.index()) {
            for (int i = s.index() - 1; i >= focus.index(); i--) {
                if (sentences.get(i).cites()) return sentences.get(i).citations();
            }
        }
        if (anaphoric(s)) {
            for (int back = 1; back <= 2; back++) {
                Sentence p = previous(s, back);
                if (p != null && p.cites()) return p.citations();
            }
        }
        return List.of();
    }
}
