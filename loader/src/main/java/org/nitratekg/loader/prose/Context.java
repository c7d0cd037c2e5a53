package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/** What every claim extractor shares: the lexicon, the evidence cues, the graph writer and the known catalyst names. */
final class Context {
    final Lexicon lexicon;
    final EvidenceCues cues;
    final ClaimWriter writer;
    final Set<String> knownCatalystNames;
    final CatalystRecognizer recognizer;
    final SubjectFinder subjects;

    Context(Lexicon lexicon, ClaimWriter writer, Set<String> knownCatalystNames) {
        this.lexicon = lexicon;
        this.cues = new EvidenceCues(lexicon);
        this.writer = writer;
        this.knownCatalystNames = knownCatalystNames;
        this.recognizer = new CatalystRecognizer(knownCatalystNames);
        this.subjects = new SubjectFinder(this);
    }

    List<CatalystFinder.Found> catalysts(String text) {
        return CatalystFinder.find(text, knownCatalystNames);
    }

    List<MotifFinder.Found> motifs(String text) {
        return MotifFinder.find(text);
    }

    List<Resource> intermediates(String text) {
        return lexicon.terms(text, NKG.Intermediate);
    }

    /** The catalyst a sentence is about: its own single catalyst, else (same passage) that of the sentence before. */
    CatalystFinder.Found catalystInFocus(Passage p, Sentence s, int lookBack) {
        Sentence where = focusSentence(p, s, lookBack);
        return where == null ? null : CatalystFinder.main(catalysts(where.text()), knownCatalystNames, where.text());
    }

    /** The sentence, this one or up to {@code lookBack} before it, that names the catalyst in focus. */
    Sentence focusSentence(Passage p, Sentence s, int lookBack) {
        for (int back = 0; back <= lookBack; back++) {
            Sentence t = p.previous(s, back);
            if (t == null) break;
            if (CatalystFinder.main(catalysts(t.text()), knownCatalystNames, t.text()) != null) return t;
        }
        return null;
    }
}
