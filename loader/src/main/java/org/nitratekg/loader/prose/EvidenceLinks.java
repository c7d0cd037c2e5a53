package org.nitratekg.loader.prose;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Links characterization evidence to the mechanistic claims it supports: those of the same sentence and of the
 * sentences just before and after it in the passage ("… the RDS changes …. ATR-SEIRAS spectra recorded in situ
 * agree with this picture", "… operando Raman …. Combined with DFT, they identified a shift in RDS …").
 */
final class EvidenceLinks {
    private EvidenceLinks() {}

    static void link(ClaimWriter writer, List<Passage> passages) {
        for (Passage p : passages) {
            for (Sentence s : p.sentences) {
                for (Resource evidence : writer.claimsOf(p, s)) {
                    if (!evidence.hasProperty(RDF.type, NKG.CharacterizationEvidence)) continue;
                    for (int i = Math.max(0, s.index() - 1); i <= Math.min(p.sentences.size() - 1, s.index() + 1); i++) {
                        for (Resource claim : writer.claimsOf(p, p.sentences.get(i))) {
                            if (claim.hasProperty(RDF.type, NKG.RateDeterminingStepClaim) || claim.hasProperty(RDF.type, NKG.ScalingRelationClaim)) {
                                evidence.addProperty(NKG.supportsClaim, claim);
                            }
                        }
                    }
                }
            }
        }
    }
}
