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

    /** Several readers ask for the motifs of the same sentence: each text is searched once per review. */
    private final java.util.Map<String, List<MotifFinder.Found>> motifsByText = new java.util.HashMap<>();

    List<MotifFinder.Found> motifs(String text) {
        return motifsByText.computeIfAbsent(text, t -> List.copyOf(MotifFinder.find(t)));
    }

    List<Resource> intermediates(String text) {
        return lexicon.terms(text, NKG.Intermediate);
    }

}
