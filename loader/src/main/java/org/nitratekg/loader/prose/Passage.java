package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;

/**
 * A paragraph or caption split into sentences, with the rules that tie a sentence to its references and to the
 * sentences it refers back to.
 */
final class Passage {
    private static final Pattern ANAPHORIC =
            Pattern.compile("^(?:[^,]{0,60}, )?(?:This|These|Such|Those|The latter|It|They|Their|Its|this|these|they|the catalyst)\\b");

    final Resource part;
    final String claimPrefix;
    final List<Sentence> sentences = new ArrayList<>();

    Passage(Resource part, String claimPrefix, String plainText) {
        this.part = part;
        this.claimPrefix = claimPrefix;
        List<String> split = SentenceSplitter.split(plainText);
        for (int i = 0; i < split.size(); i++) {
            sentences.add(new Sentence(split.get(i), i, Citations.in(split.get(i))));
        }
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
     * The references a claim read from this sentence rests on: those cited in it; for a sentence that refers back
     * ("This ...", "These ..."), those of the nearest of the two sentences before it that cites; otherwise those of
     * the closest citing sentence after it in the passage; none if there is none.
     */
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
        for (int i = s.index() + 1; i < sentences.size(); i++) {
            if (sentences.get(i).cites()) return sentences.get(i).citations();
        }
        return List.of();
    }
}
