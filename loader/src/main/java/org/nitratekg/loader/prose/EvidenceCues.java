package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * The kind of support a sentence gives for its claim, from cue words: calculations (the DFT technique or evidence-type
 * labels of the lexicon, "theoretical", "simulation"), in situ or operando observation (the mode labels), measured
 * performance (an FE or yield with a number), otherwise the review's own generalization. Hedging words mark a claim.
 */
final class EvidenceCues {
    private static final Pattern THEORY = Pattern.compile("(?i)\\b(theoretical|calculations?|simulations?|computational|first-principles)\\b");
    private static final Pattern PERFORMANCE = Pattern.compile(
            "(?i)(\\b(FE|Faradaic efficienc(y|ies)|selectivity|yield( rate)?)\\b[^.;]{0,60}?\\d+(\\.\\d+)?\\s?%|\\d+(\\.\\d+)?\\s?%\\s+FE\\b|\\byield[^.;]{0,40}\\d+(\\.\\d+)?\\s*(µg|ug|mg|mmol|mol))");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(may|might|possibly|partially|could|perhaps|presumably)\\b");

    private final Lexicon lexicon;

    EvidenceCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Set<Resource> of(String sentence) {
        Set<Resource> types = new LinkedHashSet<>();
        if (THEORY.matcher(sentence).find() || lexicon.terms(sentence, NKG.CharacterizationTechnique, NKG.EvidenceType)
                .stream().anyMatch(t -> t.equals(NKG.DensityFunctionalTheory) || t.equals(NKG.TheoryDFT))) {
            types.add(NKG.TheoryDFT);
        }
        if (!lexicon.terms(sentence, NKG.CharacterizationMode).stream().filter(m -> !m.equals(NKG.ExSitu)).toList().isEmpty()) {
            types.add(NKG.InSituExperiment);
        }
        if (PERFORMANCE.matcher(sentence).find()) {
            types.add(NKG.PerformanceMeasurement);
        }
        return types;
    }

    /** Cues of the sentence, else of the sentence it refers back to, else of the next one; else a generalization. */
    Set<Resource> forClaim(Passage passage, Sentence s) {
        Set<Resource> types = new LinkedHashSet<>(of(s.text()));
        if (Passage.anaphoric(s) && passage.previous(s, 1) != null) types.addAll(of(passage.previous(s, 1).text()));
        if (types.isEmpty() && passage.next(s) != null && !passage.next(s).text().matches("^(For|In|Similarly|However|Moreover|Furthermore|Beyond|Together|Overall|As a result|Likewise).*")) {
            types = of(passage.next(s).text());
        }
        if (types.isEmpty()) types.add(NKG.ReviewGeneralization);
        return types;
    }

    static boolean hedged(String sentence) {
        return HEDGE.matcher(sentence).find();
    }
}
