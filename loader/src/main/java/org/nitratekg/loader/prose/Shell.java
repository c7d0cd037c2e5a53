package org.nitratekg.loader.prose;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * One coordination shell of a catalyst as the review states it, gathered from the sentences that speak of it:
 * the count a motif's name gives, replaced by a fitted number when one is printed, and the path length.
 */
final class Shell {
    private Passage passage;
    private Sentence sentence;
    private final String central;
    private final String neighbour;
    private List<Integer> sources;
    private String number;
    private String plusMinus;
    private boolean fitted;
    private Resource motif;
    String distance;
    String axial;

    Shell(Passage passage, Sentence sentence, String central, String neighbour, List<Integer> sources) {
        this.passage = passage;
        this.sentence = sentence;
        this.central = central;
        this.neighbour = neighbour;
        this.sources = sources;
    }

    boolean isFitted() {
        return fitted;
    }

    void fromName(int count, Resource motifResource, String printed) {
        if (!fitted) number = String.valueOf(count);
        if (motif == null) motif = motifResource;
    }

    /** A shell first known from a name is located where the text gives its numbers. */
    void fitted(String printedNumber, String printedPlusMinus, Passage where, Sentence in, List<Integer> citing) {
        if (fitted) return;
        passage = where;
        sentence = in;
        sources = citing;
        number = printedNumber;
        plusMinus = printedPlusMinus;
        fitted = true;
    }

    void write(Context ctx, String catalyst) {
        if (number == null) return;
        Resource claim = ctx.writer.claim(passage, sentence, NKG.CoordinationShellClaim, ctx.cues.forClaim(passage, sentence), sources)
                .addLiteral(NKG.hedged, false)
                .addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst))
                .addProperty(NKG.centralElement, ctx.writer.element(central))
                .addProperty(NKG.coordinatingElement, ctx.writer.element(neighbour))
                .addLiteral(NKG.coordinationNumber, ctx.writer.model.createTypedLiteral(number, XSDDatatype.XSDdecimal));
        if (plusMinus != null) claim.addLiteral(NKG.plusMinus, ctx.writer.model.createTypedLiteral(plusMinus, XSDDatatype.XSDdecimal));
        if (distance != null) claim.addLiteral(NKG.bondDistance, ctx.writer.model.createTypedLiteral(distance, XSDDatatype.XSDdecimal));
        if (axial != null) claim.addProperty(NKG.axialGroup, axial);
        if (motif != null) claim.addProperty(NKG.shellOfMotif, motif);
    }
}
